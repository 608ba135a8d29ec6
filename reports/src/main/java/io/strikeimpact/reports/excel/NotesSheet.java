package io.strikeimpact.reports.excel;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The notes that "[note n]" markers in headings point to, one a row. */
final class NotesSheet implements PackSheet {
  static final String NAME = "Notes";
  static final String TABLE = "Notes_table";
  static final List<Column> COLUMNS =
      List.of(
          Column.of("Note number", 12),
          Column.wrapped("Note title", 24),
          Column.wrapped("Note text", 100));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "The notes that the [note] markers in headings refer to.";
  }

  @Override
  public void write(Pack pack, XSSFSheet sheet) {
    Table table = new Table(sheet, pack.styles(), COLUMNS, TABLE);
    for (Notes n : Notes.all()) {
      table.row().text(n.marker()).text(n.title()).text(n.text(pack));
    }
    table.finish();
  }
}
