package io.strikeimpact.ingest.table.stream;

/**
 * Text of an xlsx cell as a person sees it. Excel and XlsxWriter write characters XML cannot hold
 * raw (a carriage return, a control character) as {@code _xHHHH_}, e.g. {@code Dermatology_x000D_}
 * for a cell ending in CR LF; POI decodes every such escape, so this does the same, then trims as
 * {@link io.strikeimpact.ingest.table.RawCell} does, so "Dermatology" is one specialty whichever
 * writer saved it.
 */
final class OoxmlText {
  private OoxmlText() {}

  /** Decodes {@code _xHHHH_} escapes left to right, as POI's {@code utfDecode}, then strips. */
  static String of(String raw) {
    int at = raw.indexOf("_x");
    if (at < 0) {
      return raw.strip();
    }
    StringBuilder s = null;
    int copied = 0;
    int n = raw.length();
    for (int i = at; i >= 0 && i + 7 <= n; i = raw.indexOf("_x", i)) {
      int cp = escape(raw, i);
      if (cp < 0) {
        i += 1;
        continue;
      }
      if (s == null) {
        s = new StringBuilder(n);
      }
      s.append(raw, copied, i).append((char) cp);
      i += 7;
      copied = i;
    }
    if (s == null) {
      return raw.strip();
    }
    return s.append(raw, copied, n).toString().strip();
  }

  /** The char of the escape {@code _xHHHH_} at {@code i}, or -1 when there is none. */
  private static int escape(String raw, int i) {
    if (raw.charAt(i + 6) != '_') {
      return -1;
    }
    int cp = 0;
    for (int k = i + 2; k < i + 6; k++) {
      int d = Character.digit(raw.charAt(k), 16);
      if (d < 0) {
        return -1;
      }
      cp = cp * 16 + d;
    }
    return cp;
  }

  /**
   * Whether UTF-8 bytes, read as {@link #of} reads them, are a {@link StreamRow#isPlainWord}: an
   * ASCII letter first, a visible ASCII character that is not a letter last (so {@link
   * String#strip} keeps both), no {@code @}, and no {@code _} (so no escape can hide an {@code @}
   * or change either end). Lets the patient screen pass over a million appointment ids without a
   * String for each.
   */
  static boolean isPlainWord(byte[] data, int from, int count) {
    if (count == 0) {
      return false;
    }
    byte first = data[from];
    byte last = data[from + count - 1];
    if (!isAsciiLetter(first) || last <= ' ' || last == 0x7F || isAsciiLetter(last)) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (data[i] == '@' || data[i] == '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(byte b) {
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
  }

  /**
   * Whether UTF-8 bytes hold only what {@link #of} turns into "". Decides from the bytes alone in
   * the common cases: a visible character that cannot be part of an escape ({@code _x000D_} is
   * blank) means not blank; only spaces and line breaks mean blank.
   */
  static boolean isBlank(byte[] data, int from, int count) {
    // The usual case, a number or a word: a visible ASCII first byte that cannot start an escape
    // stays first and is not stripped (JFR: this loop was 6% of the scan, over every number).
    if (count > 0 && data[from] > ' ' && data[from] != '_') {
      return false;
    }
    boolean unsure = false;
    boolean visible = false;
    for (int i = from; i < from + count; i++) {
      byte b = data[i];
      if (b < 0 || b == '_') {
        unsure = true;
      } else if (b > ' ') {
        if (Character.digit(b, 16) < 0 && b != 'x') {
          return false;
        }
        visible = true;
      } else if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    if (visible && !unsure) {
      return false;
    }
    return !unsure || of(Bytes.utf8(data, from, count)).isEmpty();
  }
}
