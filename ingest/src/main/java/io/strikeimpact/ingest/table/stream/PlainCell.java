package io.strikeimpact.ingest.table.stream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Recognises a sheet's cell in the shape Excel, POI and most writers give nearly every cell, {@code
 * <c r="A2" s="1" t="s"><v>12</v></c>} or {@code <c r="B2" s="3"/>} ({@code r}, {@code s} and
 * {@code t} each optional, in any order), in one pass over the scanner's buffer, and says where its
 * reference, style, type and value are. The sheet reader then parses those with the same functions
 * as for a cell read tag by tag, so the two paths differ only in how they find the tags: this one
 * in place, the general one by copying each tag's name and attributes. It saves about 40% of the
 * scan of a million-row sheet (measured; see XlsxStreamReader).
 *
 * <p>Anything else (a prefix such as {@code x:c}, another attribute, an entity, CDATA, a formula,
 * an inline string, single quotes, a cell longer than {@link #LONGEST} bytes or cut by the end of
 * the stream) is {@link #NONE}: nothing is consumed, and the general path reads the cell from the
 * same place, errors included.
 */
final class PlainCell {
  /** Not this shape: read the cell tag by tag. */
  static final int NONE = 0;

  /** A cell with a value, {@code <c ...><v>...</v></c>}. */
  static final int VALUE = 1;

  /** A cell without one, {@code <c .../>}. */
  static final int EMPTY = 2;

  /** The end of the row, {@code </row>}. */
  static final int ROW_END = 3;

  /** A row's start tag, {@code <row r="2">} or {@code <row r="2" spans="1:7">}. */
  static final int ROW = 4;

  /** A row's start tag that closes itself, {@code <row r="5"/>}. */
  static final int EMPTY_ROW = 5;

  /** The longest cell this reads; a longer one (a long number?) takes the general path. */
  static final int LONGEST = 256;

  /** Where in {@link XmlScanner#buffer()} each part is; a start of -1 when it is absent. */
  int refFrom;

  int refLength;
  int styleFrom;
  int styleLength;
  int typeFrom;
  int typeLength;
  int valueFrom;
  int valueLength;

  /** Where the cell ends: pass it to {@link XmlScanner#skipTo} once the parts are read. */
  int end;

  /** Recognises the cell at the scanner's position, consuming nothing; see the class comment. */
  int match(XmlScanner x) throws IOException {
    int readable = x.peek(LONGEST); // first: it may move the bytes to the buffer's front
    int limit = x.position() + readable;
    byte[] b = x.buffer();
    int i = skipBlanks(b, x.position(), limit);
    if (Bytes.at(b, i, limit, ROW_END_TAG)) {
      end = i + ROW_END_TAG.length;
      return ROW_END;
    }
    if (limit - i < 4 || b[i] != '<' || b[i + 1] != 'c') {
      return NONE;
    }
    i += 2;
    if (!isBlank(b[i]) && b[i] != '>' && b[i] != '/') {
      return NONE; // another element, such as <col>
    }
    refFrom = -1;
    styleFrom = -1;
    typeFrom = -1;
    while (true) {
      i = skipBlanks(b, i, limit);
      if (i + 1 >= limit) {
        return NONE;
      }
      byte c = b[i];
      if (c == '/') {
        if (b[i + 1] != '>') {
          return NONE;
        }
        end = i + 2;
        return EMPTY;
      }
      if (c == '>') {
        i++;
        break;
      }
      // One of r="...", s="...", t="...", each once, with nothing to decode in its value.
      if (i + 3 >= limit || b[i + 1] != '=' || b[i + 2] != '"') {
        return NONE;
      }
      int from = i + 3;
      int to = from;
      while (to < limit && b[to] != '"') {
        if (b[to] == '&' || b[to] == '<') {
          return NONE;
        }
        to++;
      }
      if (to == limit) {
        return NONE;
      }
      if (c == 'r' && refFrom < 0) {
        refFrom = from;
        refLength = to - from;
      } else if (c == 's' && styleFrom < 0) {
        styleFrom = from;
        styleLength = to - from;
      } else if (c == 't' && typeFrom < 0) {
        typeFrom = from;
        typeLength = to - from;
      } else {
        return NONE;
      }
      i = to + 1;
      if (i < limit && !isBlank(b[i]) && b[i] != '>' && b[i] != '/') {
        return NONE;
      }
    }
    // <v>, its text up to the next '<', </v>, </c>, blanks allowed between the tags.
    i = skipBlanks(b, i, limit);
    if (!Bytes.at(b, i, limit, V_START)) {
      return NONE;
    }
    i += V_START.length;
    int from = i;
    while (i < limit && b[i] != '<') {
      if (b[i] == '&') {
        return NONE;
      }
      i++;
    }
    if (!Bytes.at(b, i, limit, V_END)) {
      return NONE;
    }
    valueFrom = from;
    valueLength = i - from;
    i = skipBlanks(b, i + V_END.length, limit);
    if (!Bytes.at(b, i, limit, C_END)) {
      return NONE;
    }
    end = i + C_END.length;
    return VALUE;
  }

  /**
   * Recognises a row's start tag at the scanner's position, {@code <row>}, {@code <row r="2">} or
   * {@code <row r="2" spans="1:7">} (or closing itself), consuming nothing; its number is at {@link
   * #refFrom}, -1 when it has none. Anything else (another attribute, a prefix) is {@link #NONE}.
   */
  int matchRow(XmlScanner x) throws IOException {
    int readable = x.peek(LONGEST);
    int limit = x.position() + readable;
    byte[] b = x.buffer();
    int i = skipBlanks(b, x.position(), limit);
    if (!Bytes.at(b, i, limit, ROW_TAG)) {
      return NONE;
    }
    i += ROW_TAG.length;
    refFrom = -1;
    if (Bytes.at(b, i, limit, R_ATTRIBUTE)) {
      int from = i + R_ATTRIBUTE.length;
      int to = from;
      while (to < limit && b[to] >= '0' && b[to] <= '9') {
        to++;
      }
      if (to == limit || b[to] != '"') {
        return NONE;
      }
      refFrom = from;
      refLength = to - from;
      i = to + 1;
    }
    if (Bytes.at(b, i, limit, SPANS_ATTRIBUTE)) {
      int to = i + SPANS_ATTRIBUTE.length;
      while (to < limit && (b[to] >= '0' && b[to] <= '9' || b[to] == ':')) {
        to++;
      }
      if (to == limit || b[to] != '"') {
        return NONE;
      }
      i = to + 1;
    }
    if (i < limit && b[i] == '>') {
      end = i + 1;
      return ROW;
    }
    if (i + 1 < limit && b[i] == '/' && b[i + 1] == '>') {
      end = i + 2;
      return EMPTY_ROW;
    }
    return NONE;
  }

  private static final byte[] ROW_TAG = {'<', 'r', 'o', 'w'};
  private static final byte[] R_ATTRIBUTE = {' ', 'r', '=', '"'};
  private static final byte[] SPANS_ATTRIBUTE = " spans=\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ROW_END_TAG = {'<', '/', 'r', 'o', 'w', '>'};
  private static final byte[] V_START = {'<', 'v', '>'};
  private static final byte[] V_END = {'<', '/', 'v', '>'};
  private static final byte[] C_END = {'<', '/', 'c', '>'};

  private static int skipBlanks(byte[] b, int i, int limit) {
    while (i < limit && isBlank(b[i])) {
      i++;
    }
    return i;
  }

  /** The blanks XML allows between attributes, as XmlScanner reads them. */
  private static boolean isBlank(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
