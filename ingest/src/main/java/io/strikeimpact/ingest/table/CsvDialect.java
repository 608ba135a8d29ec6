package io.strikeimpact.ingest.table;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * How a csv file is written, found from its bytes: UTF-8, or Windows-1252 when the bytes are not
 * UTF-8 (Excel's older "CSV (Comma delimited)" on a UK machine); and the separator, the one of
 * comma, semicolon and tab that the header line uses most.
 *
 * @param note a warning to give when the file was not UTF-8
 */
public record CsvDialect(Charset charset, char delimiter, Optional<FileNote> note) {
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final List<Character> DELIMITERS = List.of(',', ';', '\t');
  private static final int LINES_LOOKED_AT = 20;

  public CsvTableReader reader() {
    return new CsvTableReader(charset, delimiter);
  }

  /** The dialect of a csv file's bytes. */
  public static CsvDialect of(byte[] bytes) {
    Optional<Integer> bad = firstNonUtf8(bytes);
    Charset charset = bad.isPresent() ? WINDOWS_1252 : StandardCharsets.UTF_8;
    Optional<FileNote> note =
        bad.map(
            offset ->
                new FileNote(
                    "bytes that are not UTF-8 text, first on line "
                        + lineOf(bytes, offset)
                        + " (\""
                        + lineText(bytes, offset)
                        + "\" as Windows-1252)",
                    "a csv file saved as UTF-8",
                    "the file was read as Windows-1252, the older Excel csv encoding: check that names with"
                        + " £ or é read right, and next time save as \"CSV UTF-8 (Comma delimited)\""));
    return new CsvDialect(charset, delimiter(new String(bytes, charset)), note);
  }

  /**
   * The separator the header line uses: of the first lines, the one with most separators decides.
   */
  static char delimiter(String text) {
    char best = ',';
    int bestCount = 0;
    int looked = 0;
    for (String line : text.split("\r\n|\n|\r")) {
      if (line.isBlank()) {
        continue;
      }
      for (char d : DELIMITERS) {
        int n = countOutsideQuotes(line, d);
        if (n > bestCount) {
          best = d;
          bestCount = n;
        }
      }
      if (++looked >= LINES_LOOKED_AT) {
        break;
      }
    }
    return best;
  }

  private static int countOutsideQuotes(String line, char d) {
    int n = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == d && !quoted) {
        n++;
      }
    }
    return n;
  }

  private static Optional<Integer> firstNonUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isError()) {
        return Optional.of(in.position());
      }
      if (r.isOverflow()) {
        out.clear();
        continue;
      }
      return Optional.empty();
    }
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String lineText(byte[] bytes, int offset) {
    int start = offset;
    while (start > 0 && bytes[start - 1] != '\n') {
      start--;
    }
    int end = offset;
    while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
      end++;
    }
    return new String(bytes, start, end - start, WINDOWS_1252);
  }
}
