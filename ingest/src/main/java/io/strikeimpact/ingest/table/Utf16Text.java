package io.strikeimpact.ingest.table;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text in UTF-16 with a byte order mark: what Excel's "Unicode Text (*.txt)" writes (tab
 * separated), and some reporting systems' csv. Every other byte of it is 0, so read as UTF-8 or
 * Windows-1252 it is no table at all; it is read by decoding it whole and reading the text.
 */
public final class Utf16Text {
  private Utf16Text() {}

  /** The UTF-16 charset a file's first bytes declare by their byte order mark, if any. */
  public static Optional<Charset> declared(byte[] head) {
    if (head.length >= 2) {
      int a = head[0] & 0xFF;
      int b = head[1] & 0xFF;
      if (a == 0xFF && b == 0xFE) {
        return Optional.of(StandardCharsets.UTF_16LE);
      }
      if (a == 0xFE && b == 0xFF) {
        return Optional.of(StandardCharsets.UTF_16BE);
      }
    }
    return Optional.empty();
  }

  /** The text as UTF-8 with a byte order mark, which the csv reader takes and drops. */
  static byte[] asUtf8(byte[] bytes, Charset utf16) {
    String text = new String(bytes, 2, bytes.length - 2, utf16);
    return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
  }

  /** The note a file read so carries: it was read, and how to send it next time. */
  static FileNote note(String shortName) {
    return new FileNote(
        "UTF-16 text (as Excel's \"Unicode Text\" saves it) named " + shortName,
        "a csv file saved as UTF-8",
        "the file was read as UTF-16 text; next time save it as \"CSV UTF-8 (Comma delimited)\"");
  }
}
