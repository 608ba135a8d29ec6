package io.strikeimpact.reports.excel;

import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.analysis.Analysis;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Every input file: what it is, its SHA-256 and what became of its rows. */
final class SourcesSheet implements PackSheet {
  static final String NAME = "Sources";
  static final String NO_PROFILE = "none";

  static final String TABLE = "Sources_table";

  static final List<Column> COLUMNS =
      List.of(
          Column.of("File", 26),
          Column.of("Role", 20),
          Column.of("Profile", 14),
          Column.figures("Bytes", 12),
          Column.of("SHA-256", 66),
          Column.figures("Rows read", 11),
          Column.figures("Rows used", 11),
          Column.figures("Rows rejected", 11),
          Column.of("Rows not counted by the filter", 40));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Every input file: its role, size, SHA-256 and what became of its rows.";
  }

  @Override
  public void write(Pack pack, XSSFSheet sheet) {
    Analysis analysis = pack.analysis();
    Table table = new Table(sheet, pack.styles(), COLUMNS, TABLE);
    for (SourceFile f : analysis.dataset().sources()) {
      table
          .row()
          .text(f.name())
          .text(f.role())
          .text(f.profile().isEmpty() ? NO_PROFILE : f.profile())
          .count(f.bytes())
          .text(f.sha256())
          .count(f.rowsRead())
          .count(f.rowsUsed())
          .count(f.rowsRejected())
          .text(f.notCounted().describe());
    }
    table.finish();
  }
}
