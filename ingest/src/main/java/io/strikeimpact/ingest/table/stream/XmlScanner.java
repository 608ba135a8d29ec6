package io.strikeimpact.ingest.table.stream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal pull scanner over the XML parts of an xlsx file, working on bytes: start and end tags
 * with their attributes, and text on request. It is not a general XML parser: it knows the five
 * predefined entities and character references and nothing else, so an external entity is never
 * resolved, and a DOCTYPE is refused outright. Namespace prefixes are ignored ({@code x:c} is
 * {@code c}), which is what spreadsheet parts need.
 */
final class XmlScanner {
  static final int EOF = -1;
  static final int START = 1;
  static final int END = 2;

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;

  /** The current tag's local name. */
  private final Bytes name = new Bytes(32);

  private boolean empty;

  private int attrCount;
  private Bytes[] attrNames = new Bytes[0];
  private Bytes[] attrValues = new Bytes[0];

  XmlScanner(InputStream in) {
    this.in = in;
  }

  private boolean fill() throws IOException {
    if (pos < limit) {
      return true;
    }
    int n = in.read(buf, 0, buf.length);
    while (n == 0) {
      n = in.read(buf, 0, buf.length);
    }
    pos = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  private int read() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buf[pos++] & 0xFF;
  }

  private int readOrFail() throws IOException {
    int b = read();
    if (b < 0) {
      throw new MalformedFileException("XML that ends inside a tag");
    }
    return b;
  }

  /** Moves to the next start or end tag, skipping text, comments and processing instructions. */
  int next() throws IOException {
    while (true) {
      // Skip to the next '<'.
      while (true) {
        if (pos == limit && !fill()) {
          return EOF;
        }
        int i = pos;
        int l = limit;
        byte[] b = buf;
        while (i < l && b[i] != '<') {
          i++;
        }
        pos = i;
        if (i < l) {
          pos++;
          break;
        }
      }
      int b = readOrFail();
      if (b == '/') {
        int c = readName(readOrFail());
        while (c != '>') {
          c = readOrFail();
        }
        empty = false;
        attrCount = 0;
        return END;
      }
      if (b == '?') {
        skipPast("?>");
        continue;
      }
      if (b == '!') {
        int c = readOrFail();
        if (c == '-') {
          skipPast("-->");
          continue;
        }
        if (c == '[') {
          skipPast("]]>");
          continue;
        }
        throw new MalformedFileException(
            "XML with a DOCTYPE declaration, which a spreadsheet never needs");
      }
      int last = readName(b);
      readAttributes(last);
      return START;
    }
  }

  /** Reads a tag name whose first byte is {@code first}; returns the byte after it. */
  private int readName(int first) throws IOException {
    name.clear();
    int b = first;
    while (b != '>' && b != '/' && b != ' ' && b != '\t' && b != '\n' && b != '\r') {
      if (b == ':') {
        name.clear();
      } else {
        name.append(b);
      }
      b = readOrFail();
    }
    if (name.length == 0) {
      throw new MalformedFileException("XML with a tag without a name");
    }
    return b;
  }

  private void readAttributes(int b) throws IOException {
    attrCount = 0;
    empty = false;
    while (true) {
      while (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
        b = readOrFail();
      }
      if (b == '>') {
        return;
      }
      if (b == '/') {
        if (readOrFail() != '>') {
          throw new MalformedFileException("XML with '/' inside a tag");
        }
        empty = true;
        return;
      }
      if (attrCount == attrNames.length) {
        if (attrCount > 1000) {
          throw new MalformedFileException("XML with more than 1,000 attributes on one tag");
        }
        Bytes[] n = new Bytes[attrCount * 2 + 4];
        Bytes[] v = new Bytes[n.length];
        System.arraycopy(attrNames, 0, n, 0, attrCount);
        System.arraycopy(attrValues, 0, v, 0, attrCount);
        for (int i = attrCount; i < n.length; i++) {
          n[i] = new Bytes(16);
          v[i] = new Bytes(16);
        }
        attrNames = n;
        attrValues = v;
      }
      Bytes an = attrNames[attrCount];
      Bytes av = attrValues[attrCount];
      an.clear();
      av.clear();
      while (b != '=' && b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        if (b == '>' || b == '/') {
          throw new MalformedFileException("XML with an attribute without a value");
        }
        if (b == ':') {
          an.clear();
        } else {
          an.append(b);
        }
        b = readOrFail();
      }
      while (b != '=') {
        b = readOrFail();
      }
      b = readOrFail();
      while (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
        b = readOrFail();
      }
      if (b != '"' && b != '\'') {
        throw new MalformedFileException("XML with an attribute value not in quotes");
      }
      int quote = b;
      while ((b = readOrFail()) != quote) {
        if (b == '&') {
          entity(av);
        } else if (b == '<') {
          throw new MalformedFileException("XML with '<' inside an attribute value");
        } else {
          av.append(b);
        }
      }
      attrCount++;
      b = readOrFail();
    }
  }

  private void skipPast(String end) throws IOException {
    byte[] e = end.getBytes(StandardCharsets.US_ASCII);
    int matched = 0;
    while (matched < e.length) {
      int b = readOrFail();
      if (b == e[matched]) {
        matched++;
      } else {
        matched = b == e[0] ? 1 : 0;
      }
    }
  }

  /*
   * The buffer itself, for a matcher of one fixed shape of tags (PlainCell): it reads the bytes
   * from position() to limit() in place, and either consumes them with skipTo or leaves them for
   * next(), which then reads exactly what it would have read without the matcher.
   */

  /**
   * Makes at least {@code n} bytes (at most the buffer's size) readable from {@link #position()},
   * where the stream still has them, moving the unread tail to the front of the buffer; returns how
   * many are readable.
   */
  int peek(int n) throws IOException {
    if (limit - pos >= n) {
      return limit - pos;
    }
    int left = limit - pos;
    System.arraycopy(buf, pos, buf, 0, left);
    pos = 0;
    limit = left;
    while (limit < n && limit < buf.length) {
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) {
        break;
      }
      limit += r;
    }
    return limit - pos;
  }

  byte[] buffer() {
    return buf;
  }

  int position() {
    return pos;
  }

  int limit() {
    return limit;
  }

  /** Consumes the buffer up to {@code position}, which a matcher has read. */
  void skipTo(int position) {
    pos = position;
  }

  /** Whether the current tag's local name is {@code local} (ASCII). */
  boolean is(byte[] local) {
    if (name.length != local.length) {
      return false;
    }
    for (int i = 0; i < local.length; i++) {
      if (name.data[i] != local[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the current start tag closes itself: {@code <c r="A1"/>}. */
  boolean isEmpty() {
    return empty;
  }

  /** The value of the current tag's attribute by local name, or null. */
  Bytes attribute(byte[] local) {
    for (int i = 0; i < attrCount; i++) {
      Bytes n = attrNames[i];
      if (n.length == local.length
          && java.util.Arrays.equals(n.data, 0, n.length, local, 0, local.length)) {
        return attrValues[i];
      }
    }
    return null;
  }

  /** The attribute as text, or null. */
  String attributeText(byte[] local) {
    Bytes v = attribute(local);
    return v == null ? null : Bytes.utf8(v.data, 0, v.length);
  }

  /**
   * Appends the text up to the next tag, entities and CDATA sections decoded, and stops before that
   * tag. Call it just after a start tag that is not empty.
   */
  void text(Bytes out) throws IOException {
    while (true) {
      if (pos == limit && !fill()) {
        return;
      }
      int i = pos;
      int l = limit;
      byte[] b = buf;
      while (i < l && b[i] != '<' && b[i] != '&') {
        i++;
      }
      out.append(b, pos, i - pos);
      pos = i;
      if (i == l) {
        continue;
      }
      if (b[i] == '&') {
        pos++;
        entity(out);
        continue;
      }
      // '<': a CDATA section is text; anything else ends the text.
      if (!startsWithCdata()) {
        return;
      }
      // Up to "]]>": a run of ']' longer than two keeps all but the last two as text.
      int brackets = 0;
      while (true) {
        int c = readOrFail();
        if (c == ']') {
          brackets++;
          continue;
        }
        if (c == '>' && brackets >= 2) {
          for (int k = 2; k < brackets; k++) {
            out.append(']');
          }
          break;
        }
        for (int k = 0; k < brackets; k++) {
          out.append(']');
        }
        brackets = 0;
        out.append(c);
      }
    }
  }

  private static final byte[] CDATA = {'<', '!', '[', 'C', 'D', 'A', 'T', 'A', '['};

  /** At '<': consumes and returns true if it starts a CDATA section. */
  private boolean startsWithCdata() throws IOException {
    byte[] cdata = CDATA;
    // The usual case, the end tag of the text, is told by its second byte without a copy.
    if (limit - pos >= 2 && buf[pos + 1] != '!') {
      return false;
    }
    if (limit - pos < cdata.length) {
      // Move the tail to the front so the marker can be checked in one piece.
      int left = limit - pos;
      System.arraycopy(buf, pos, buf, 0, left);
      pos = 0;
      limit = left;
      while (limit < cdata.length) {
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
          break;
        }
        limit += n;
      }
    }
    if (limit - pos < cdata.length) {
      return false;
    }
    for (int k = 0; k < cdata.length; k++) {
      if (buf[pos + k] != cdata[k]) {
        return false;
      }
    }
    pos += cdata.length;
    return true;
  }

  /** The longest entity name read; a character reference may pad its digits with zeros. */
  private static final int MAX_ENTITY = 64;

  private final byte[] entityName = new byte[MAX_ENTITY];

  /**
   * Decodes an entity whose '&' has been read: the five predefined ones and character references,
   * however many leading zeros they have. Unknown names are kept as written.
   */
  private void entity(Bytes out) throws IOException {
    byte[] e = entityName;
    int n = 0;
    int b;
    while ((b = readOrFail()) != ';') {
      if (n == e.length || b == '<' || b == '&' || b == ' ') {
        throw new MalformedFileException("XML with an '&' that starts no entity");
      }
      e[n++] = (byte) b;
    }
    int cp = n > 1 && e[0] == '#' ? characterReference(e, n) : -1;
    if (cp >= 0) {
      out.appendCodePoint(cp);
    } else if (is(e, n, "amp")) {
      out.append('&');
    } else if (is(e, n, "lt")) {
      out.append('<');
    } else if (is(e, n, "gt")) {
      out.append('>');
    } else if (is(e, n, "quot")) {
      out.append('"');
    } else if (is(e, n, "apos")) {
      out.append('\'');
    } else {
      out.append('&');
      out.append(e, 0, n);
      out.append(';');
    }
  }

  private static boolean is(byte[] e, int n, String name) {
    if (n != name.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (e[i] != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The code point of {@code #65} or {@code #x41} (digits from index 1), or -1. */
  private static int characterReference(byte[] e, int n) {
    boolean hex = e[1] == 'x' || e[1] == 'X';
    int i = hex ? 2 : 1;
    if (i == n) {
      return -1;
    }
    long cp = 0;
    for (; i < n; i++) {
      int d = Character.digit(e[i], hex ? 16 : 10);
      if (d < 0) {
        return -1;
      }
      cp = cp * (hex ? 16 : 10) + d;
      if (cp > 0x10FFFF) {
        return -1;
      }
    }
    return (int) cp;
  }

  /** Skips to the end tag matching the start tag just read. */
  void skipElement() throws IOException {
    if (empty) {
      return;
    }
    int depth = 1;
    while (depth > 0) {
      int t = next();
      if (t == EOF) {
        throw new MalformedFileException("XML that ends inside an element");
      }
      if (t == START && !empty) {
        depth++;
      } else if (t == END) {
        depth--;
      }
    }
  }
}
