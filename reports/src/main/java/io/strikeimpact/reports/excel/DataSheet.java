package io.strikeimpact.reports.excel;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.Analysis;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Every count read from the returns, one a row, with the file, fingerprint and cell it came from. */
final class DataSheet implements PackSheet {
  static final String NAME = "Data";
  static final String NOT_IN_REGISTER = "not in the sites register";
  static final String NOT_IN_CALENDAR = "not in the strike calendar";
  /** A csv file has no sheets. */
  static final String NO_SHEET = "n/a (csv)";

  static final List<Column> COLUMNS =
      List.of(
          Column.of("Site (ODS code)", 10),
          Column.of("Site name", 40),
          Column.of("Action id", 16),
          Column.of("Action", 44),
          Column.of("Activity type", 26),
          Column.figures("Date", 13),
          Column.of("Specialty", 22),
          Column.figures("Count", 10),
          Column.of("Source file", 22),
          Column.of("SHA-256", 66),
          Column.of("Sheet", 14),
          Column.of("Cell", 9));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(Analysis analysis, XSSFSheet sheet, Styles styles) {
    Dataset dataset = analysis.dataset();
    Table table = new Table(sheet, styles, COLUMNS);
    for (DisruptionCount c : dataset.counts()) {
      Provenance p = c.provenance();
      Table.Cells row = table.row();
      row.text(c.odsCode())
          .text(dataset.site(c.odsCode()).map(Site::shortName).orElse(NOT_IN_REGISTER))
          .text(c.actionId())
          .text(dataset.calendar().find(c.actionId()).map(a -> ActionGroup.of(a).title()).orElse(NOT_IN_CALENDAR))
          .text(c.type().heading())
          .date(c.date(), Absent.NOT_GIVEN);
      row.text(c.specialty().orElse(Absent.NOT_GIVEN))
          .count(c.count())
          .text(p.file())
          .text(p.sha256())
          .text(p.sheet().isEmpty() ? NO_SHEET : p.sheet())
          .text(p.cell().isEmpty() ? Absent.NOT_GIVEN : p.cell());
    }
    table.finish();
  }
}
