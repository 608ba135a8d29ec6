package io.strikeimpact.ingest.table;

import io.strikeimpact.ingest.table.stream.CsvStreamReader;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a csv file (UTF-8 by default, an optional byte order mark, comma separated by default, RFC
 * 4180 quoting) as rows of text cells. Row numbers count records from 1, as Excel shows the file.
 * {@link CsvDialect} finds another encoding or separator from the bytes.
 *
 * <p>The rows come from the byte-level {@link CsvStreamReader}, the reader of line-level extracts,
 * so every csv file (reference files, summary returns, extracts) is read by one parser. It reads
 * what Apache Commons CSV reads and refuses what it refuses (a differential test holds them to it),
 * and a run that reads only csv loads no csv library's classes, which is a tenth of a second of a
 * short run's start.
 */
public final class CsvTableReader implements TableReader {
  private final CsvDialect dialect;

  /** UTF-8, comma separated: the reference files. */
  public CsvTableReader() {
    this(CsvDialect.UTF8_COMMA);
  }

  /** Text in the given encoding (undecodable bytes are an error only for UTF-8) and separator. */
  public CsvTableReader(CsvDialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public void read(InputStream in, SheetChoice sheet, Consumer<RawRow> rows)
      throws UnreadableFileException {
    // Every cell is made text here, so bytes that are not UTF-8 in any field refuse the file.
    new CsvStreamReader(dialect).read(in, row -> rows.accept(row.toRawRow()));
  }
}
