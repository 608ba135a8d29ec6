package io.strikeimpact.ingest.table.stream;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Checks that a stream of bytes, fed in pieces as they are read, is all UTF-8, by the rules of the
 * JDK's strict decoder (and of {@code Utf8Check}): no overlong forms, no surrogates, nothing past
 * U+10FFFF, no sequence cut off at the end. Lets the csv reader check a file in the pass that
 * parses it instead of in a pass of its own: ASCII, the usual content, is passed over eight bytes
 * at a time.
 */
final class Utf8Stream {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080808080808080L;

  private int need; // continuation bytes still expected
  private int lo = 0x80;
  private int hi = 0xBF;

  /** Feeds the next bytes; false as soon as they cannot be UTF-8. */
  boolean feed(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      if (need == 0) {
        while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
          i += 8;
        }
        if (i == to) {
          break;
        }
      }
      int c = b[i++] & 0xFF;
      if (need > 0) {
        if (c < lo || c > hi) {
          return false;
        }
        lo = 0x80;
        hi = 0xBF;
        need--;
        continue;
      }
      if (c < 0x80) {
        continue;
      }
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
      } else if (c == 0xE0) {
        need = 2;
        lo = 0xA0;
      } else if (c >= 0xE1 && c <= 0xEF) {
        need = 2;
        hi = c == 0xED ? 0x9F : 0xBF;
      } else if (c == 0xF0) {
        need = 3;
        lo = 0x90;
      } else if (c >= 0xF1 && c <= 0xF3) {
        need = 3;
      } else if (c == 0xF4) {
        need = 3;
        hi = 0x8F;
      } else {
        return false;
      }
    }
    return true;
  }

  /** At the end of the stream: false when a sequence was cut off. */
  boolean end() {
    return need == 0;
  }
}
