package io.strikeimpact.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads text bytes once, as a stream, and says whether they are all UTF-8 (by the same rules as the
 * JDK's strict decoder: no overlong forms, no surrogates, nothing past U+10FFFF, no sequence cut
 * off at the end), where the first bad sequence is, and keeps the first bytes for finding the
 * separator. Memory is the kept head plus one buffer, whatever the size of the file.
 */
final class Utf8Check {
  /** The bytes kept for the separator: well past the 20 lines looked at in any real file. */
  static final int HEAD = 1 << 20;

  private static final int LINE_KEPT = 200;

  /** Where the first bytes that are not UTF-8 are: the line (from 1) and its text as read. */
  record Bad(int line, byte[] lineBytes) {}

  /**
   * @param head the first bytes of the file, at most {@link #HEAD}
   * @param bad the first bytes that are not UTF-8, if any
   */
  record Result(byte[] head, Optional<Bad> bad) {}

  private Utf8Check() {}

  static Result of(InputStream in) throws IOException {
    byte[] buf = new byte[1 << 16];
    byte[] head = new byte[0];
    int headLength = 0;
    // The current line's bytes from earlier buffers, capped: enough to show a person where it is.
    byte[] carried = new byte[LINE_KEPT];
    int carriedLength = 0;
    int line = 1;
    int need = 0; // continuation bytes still expected
    int lo = 0x80;
    int hi = 0xBF;
    int seqLine = 0;
    boolean seqOpen = false;
    int n;
    while ((n = in.read(buf, 0, buf.length)) >= 0) {
      if (headLength < HEAD) {
        int take = Math.min(n, HEAD - headLength);
        head = Arrays.copyOf(head, headLength + take);
        System.arraycopy(buf, 0, head, headLength, take);
        headLength += take;
      }
      int lineStart = 0;
      for (int i = 0; i < n; i++) {
        int b = buf[i] & 0xFF;
        if (need > 0) {
          if (b < lo || b > hi) {
            return bad(head, seqLine, carried, carriedLength, buf, lineStart, i, n);
          }
          lo = 0x80;
          hi = 0xBF;
          need--;
          if (need == 0) {
            seqOpen = false;
          }
          continue;
        }
        if (b < 0x80) {
          if (b == '\n') {
            line++;
            lineStart = i + 1;
            carriedLength = 0;
          }
          continue;
        }
        seqLine = line;
        seqOpen = true;
        if (b >= 0xC2 && b <= 0xDF) {
          need = 1;
        } else if (b == 0xE0) {
          need = 2;
          lo = 0xA0;
        } else if (b >= 0xE1 && b <= 0xEF) {
          need = 2;
          hi = b == 0xED ? 0x9F : 0xBF;
        } else if (b == 0xF0) {
          need = 3;
          lo = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
          need = 3;
        } else if (b == 0xF4) {
          need = 3;
          hi = 0x8F;
        } else {
          return bad(head, line, carried, carriedLength, buf, lineStart, i, n);
        }
      }
      int rest = Math.min(n - lineStart, LINE_KEPT - carriedLength);
      System.arraycopy(buf, lineStart, carried, carriedLength, rest);
      carriedLength += rest;
    }
    if (seqOpen) {
      return new Result(head, Optional.of(new Bad(seqLine, Arrays.copyOf(carried, carriedLength))));
    }
    return new Result(head, Optional.empty());
  }

  private static Result bad(
      byte[] head,
      int line,
      byte[] carried,
      int carriedLength,
      byte[] buf,
      int lineStart,
      int at,
      int n) {
    int end = at;
    while (end < n && buf[end] != '\n' && buf[end] != '\r') {
      end++;
    }
    int take = Math.min(end - lineStart, LINE_KEPT);
    byte[] text = Arrays.copyOf(carried, carriedLength + take);
    System.arraycopy(buf, lineStart, text, carriedLength, take);
    return new Result(head, Optional.of(new Bad(line, text)));
  }
}
