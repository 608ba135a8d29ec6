package io.strikeimpact.ingest.table.stream;

import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.ingest.table.UnreadableFileException;
import io.strikeimpact.ingest.table.WorkbookTableReader;
import java.io.InputStream;

/**
 * Reads one sheet of an .xls (Excel 97-2003) workbook and hands its rows on one at a time, as the
 * other streaming readers do, so a line-level extract may come as .xls. The workbook is read whole
 * by POI's user model (the same reading as the table layouts get): an .xls holds at most 65,536
 * rows of 256 columns, so its memory is bounded, and reading it this way keeps one meaning of a
 * cell for both paths. A number's text is as Excel shows it (POI's {@code DataFormatter}); a date
 * cell's date is in {@link StreamRow#date(int)}.
 */
public final class XlsStreamReader {
  /**
   * Reads the chosen sheet's rows in order; blank rows are not passed on.
   *
   * @param in the file's bytes; not closed here
   * @throws UnreadableFileException when the file is not a workbook, is broken, or lacks the sheet
   */
  public void read(InputStream in, SheetChoice choice, StreamRowHandler rows)
      throws UnreadableFileException {
    new WorkbookTableReader()
        .read(
            in,
            choice,
            row -> {
              if (!row.isBlank()) {
                rows.row(new RawStreamRow(row));
              }
            });
  }
}
