package io.strikeimpact.reports.excel;

import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A table of every sheet: its name as a link to its cell A1, and what it holds. */
final class ContentsSheet implements PackSheet {
  static final String NAME = "Contents";
  static final String TABLE = "Contents_table";
  static final List<Column> COLUMNS =
      List.of(Column.of("Sheet", 16), Column.wrapped("What it holds", 100));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "This list of sheets, each a link.";
  }

  @Override
  public void write(Pack pack, XSSFSheet sheet) {
    Table table = new Table(sheet, pack.styles(), COLUMNS, TABLE);
    for (PackSheet s : BoardPackWorkbook.SHEETS) {
      // 'Data quality'!A1: the sheet name quoted as a formula reference needs it.
      String address = new CellReference(s.name(), 0, 0, false, false).formatAsString();
      table.row().link(s.name(), address).text(s.description());
    }
    table.finish();
  }
}
