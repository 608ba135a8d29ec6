package io.strikeimpact.ingest.table.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An xlsx file's shared-strings table, held compactly: every string's UTF-8 bytes in one array and
 * their offsets in another, about 1 byte a character plus 4 bytes a string. A string becomes a
 * {@link String} only when a cell that uses it is read, and is then kept for the next cell.
 */
final class SharedStrings {
  private static final byte[] SI = "si".getBytes();
  private static final byte[] T = "t".getBytes();
  private static final byte[] RPH = "rPh".getBytes();
  private static final byte[] SST = "sst".getBytes();
  private static final byte[] UNIQUE_COUNT = "uniqueCount".getBytes();

  static final SharedStrings NONE = new SharedStrings();

  private final Bytes bytes = new Bytes(1 << 12);
  private int[] offsets = new int[1024];
  private int count;
  private String[] cache = new String[0];

  /** Per string: 0 not yet known, 1 blank, 2 not blank. */
  private byte[] blank = new byte[0];

  private SharedStrings() {}

  static SharedStrings read(InputStream in) throws IOException {
    return read(in, true);
  }

  /**
   * @param plainItems whether items in their usual shape are read in place ({@link #plainItem});
   *     false only in the tests that prove both ways read the same
   */
  static SharedStrings read(InputStream in, boolean plainItems) throws IOException {
    SharedStrings s = new SharedStrings();
    XmlScanner x = new XmlScanner(in);
    boolean inSi = false;
    int phonetic = 0;
    int t;
    while (true) {
      if (plainItems && !inSi && phonetic == 0 && plainItem(x, s.bytes)) {
        s.add();
        continue;
      }
      if ((t = x.next()) == XmlScanner.EOF) {
        break;
      }
      if (t == XmlScanner.START) {
        if (x.is(SST)) {
          String unique = x.attributeText(UNIQUE_COUNT);
          if (unique != null && unique.matches("\\d{1,7}")) {
            s.offsets = new int[Math.max(16, Integer.parseInt(unique) + 1)];
          }
        } else if (x.is(SI)) {
          inSi = true;
          if (x.isEmpty()) {
            s.add();
            inSi = false;
          }
        } else if (x.is(RPH) && !x.isEmpty()) {
          phonetic++;
        } else if (x.is(T) && inSi && phonetic == 0 && !x.isEmpty()) {
          x.text(s.bytes);
        }
      } else if (x.is(SI)) {
        s.add();
        inSi = false;
      } else if (x.is(RPH)) {
        phonetic = Math.max(0, phonetic - 1);
      }
    }
    s.cache = new String[s.count];
    s.blank = new byte[s.count];
    return s;
  }

  private static final int LONGEST = 512;
  private static final byte[] SI_T = "<si><t>".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SI_T_PRESERVE =
      "<si><t xml:space=\"preserve\">".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] T_SI_END = "</t></si>".getBytes(StandardCharsets.US_ASCII);

  /**
   * Reads an item in the shape Excel writes nearly every one, {@code <si><t>text</t></si>} (the
   * {@code t} perhaps with {@code xml:space="preserve"}) with nothing in the text to decode, in
   * place in the scanner's buffer, appending its text as the general path would; anything else
   * (rich text, phonetic runs, entities, CDATA, prefixes, an item longer than {@link #LONGEST}
   * bytes or cut by the end of the stream) is left, unread, to the general path. Saves about half
   * of the parse of a table of a million ids.
   */
  private static boolean plainItem(XmlScanner x, Bytes out) throws IOException {
    int readable = x.peek(LONGEST); // first: it may move the bytes to the buffer's front
    byte[] b = x.buffer();
    int i = x.position();
    int limit = i + readable;
    while (i < limit && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
      i++;
    }
    if (Bytes.at(b, i, limit, SI_T)) {
      i += SI_T.length;
    } else if (Bytes.at(b, i, limit, SI_T_PRESERVE)) {
      i += SI_T_PRESERVE.length;
    } else {
      return false;
    }
    int from = i;
    while (i < limit && b[i] != '<') {
      if (b[i] == '&') {
        return false;
      }
      i++;
    }
    if (!Bytes.at(b, i, limit, T_SI_END)) {
      return false;
    }
    out.append(b, from, i - from);
    x.skipTo(i + T_SI_END.length);
    return true;
  }

  /** Ends the string begun at the last offset. */
  private void add() {
    if (count + 1 >= offsets.length) {
      offsets = Arrays.copyOf(offsets, offsets.length * 2);
    }
    offsets[++count] = bytes.length;
  }

  int size() {
    return count;
  }

  /**
   * The string at an index, {@code _xHHHH_} escapes decoded and without surrounding spaces; null
   * when the index is out of range.
   */
  String get(int index) {
    if (index < 0 || index >= count) {
      return null;
    }
    String s = cache[index];
    if (s == null) {
      s = OoxmlText.of(Bytes.utf8(bytes.data, offsets[index], offsets[index + 1] - offsets[index]));
      cache[index] = s;
    }
    return s;
  }

  /** The length in bytes of the string at a valid index: a bound on its length in chars. */
  int byteLength(int index) {
    return offsets[index + 1] - offsets[index];
  }

  /** {@link StreamRow#isPlainWord} of the string at a valid index, from its bytes. */
  boolean isPlainWord(int index) {
    int from = offsets[index];
    return OoxmlText.isPlainWord(bytes.data, from, offsets[index + 1] - from);
  }

  /**
   * Whether the string at a valid index reads as "", so a cell holding it is blank: found from its
   * bytes once, then remembered.
   */
  boolean isBlank(int index) {
    byte known = blank[index];
    if (known == 0) {
      int from = offsets[index];
      known = OoxmlText.isBlank(bytes.data, from, offsets[index + 1] - from) ? (byte) 1 : 2;
      blank[index] = known;
    }
    return known == 1;
  }
}
