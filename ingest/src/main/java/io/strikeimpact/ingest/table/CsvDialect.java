package io.strikeimpact.ingest.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
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
  /** UTF-8, comma separated, no note: the reference files, and the default for a stream. */
  public static final CsvDialect UTF8_COMMA =
      new CsvDialect(StandardCharsets.UTF_8, ',', Optional.empty());

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final List<Character> DELIMITERS = List.of(',', ';', '\t');
  private static final int LINES_LOOKED_AT = 20;

  public CsvTableReader reader() {
    return new CsvTableReader(this);
  }

  /** The dialect of a csv file's bytes. */
  public static CsvDialect of(byte[] bytes) {
    try {
      return of(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array cannot fail to read
    }
  }

  /**
   * The dialect of a csv file read once as a stream, as a streaming reader needs it: the same rule
   * as for bytes in memory, in memory of the first lines only.
   *
   * @param in the file's bytes, read to the end; not closed here
   */
  public static CsvDialect of(InputStream in) throws IOException {
    Utf8Check.Result check = Utf8Check.of(in);
    Charset charset = check.bad().isPresent() ? WINDOWS_1252 : StandardCharsets.UTF_8;
    Optional<FileNote> note =
        check
            .bad()
            .map(
                bad ->
                    new FileNote(
                        "bytes that are not UTF-8 text, first on line "
                            + bad.line()
                            + " (\""
                            + new String(bad.lineBytes(), WINDOWS_1252)
                            + "\" as Windows-1252)",
                        "a csv file saved as UTF-8",
                        "the file was read as Windows-1252, the older Excel csv encoding: check that names with"
                            + " £ or é read right, and next time save as \"CSV UTF-8 (Comma delimited)\""));
    return new CsvDialect(charset, delimiter(check.head(), charset), note);
  }

  /**
   * The dialect of a csv file taken to be UTF-8, from its first bytes only ({@link
   * Utf8Check#HEAD}): for a reader that checks the encoding as it parses. The separator is the one
   * {@link #of(InputStream)} finds whatever the encoding, as separators and quotes are ASCII.
   *
   * @param in the file's bytes, of which at most the first MB is read; not closed here
   */
  public static CsvDialect ofHead(InputStream in) throws IOException {
    byte[] head = in.readNBytes(Utf8Check.HEAD);
    return new CsvDialect(
        StandardCharsets.UTF_8, delimiter(head, StandardCharsets.UTF_8), Optional.empty());
  }

  /**
   * The separator of a file's first bytes, as {@link #delimiter(String)} finds it in their text,
   * decoding only the lines it looks at, one at a time: the head is a megabyte, which decoding
   * whole and splitting by a regular expression into some 20,000 lines cost about 20 ms of every
   * large extract (19 of 677 samples in a profile of 1,000,000 rows) to look at 20 of them. Both
   * charsets read here keep {@code \r} and {@code \n} as single bytes that never occur inside a
   * character, so a line's bytes decode to that line's text.
   */
  static char delimiter(byte[] head, java.nio.charset.Charset charset) {
    char best = ',';
    int bestCount = 0;
    int looked = 0;
    int start = 0;
    int n = head.length;
    while (start < n) {
      int end = start;
      while (end < n && head[end] != '\n' && head[end] != '\r') {
        end++;
      }
      String line = new String(head, start, end - start, charset);
      start =
          end < n && head[end] == '\r' && end + 1 < n && head[end + 1] == '\n' ? end + 2 : end + 1;
      if (line.isBlank()) {
        continue;
      }
      for (char d : DELIMITERS) {
        int count = countOutsideQuotes(line, d);
        if (count > bestCount) {
          best = d;
          bestCount = count;
        }
      }
      if (++looked >= LINES_LOOKED_AT) {
        break;
      }
    }
    return best;
  }

  /**
   * The separator the header line uses: of the first lines, the one with most separators decides.
   * The reference for {@link #delimiter(byte[], java.nio.charset.Charset)}, which tests hold to it.
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
}
