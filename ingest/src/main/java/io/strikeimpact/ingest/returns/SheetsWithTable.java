package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.table.ContentCheck;
import io.strikeimpact.ingest.table.UnreadableFileException;
import io.strikeimpact.ingest.table.WorkbookTableReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The sheets a {@code sheet = *} profile reads: every visible sheet of the workbook with the
 * profile's header and at least one row of figures below it, in the order of the tabs. A hospital's
 * tracker keeps a tab per strike in one layout, and a tab added next month is read without a new
 * profile; a Read me, a chart or a tab that says only "did not take part" has no rows to read and
 * is passed over.
 */
public final class SheetsWithTable {
  private SheetsWithTable() {}

  /** The sheets to read; empty when none has the table, or when the file cannot be opened. */
  public static List<String> of(String file, byte[] bytes, Profile profile) {
    ContentCheck.Checked checked;
    try {
      checked = ContentCheck.check(file, bytes);
    } catch (UnreadableFileException e) {
      return List.of(); // the read of the file says what is wrong with it
    }
    if (!(checked.reader() instanceof WorkbookTableReader)) {
      return List.of();
    }
    List<String> sheets = new ArrayList<>();
    for (String sheet : WorkbookTableReader.visibleSheets(checked.content())) {
      if (SheetRivals.rowsUnderHeader(checked.content(), checked.reader(), profile, sheet) > 0) {
        sheets.add(sheet);
      }
    }
    return sheets;
  }
}
