package io.strikeimpact.ingest.table;

import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads the rows of one table from a file and hands them on one at a time, in order, so a streaming
 * reader can stand in for one that loads the whole file.
 */
public interface TableReader {

  /**
   * Reads the chosen sheet's rows, blank rows included, passing each to {@code rows}.
   *
   * @param in the file's bytes; not closed here
   * @throws UnreadableFileException when the file is not a table of this format, or lacks the sheet
   */
  void read(InputStream in, SheetChoice sheet, Consumer<RawRow> rows)
      throws UnreadableFileException;

  /** The reader for a file name by its extension (xlsx, xlsm, xls or csv), or none. */
  static java.util.Optional<TableReader> forName(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
      return java.util.Optional.of(new WorkbookTableReader());
    }
    if (lower.endsWith(".csv")) {
      return java.util.Optional.of(new CsvTableReader());
    }
    return java.util.Optional.empty();
  }
}
