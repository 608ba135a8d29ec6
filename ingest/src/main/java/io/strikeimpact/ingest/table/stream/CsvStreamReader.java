package io.strikeimpact.ingest.table.stream;

import io.strikeimpact.ingest.table.CsvDialect;
import io.strikeimpact.ingest.table.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a csv file (UTF-8 or Windows-1252, an optional byte order mark, comma, semicolon or tab
 * separated, RFC 4180 quoting, blanks around a field trimmed) as a stream of rows, working on
 * bytes: a field becomes a {@link String} only when it is read, so columns nobody uses cost a copy
 * and nothing more. Reads the same files as {@link io.strikeimpact.ingest.table.CsvTableReader}
 * does with Commons CSV, at about the speed of splitting lines on commas, and refuses what Commons
 * CSV refuses (an unclosed quote, text after a closing quote). {@link CsvDialect#of(InputStream)}
 * finds the encoding and separator; in a UTF-8 file, invalid UTF-8 in a field that is read makes
 * the file unreadable.
 */
public final class CsvStreamReader {
  /** No record may hold more than this many fields: a guard against a file that is not csv. */
  static final int MAX_FIELDS = 16384;

  private final CsvDialect dialect;

  /** UTF-8, comma separated. */
  public CsvStreamReader() {
    this(CsvDialect.UTF8_COMMA);
  }

  /** A file in the given encoding and separator, as {@link CsvDialect#of(InputStream)} found. */
  public CsvStreamReader(CsvDialect dialect) {
    this.dialect = dialect;
  }

  /**
   * Reads every record, passing each that is not blank to {@code rows}.
   *
   * @param in the file's bytes; not closed here
   */
  public void read(InputStream in, StreamRowHandler rows) throws UnreadableFileException {
    try {
      new Parser(in, dialect, false).run(rows);
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause());
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
  }

  /**
   * Reads every record of a file taken to be UTF-8 as {@link #read} does, checking every byte in
   * the same pass as it parses (no pass of its own for the encoding): each buffer is checked before
   * any record in it is handed on. Stops and returns false at the first bytes that are not UTF-8;
   * the rows handed on until then are to be dropped, and the file read again in the encoding {@link
   * CsvDialect#of(InputStream)} finds for it.
   *
   * @param in the file's bytes; not closed here
   * @return true when the whole file was UTF-8 and read
   */
  public boolean readIfUtf8(InputStream in, StreamRowHandler rows) throws UnreadableFileException {
    if (!dialect.charset().equals(StandardCharsets.UTF_8)) {
      throw new IllegalStateException("readIfUtf8 is for a UTF-8 dialect");
    }
    try {
      new Parser(in, dialect, true).run(rows);
      return true;
    } catch (NotUtf8 e) {
      return false;
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause());
    } catch (IOException | RuntimeException e) {
      throw unreadable(e);
    }
  }

  private UnreadableFileException unreadable(Throwable e) {
    if (e instanceof CharacterCodingException) {
      return new UnreadableFileException(
          "bytes that are not UTF-8 text",
          "a csv file saved as UTF-8",
          "save the file again as \"CSV UTF-8 (Comma delimited)\"",
          e);
    }
    if (e instanceof RuntimeException) {
      // Not the file's fault: a defect met while its rows were handed on. Said as one, so nobody
      // re-saves a good file to mend it; the file still counts for nothing.
      return new UnreadableFileException(
          "a fault in Strike Impact while reading it (" + e.getClass().getSimpleName() + ")",
          "a csv file read to its end",
          "report it to the Strike Impact team with the file and its profile; until it is mended"
              + " this file is not read and counts for nothing",
          e);
    }
    return new UnreadableFileException(
        "a file that cannot be read as csv (" + e.getMessage() + ")",
        separatorName(dialect.delimiter()) + "-separated text with quotes in pairs",
        "open the file in Excel and save it again as \"CSV UTF-8 (Comma delimited)\"",
        e);
  }

  private static String separatorName(char d) {
    return switch (d) {
      case ',' -> "comma";
      case ';' -> "semicolon";
      case '\t' -> "tab";
      default -> "'" + d + "'";
    };
  }

  /** Thrown by a checking parser at the first bytes that are not UTF-8. */
  private static final class NotUtf8 extends IOException {
    NotUtf8() {
      super("bytes that are not UTF-8");
    }
  }

  private static final class Parser implements StreamRow {
    private final InputStream in;
    private final byte delimiter;
    private final Charset charset;
    private final boolean utf8;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private final Bytes arena = new Bytes(1024);
    private int[] starts = new int[16];
    private int[] lengths = new int[16];
    private int fields;
    private int width;
    private int number;

    /** Checks every byte read, when the file is taken to be UTF-8 without a pass of its own. */
    private final Utf8Stream check;

    /** The texts made so far, a cache for each column (see {@link TextCache}). */
    private TextCache[] texts = new TextCache[16];

    Parser(InputStream in, CsvDialect dialect, boolean checkUtf8) {
      this.in = in;
      this.check = checkUtf8 ? new Utf8Stream() : null;
      this.delimiter = (byte) dialect.delimiter();
      this.charset = dialect.charset();
      this.utf8 = charset.equals(StandardCharsets.UTF_8);
    }

    /**
     * Blanks that Commons CSV skips around a field (its lexer's {@code isWhitespace}), but never
     * the separator, so a tab-separated empty field stays a field.
     */
    private boolean isSpace(byte b) {
      return b != delimiter
          && (b == ' ' || b == '\t' || b == 0x0B || b == '\f' || b >= 0x1C && b <= 0x1F);
    }

    private boolean fill() throws IOException {
      int n;
      do {
        n = in.read(buf, 0, buf.length);
      } while (n == 0);
      pos = 0;
      limit = Math.max(n, 0);
      if (check != null && (n > 0 ? !check.feed(buf, 0, n) : !check.end())) {
        throw new NotUtf8();
      }
      return n > 0;
    }

    void run(StreamRowHandler rows) throws IOException {
      if (!fill()) {
        return;
      }
      if (limit >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
        pos = 3;
      }
      while (record()) {
        number++;
        if (width > 0) {
          rows.row(this);
        }
      }
    }

    /** Reads one record into the arena; false at the end of the file with nothing read. */
    private boolean record() throws IOException {
      arena.clear();
      fields = 0;
      width = 0;
      if (pos == limit && !fill()) {
        return false;
      }
      while (true) {
        int start = arena.length;
        // Leading spaces are dropped, so a quote after them still opens a quoted field.
        while (true) {
          if (pos == limit && !fill()) {
            break;
          }
          byte b = buf[pos];
          if (isSpace(b)) {
            pos++;
          } else {
            break;
          }
        }
        if (pos < limit && buf[pos] == '"') {
          pos++;
          quotedField();
          afterClosingQuote();
        }
        // Unquoted text, or the blanks after a closing quote, up to the delimiter.
        int end;
        while (true) {
          if (pos == limit && !fill()) {
            end = -1;
            break;
          }
          int i = pos;
          int l = limit;
          byte[] b = buf;
          byte d = delimiter;
          while (i < l) {
            byte c = b[i];
            if (c == d || c == '\n' || c == '\r') {
              break;
            }
            i++;
          }
          arena.append(b, pos, i - pos);
          pos = i;
          if (i < l) {
            end = b[i];
            pos++;
            break;
          }
        }
        endField(start);
        if (end == delimiter) {
          continue;
        }
        if (end == '\r') {
          if (pos < limit || fill()) {
            if (buf[pos] == '\n') {
              pos++;
            }
          }
        }
        return true;
      }
    }

    /** Reads a quoted field's content after its opening quote, up to and past the closing one. */
    private void quotedField() throws IOException {
      while (true) {
        if (pos == limit && !fill()) {
          throw new IOException("a quoted field that is never closed, from record " + (number + 1));
        }
        int i = pos;
        int l = limit;
        byte[] b = buf;
        while (i < l && b[i] != '"') {
          i++;
        }
        arena.append(b, pos, i - pos);
        pos = i;
        if (i == l) {
          continue;
        }
        pos++; // past the quote
        if (pos == limit && !fill()) {
          return;
        }
        if (buf[pos] == '"') {
          arena.append('"');
          pos++;
        } else {
          return;
        }
      }
    }

    /**
     * Only blanks may follow a closing quote before the separator or the line's end: anything else
     * is an error, as Commons CSV makes it, never text silently joined to the field.
     */
    private void afterClosingQuote() throws IOException {
      while (pos < limit || fill()) {
        byte b = buf[pos];
        if (b == delimiter || b == '\n' || b == '\r') {
          return;
        }
        if (!isSpace(b)) {
          throw new MalformedFileException(
              "text after the closing quote of field "
                  + (fields + 1)
                  + " in record "
                  + (number + 1)
                  + ", where a "
                  + separatorName((char) delimiter)
                  + " or the end of the line should be");
        }
        pos++;
      }
    }

    /** Ends a field, trimmed of blanks and control characters as Commons CSV's trim does. */
    private void endField(int start) throws IOException {
      int s = start;
      int e = arena.length;
      byte[] d = arena.data;
      while (e > s && (d[e - 1] & 0xFF) <= ' ') {
        e--;
      }
      while (s < e && (d[s] & 0xFF) <= ' ') {
        s++;
      }
      // Only a field that starts or ends beyond ASCII can hold nothing but a Unicode blank.
      if (e > s && (d[s] < 0 || d[e - 1] < 0) && decode(s, e - s).isBlank()) {
        e = s;
      }
      if (fields == starts.length) {
        if (fields >= MAX_FIELDS) {
          throw new IOException(
              "a record with more than " + MAX_FIELDS + " fields, at record " + (number + 1));
        }
        starts = Arrays.copyOf(starts, fields * 2);
        lengths = Arrays.copyOf(lengths, fields * 2);
      }
      starts[fields] = s;
      lengths[fields] = e - s;
      fields++;
      if (e > s) {
        width = fields;
      }
    }

    @Override
    public String sheet() {
      return "";
    }

    @Override
    public int number() {
      return number;
    }

    @Override
    public int width() {
      return width;
    }

    @Override
    public boolean isBlank(int column) {
      return column >= width || lengths[column] == 0;
    }

    @Override
    public int maxLength(int column) {
      // Bytes: at least as many as the characters they decode to.
      return column >= width ? 0 : lengths[column];
    }

    @Override
    public String text(int column) {
      if (column >= width) {
        return "";
      }
      int from = starts[column];
      int count = lengths[column];
      if (count == 0) {
        return "";
      }
      // A cell asked for twice in a row (screened, then read) is made once.
      if (column < madeIn.length && madeIn[column] == number) {
        return made[column];
      }
      String text = cached(column, from, count);
      if (column >= madeIn.length) {
        int size = Math.max(column + 1, madeIn.length * 2);
        madeIn = Arrays.copyOf(madeIn, size);
        made = Arrays.copyOf(made, size);
      }
      madeIn[column] = number;
      made[column] = text;
      return text;
    }

    /** Each column's text made in record {@link #madeIn}, for {@link #text}. */
    private int[] madeIn = new int[0];

    private String[] made = new String[0];

    private String cached(int column, int from, int count) {
      byte[] d = arena.data;
      TextCache cache = null;
      int hash = 0;
      if (count <= TextCache.MAX_LENGTH) {
        if (column >= texts.length) {
          texts = Arrays.copyOf(texts, Math.max(column + 1, texts.length * 2));
        }
        cache = texts[column];
        if (cache == null) {
          cache = texts[column] = new TextCache();
        }
        if (cache.on()) {
          hash = TextCache.hash(d, from, count);
          String known = cache.get(d, from, count, hash);
          if (known != null) {
            return known;
          }
        } else {
          cache = null;
        }
      }
      String text = makeText(d, from, count);
      if (cache != null) {
        cache.put(d, from, count, hash, text);
      }
      return text;
    }

    private String makeText(byte[] d, int from, int count) {
      for (int i = from; i < from + count; i++) {
        if (d[i] < 0) {
          // Text beyond ASCII may end in a blank that is not a byte, as RawCell strips it.
          return decode(from, count).strip();
        }
      }
      return new String(d, from, count, StandardCharsets.ISO_8859_1);
    }

    @Override
    public boolean isPlainWord(int column) {
      if (column >= width || lengths[column] == 0) {
        return false;
      }
      int from = starts[column];
      int end = from + lengths[column];
      byte[] d = arena.data;
      byte last = d[end - 1];
      if (!isAsciiLetter(d[from]) || last < 0 || isAsciiLetter(last)) {
        return false;
      }
      for (int i = from + 1; i < end - 1; i++) {
        if (d[i] == '@') {
          return false;
        }
      }
      return true;
    }

    private static boolean isAsciiLetter(byte b) {
      return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
    }

    private String decode(int from, int count) {
      if (!utf8) {
        return new String(arena.data, from, count, charset);
      }
      try {
        return Bytes.utf8Strict(arena.data, from, count);
      } catch (CharacterCodingException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public boolean isNumber(int column) {
      return false;
    }

    @Override
    public double number(int column) {
      return Double.NaN;
    }
  }
}
