package io.strikeimpact.reports.excel;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Rate;
import io.strikeimpact.model.analysis.SiteBreakdown;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The focus action site by site and for all sites, then the executive summary: one sentence a row
 * in column A, after a blank row that ends the table, under the bold heading "Summary"; then a
 * stacked bar chart of the sites by activity type.
 *
 * <p>Counts are SUMIFS formulas over the Data sheet, the share and the rates are formulas of them
 * and of the days and hours typed beside them; each carries the model's figure as its cached value.
 * A figure that does not exist is the text "n/a" or "not split", never a formula.
 */
final class SummarySheet implements PackSheet {
  static final String NAME = "Summary";
  static final String TABLE = "Summary_table";
  static final String SUMMARY_HEADING = "Summary";

  static final int OUTPATIENT = 3;
  static final int INPATIENT = 4;
  static final int TOTAL_ONLY = 5;
  static final int TOTAL = 6;
  static final int SHARE = 7;
  static final int DAYS = 8;
  static final int HOURS = 9;
  static final int PER_DAY = 10;
  static final int PER_HOUR = 11;

  /** Only when some return gives planned activity. */
  static final int PER_THOUSAND_PLANNED = 12;

  static final String PER_THOUSAND_PLANNED_HEADING =
      Notes.PLANNED.on("Rescheduled per 1,000 planned");

  static final List<Column> COLUMNS =
      List.of(
          Column.of("Site", 12),
          Column.of("ODS code", 10),
          Column.wrapped(Notes.NOT_APPLICABLE.on("Status"), 22),
          Column.figures(ActivityType.OUTPATIENT.heading(), 13),
          Column.figures(ActivityType.INPATIENT.heading(), 13),
          Column.figures(Notes.TOTAL_ONLY.on(ActivityType.TOTAL_ONLY.heading()), 18),
          Column.figures(Notes.UNDERSTATE.on("Total"), 12),
          Column.figures("Share of total", 12),
          Column.figures(Notes.DAY.on("Days of action"), 12),
          Column.figures(Notes.HOURS.on("Hours of action"), 12),
          Column.figures(Notes.RATES.on(Basis.PER_DAY.heading()), 16),
          Column.figures(Notes.RATES.on(Basis.PER_HOUR.heading()), 16));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "The focus action site by site and for all sites, with rates a day and an hour of action,"
        + " the executive summary and a chart by site and activity type.";
  }

  @Override
  public void write(Pack pack, XSSFSheet sheet) {
    Analysis analysis = pack.analysis();
    List<SiteBreakdown> rows = new ArrayList<>(analysis.sites());
    rows.add(analysis.allSites());
    boolean planned = rows.stream().anyMatch(b -> b.perThousandPlanned().isPresent());
    List<Column> columns = new ArrayList<>(COLUMNS);
    if (planned) {
      columns.add(Column.figures(PER_THOUSAND_PLANNED_HEADING, 18));
    }
    boolean staff = StaffColumns.any(rows);
    if (staff) {
      columns.addAll(StaffColumns.COLUMNS);
    }
    Table table = new Table(sheet, pack.styles(), columns, TABLE);
    // Header in row 1, sites below, all sites last: the all-sites total is the share's denominator.
    String allSitesTotal =
        "$" + CellReference.convertNumToColString(TOTAL) + "$" + (rows.size() + 1);
    var actions = analysis.focus().actionIds();
    for (SiteBreakdown b : rows) {
      Table.Cells row = table.row();
      boolean allSites = b.odsCode().isEmpty();
      row.text(b.label());
      row.text(allSites ? Absent.NOT_APPLICABLE : b.odsCode());
      row.text(b.statusText());
      DataFormulas.Criterion[] site =
          allSites
              ? new DataFormulas.Criterion[0]
              : new DataFormulas.Criterion[] {DataFormulas.site("$B" + (row.index() + 1))};
      for (ActivityType type : ActivityType.values()) {
        OptionalLong figure = b.figure(type);
        if (figure.isPresent()) {
          row.countFormula(
              DataFormulas.sum(actions, with(site, DataFormulas.type(type))), figure.getAsLong());
        } else {
          row.absent(
              type == ActivityType.TOTAL_ONLY || !b.reported()
                  ? Absent.NOT_APPLICABLE
                  : Absent.NOT_SPLIT);
        }
      }
      if (!b.reported()) {
        for (int c = TOTAL; c < columns.size(); c++) {
          row.absent(Absent.NOT_APPLICABLE);
        }
        continue;
      }
      row.countFormula(DataFormulas.sum(actions, site), b.total());
      if (analysis.allSites().total() > 0) {
        row.shareFormula(row.at(TOTAL) + "/" + allSitesTotal, b.share());
      } else {
        row.absent(Absent.NOT_APPLICABLE);
      }
      Rate perDay = b.perDay().orElseThrow();
      Rate perHour = b.perHour().orElseThrow();
      row.count(Math.round(perDay.denominator()));
      row.rate(perHour.denominator());
      row.rateFormula(row.at(TOTAL) + "/" + row.at(DAYS), perDay.value());
      row.rateFormula(row.at(TOTAL) + "/" + row.at(HOURS), perHour.value());
      if (planned) {
        // Typed, not a formula: the planned figures are not on the Data sheet (see the note).
        b.perThousandPlanned()
            .ifPresentOrElse(r -> row.rate(r.value()), () -> row.absent(Absent.NOT_APPLICABLE));
      }
      if (staff) {
        StaffColumns.write(row, b);
      }
    }
    table.finish();
    int after = table.linesBelow(SUMMARY_HEADING, analysis.executiveSummary());
    chart(analysis, sheet, analysis.sites(), after + 1);
  }

  /** A stacked bar a site, one colour an activity type, from the site rows of the table. */
  private static void chart(
      Analysis analysis, XSSFSheet sheet, List<SiteBreakdown> sites, int firstRow) {
    if (sites.isEmpty()) {
      return;
    }
    int last = sites.size(); // rows 1..n hold the sites
    String[] labels = sites.stream().map(SiteBreakdown::label).toArray(String[]::new);
    List<Charts.Series> series = new ArrayList<>();
    for (ActivityType type : ActivityType.values()) {
      int column = OUTPATIENT + type.ordinal();
      Double[] values = new Double[sites.size()];
      boolean any = false;
      for (int i = 0; i < sites.size(); i++) {
        OptionalLong f = sites.get(i).figure(type);
        values[i] = f.isPresent() ? (double) f.getAsLong() : null;
        any |= f.isPresent();
      }
      if (any) {
        series.add(
            new Charts.Series(
                type.heading(),
                new CellReference(sheet.getSheetName(), 0, column, true, true),
                new CellRangeAddress(1, last, column, column),
                values));
      }
    }
    if (series.isEmpty()) {
      return;
    }
    String title = analysis.chartTitles().bySiteAndType();
    String alt =
        "Stacked bar chart: activity rescheduled in "
            + analysis.focus().describe()
            + " at each site, by activity"
            + " type. The figures are in the table above: "
            + String.join("; ", sites.stream().map(SummarySheet::describe).toList())
            + ".";
    Charts.bar(
        sheet,
        new Charts.Place(firstRow, 0, 20, 9),
        title,
        alt,
        true,
        new CellRangeAddress(1, last, 0, 0),
        labels,
        series);
  }

  private static String describe(SiteBreakdown b) {
    return b.label()
        + " "
        + (b.reported() ? io.strikeimpact.model.text.HouseStyle.count(b.total()) : b.statusText());
  }

  private static DataFormulas.Criterion[] with(
      DataFormulas.Criterion[] some, DataFormulas.Criterion more) {
    DataFormulas.Criterion[] all = java.util.Arrays.copyOf(some, some.length + 1);
    all[some.length] = more;
    return all;
  }
}
