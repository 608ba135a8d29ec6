package io.strikeimpact.reports.excel;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.PlannedActivity;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.text.HouseStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Every count read from the returns, one a row, with the file, fingerprint and cell it came from:
 * the table every formula in the workbook sums.
 *
 * <p>Written in two steps. While the other sheets are built, {@link #write} declares the Excel
 * table over the rows to come, so their formulas can name its columns. The rows themselves are then
 * streamed by {@link #stream} through SXSSF, a window of rows at a time, so a line-level extract of
 * a million rows does not have to fit in memory as cells.
 */
final class DataSheet implements PackSheet {
  static final String NAME = "Data";
  static final String NOT_IN_REGISTER = "not in the sites register";
  static final String NOT_IN_CALENDAR = "not in the strike calendar";

  /** A csv file has no sheets. */
  static final String NO_SHEET = "n/a (csv)";

  static final List<Column> COLUMNS =
      List.of(
          Column.of(DataFormulas.SITE, 10),
          Column.of("Site name", 40),
          Column.of(DataFormulas.ACTION, 16),
          Column.of("Action", 44),
          Column.of(DataFormulas.TYPE, 26),
          Column.figures("Date", 13),
          Column.of("Specialty", 22),
          Column.figures(DataFormulas.COUNT, 10),
          Column.of("Source file", 22),
          Column.of("SHA-256", 66),
          Column.of("Sheet", 14),
          Column.of("Cell", 9));

  /**
   * The columns for a pack: with a Planned column after the rest when a return gives planned
   * activity, whose rows then follow the counts.
   */
  static List<Column> columns(Pack pack) {
    if (pack.analysis().dataset().planned().isEmpty()) {
      return COLUMNS;
    }
    List<Column> columns = new java.util.ArrayList<>(COLUMNS);
    columns.add(Column.figures(DataFormulas.PLANNED, 10));
    return columns;
  }

  /** The Planned column, when there is one. */
  static final int PLANNED = 12;

  /** The Count column. */
  static final int COUNT = 7;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Every count read from the returns, one a row, with the file, SHA-256, sheet and cell it came from,"
        + " then any planned activity the returns give, likewise. The figures on Summary, Comparison, History"
        + " and Projection are formulas over its Count and Planned columns.";
  }

  /** Declares the table over the rows {@link #stream} will write; writes no rows. */
  @Override
  public void write(Pack pack, XSSFSheet sheet) {
    Table.declare(
        sheet,
        DataFormulas.TABLE,
        columns(pack),
        Math.max(1, pack.data().size() + pack.analysis().dataset().planned().size()));
  }

  /** Streams the header and every row; {@code tableSheet} is the sheet {@link #write} prepared. */
  static void stream(Pack pack, Sheet streamed, XSSFSheet tableSheet) {
    Dataset dataset = pack.analysis().dataset();
    List<Column> columns = columns(pack);
    boolean planned = columns.size() > PLANNED;
    Table table = new Table(streamed, tableSheet, pack.styles(), columns, DataFormulas.TABLE);
    // Names and titles repeat on every row of a large extract: look each up once.
    Map<String, String> siteNames = new HashMap<>();
    Map<String, String> actionTitles = new HashMap<>();
    pack.data()
        .forEach(
            (c, added) -> {
              Provenance p = c.provenance();
              Table.Cells row = table.row();
              row.text(c.odsCode())
                  .text(
                      siteNames.computeIfAbsent(
                          c.odsCode(),
                          ods -> dataset.site(ods).map(Site::shortName).orElse(NOT_IN_REGISTER)))
                  .text(c.actionId())
                  .text(
                      actionTitles.computeIfAbsent(
                          c.actionId(),
                          id ->
                              dataset
                                  .calendar()
                                  .find(id)
                                  .map(a -> ActionGroup.of(a).title())
                                  .orElse(NOT_IN_CALENDAR)))
                  .text(c.type().heading())
                  .date(c.date(), Absent.NOT_GIVEN);
              row.text(c.specialty().orElse(Absent.NOT_GIVEN))
                  .count(c.count())
                  .text(p.file())
                  .text(p.sha256().isEmpty() ? Absent.NOT_APPLICABLE : p.sha256())
                  .text(
                      p.sheet().isEmpty()
                          ? (p.sha256().isEmpty() ? Absent.NOT_APPLICABLE : NO_SHEET)
                          : p.sheet())
                  .text(
                      added > 1
                          ? HouseStyle.count(added) + " counts added up"
                          : p.cell().isEmpty() ? Absent.NOT_GIVEN : p.cell());
              if (planned) {
                row.absent(Absent.NOT_APPLICABLE);
              }
            });
    // Planned activity after the counts: Count is "n/a" on these rows, so no sum of counts takes
    // them in, and Planned holds the figure, with the file, sheet and cell it came from.
    for (PlannedActivity a : dataset.planned()) {
      Provenance p = a.provenance();
      Table.Cells row = table.row();
      row.text(a.odsCode())
          .text(dataset.site(a.odsCode()).map(Site::shortName).orElse(NOT_IN_REGISTER))
          .text(a.actionId())
          .text(
              dataset
                  .calendar()
                  .find(a.actionId())
                  .map(x -> ActionGroup.of(x).title())
                  .orElse(NOT_IN_CALENDAR))
          .text(a.type().heading())
          .absent(Absent.NOT_GIVEN)
          .text(Absent.NOT_GIVEN)
          .absent(Absent.NOT_APPLICABLE)
          .text(p.file())
          .text(p.sha256().isEmpty() ? Absent.NOT_APPLICABLE : p.sha256())
          .text(
              p.sheet().isEmpty()
                  ? (p.sha256().isEmpty() ? Absent.NOT_APPLICABLE : NO_SHEET)
                  : p.sheet())
          .text(p.cell().isEmpty() ? Absent.NOT_GIVEN : p.cell())
          .count(a.planned());
    }
    if (pack.data().size() == 0 && dataset.planned().isEmpty()) {
      Table.Cells row = table.row().text("no counts");
      for (int c = 1; c < columns.size(); c++) {
        row.absent(Absent.NOT_APPLICABLE);
      }
    }
    table.fitStreamed();
  }
}
