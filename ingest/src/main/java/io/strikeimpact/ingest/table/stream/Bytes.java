package io.strikeimpact.ingest.table.stream;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable run of bytes that the streaming readers fill and read back without copying. */
final class Bytes {
  /** No single cell, attribute or shared string may be longer: a guard against hostile files. */
  static final int MAX = 1 << 25;

  byte[] data;
  int length;

  Bytes(int capacity) {
    data = new byte[capacity];
  }

  void clear() {
    length = 0;
  }

  void append(int b) {
    if (length == data.length) {
      grow(length + 1);
    }
    data[length++] = (byte) b;
  }

  void append(byte[] src, int from, int count) {
    if (length + count > data.length) {
      grow(length + count);
    }
    System.arraycopy(src, from, data, length, count);
    length += count;
  }

  /** Appends a code point as UTF-8. */
  void appendCodePoint(int cp) {
    if (cp < 0x80) {
      append(cp);
    } else if (cp < 0x800) {
      append(0xC0 | cp >> 6);
      append(0x80 | cp & 0x3F);
    } else if (cp < 0x10000) {
      append(0xE0 | cp >> 12);
      append(0x80 | cp >> 6 & 0x3F);
      append(0x80 | cp & 0x3F);
    } else {
      append(0xF0 | cp >> 18);
      append(0x80 | cp >> 12 & 0x3F);
      append(0x80 | cp >> 6 & 0x3F);
      append(0x80 | cp & 0x3F);
    }
  }

  private void grow(int needed) {
    if (needed > MAX) {
      throw new IllegalStateException("a single value of more than " + MAX + " bytes");
    }
    data = Arrays.copyOf(data, Math.min(MAX, Math.max(needed, data.length * 2)));
  }

  /** Text of a range, read leniently (an invalid sequence becomes U+FFFD). */
  static String utf8(byte[] data, int from, int count) {
    return new String(data, from, count, StandardCharsets.UTF_8);
  }

  /**
   * Text of a range, read strictly: invalid UTF-8 throws. ASCII, the common case, is not decoded
   * twice.
   */
  static String utf8Strict(byte[] data, int from, int count) throws CharacterCodingException {
    for (int i = from; i < from + count; i++) {
      if (data[i] < 0) {
        CharBuffer chars =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(data, from, count));
        return chars.toString();
      }
    }
    return new String(data, from, count, StandardCharsets.ISO_8859_1);
  }

  /**
   * A number written as XML or csv text, without making a String for the common case of a whole
   * number of up to 18 digits. NaN when the bytes are not a number.
   */
  static double parseNumber(byte[] data, int from, int count) {
    int i = from;
    int end = from + count;
    boolean negative = false;
    if (i < end && (data[i] == '-' || data[i] == '+')) {
      negative = data[i] == '-';
      i++;
    }
    if (i < end && end - i <= 18) {
      long value = 0;
      int j = i;
      for (; j < end; j++) {
        int d = data[j] - '0';
        if (d < 0 || d > 9) {
          break;
        }
        value = value * 10 + d;
      }
      if (j == end) {
        return negative ? -value : value;
      }
    }
    try {
      return Double.parseDouble(utf8(data, from, count));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Whether {@code what} is at {@code b[i]}, wholly before {@code limit}. */
  static boolean at(byte[] b, int i, int limit, byte[] what) {
    if (limit - i < what.length) {
      return false;
    }
    for (int k = 0; k < what.length; k++) {
      if (b[i + k] != what[k]) {
        return false;
      }
    }
    return true;
  }
}
