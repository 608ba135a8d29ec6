package io.strikeimpact.ingest.table.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * An xlsx part's XML as UTF-8 bytes, which is all {@link XmlScanner} reads. Excel and every common
 * writer use UTF-8, but the standard allows UTF-16 too (some .NET writers produce it): such a part,
 * known by its byte order mark or by its first '&lt;' taking two bytes, is transcoded as it is
 * read, a buffer at a time.
 */
final class XmlEncoding {
  private XmlEncoding() {}

  static InputStream utf8(InputStream in) throws IOException {
    PushbackInputStream p = new PushbackInputStream(in, 2);
    byte[] head = new byte[2];
    int n = p.readNBytes(head, 0, 2);
    Charset charset = null;
    if (n == 2) {
      int a = head[0] & 0xFF;
      int b = head[1] & 0xFF;
      if (a == 0xFE && b == 0xFF || a == 0 && b == '<') {
        charset = StandardCharsets.UTF_16BE;
      } else if (a == 0xFF && b == 0xFE || a == '<' && b == 0) {
        charset = StandardCharsets.UTF_16LE;
      }
    }
    p.unread(head, 0, n);
    return charset == null ? p : new Transcoded(new InputStreamReader(p, charset));
  }

  /** Chars from a reader, re-encoded as UTF-8 one buffer at a time. */
  private static final class Transcoded extends InputStream {
    private final Reader reader;
    private final char[] chars = new char[8192];
    private byte[] bytes = new byte[0];
    private int pos;

    Transcoded(Reader reader) {
      this.reader = reader;
    }

    private boolean fill() throws IOException {
      while (pos == bytes.length) {
        int n = reader.read(chars, 0, chars.length);
        if (n < 0) {
          return false;
        }
        // Keep a high surrogate for the next buffer so a pair is never split.
        if (n > 0 && Character.isHighSurrogate(chars[n - 1])) {
          int next = reader.read();
          if (next >= 0) {
            bytes = (new String(chars, 0, n) + (char) next).getBytes(StandardCharsets.UTF_8);
            pos = 0;
            continue;
          }
        }
        bytes = new String(chars, 0, n).getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      return true;
    }

    @Override
    public int read() throws IOException {
      return fill() ? bytes[pos++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(len, bytes.length - pos);
      System.arraycopy(bytes, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
