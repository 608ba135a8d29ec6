package io.strikeimpact.reports.excel;

import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Comparison;
import io.strikeimpact.model.analysis.ComparisonRow;
import io.strikeimpact.model.analysis.ComparisonSide;
import io.strikeimpact.model.analysis.Ratio;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The focus action against the baseline, site by site, then the like-for-like row last. A site
 * missing from either side is not applicable and says why; it is never 0 or an infinite increase.
 *
 * <p>Each side's count is a SUMIFS over the Data sheet for the site and the actions it took part
 * in; rates divide it by the days and hours typed beside it; ratios divide one rate by the other.
 * The like-for-like counts add up the comparable rows above. Below the table, two charts set the
 * two sides side by side, a day and an hour of action.
 */
final class ComparisonSheet implements PackSheet {
  static final String NAME = "Comparison";
  static final String TABLE = "Comparison_table";
  static final String COMPARABLE = "comparable";
  static final String NOT_COMPARABLE = "not applicable";
  static final String LIKE_FOR_LIKE = "like for like";

  /** The first column of each side: rescheduled, days, hours, a day, an hour. */
  static final int FOCUS = 2;

  static final int BASELINE = 7;
  static final int RATIO_PER_DAY = 12;
  static final int RATIO_PER_HOUR = 13;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "The focus action against the baseline, site by site and like for like, a day and an hour"
        + " of action, with charts of the two.";
  }

  /**
   * Only when a ratio per 1,000 planned exists: each side's planned activity, from the Data sheet,
   * then the ratio; the note then moves three columns right.
   */
  static final int FOCUS_PLANNED = 14;

  static final int BASELINE_PLANNED = 15;
  static final int RATIO_PER_THOUSAND_PLANNED = 16;

  static List<Column> columns(ActionGroup focus, ActionGroup baseline, boolean planned) {
    return columns(focus, baseline, planned, false);
  }

  /** With {@code staff}, the columns per staff-day of action taken part before the note. */
  static List<Column> columns(
      ActionGroup focus, ActionGroup baseline, boolean planned, boolean staff) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.wrapped("Site", 16));
    columns.add(Column.wrapped(Notes.NOT_APPLICABLE.on("Status"), 14));
    columns.addAll(sideColumns(focus.shortLabel()));
    columns.addAll(sideColumns(baseline.shortLabel()));
    String of = " (" + focus.shortLabel() + " ÷ " + baseline.shortLabel() + ")";
    columns.add(Column.figures(Notes.RATES.on("Ratio " + Basis.PER_DAY.phrase() + of), 20));
    columns.add(Column.figures(Notes.RATES.on("Ratio " + Basis.PER_HOUR.phrase() + of), 20));
    if (planned) {
      columns.add(Column.figures(Notes.PLANNED.on(focus.shortLabel() + ": planned"), 12));
      columns.add(Column.figures(Notes.PLANNED.on(baseline.shortLabel() + ": planned"), 12));
      columns.add(
          Column.figures(
              Notes.PLANNED.on("Ratio " + Basis.PER_THOUSAND_PLANNED.phrase() + of), 24));
    }
    if (staff) {
      columns.addAll(StaffComparisonColumns.columns(focus, baseline));
    }
    columns.add(Column.wrapped("Note", 50));
    return columns;
  }

  private static List<Column> sideColumns(String label) {
    return List.of(
        Column.figures(label + ": rescheduled", 14),
        Column.figures(Notes.DAY.on(label + ": days of action"), 12),
        Column.figures(Notes.HOURS.on(label + ": hours of action"), 12),
        Column.figures(
            Notes.RATES.on(label + ": " + Basis.PER_DAY.heading().toLowerCase(Locale.UK)), 14),
        Column.figures(
            Notes.RATES.on(label + ": " + Basis.PER_HOUR.heading().toLowerCase(Locale.UK)), 14));
  }

  @Override
  public void write(Pack pack, XSSFSheet sheet) {
    Analysis analysis = pack.analysis();
    Optional<Comparison> comparison = analysis.comparison();
    if (comparison.isEmpty()) {
      Table table = new Table(sheet, pack.styles(), List.of(Column.wrapped("Note", 80)), TABLE);
      table
          .row()
          .text(
              "No comparison: no baseline action has returns to compare "
                  + analysis.focus().describe()
                  + " with.");
      table.finish();
      return;
    }
    Comparison c = comparison.get();
    boolean planned =
        c.rows().stream().anyMatch(r -> r.ratio(Basis.PER_THOUSAND_PLANNED).isPresent())
            || c.likeForLike().flatMap(r -> r.ratio(Basis.PER_THOUSAND_PLANNED)).isPresent();
    boolean staff = !analysis.dataset().staff().isEmpty();
    Table table =
        new Table(sheet, pack.styles(), columns(c.focus(), c.baseline(), planned, staff), TABLE);
    List<Integer> comparableRows = new ArrayList<>();
    for (ComparisonRow r : c.rows()) {
      Table.Cells row = table.row();
      if (r.comparable()) {
        comparableRows.add(row.index());
      }
      // A site whose returns could not be counted took part: "no figure", not "not applicable".
      String status =
          r.comparable()
              ? COMPARABLE
              : r.absentWord().equals(NOT_COMPARABLE) ? NOT_COMPARABLE : r.withoutRatio();
      row.text(r.label()).text(status);
      side(
          row,
          r.focus(),
          s ->
              DataFormulas.sum(
                  s.actionIds(), DataFormulas.site(DataFormulas.literal(r.odsCode()))));
      side(
          row,
          r.baseline(),
          s ->
              DataFormulas.sum(
                  s.actionIds(), DataFormulas.site(DataFormulas.literal(r.odsCode()))));
      ratios(
          row,
          r,
          planned,
          (s, column) ->
              DataFormulas.planned(
                  s.actionIds(), DataFormulas.site(DataFormulas.literal(r.odsCode()))));
      if (staff) {
        StaffComparisonColumns.write(row, r, FOCUS, BASELINE, col -> Optional.empty());
      }
      row.text(note(r) + (staff ? StaffComparisonColumns.note(r) : ""));
    }
    Optional<ComparisonRow> likeForLike = c.likeForLike();
    int lflRow = -1;
    if (likeForLike.isPresent()) {
      ComparisonRow lfl = likeForLike.get();
      Table.Cells row = table.row();
      lflRow = row.index();
      row.text("Like for like: " + lfl.label()).text(LIKE_FOR_LIKE);
      side(row, lfl.focus(), s -> sumOfRows(comparableRows, FOCUS));
      side(row, lfl.baseline(), s -> sumOfRows(comparableRows, BASELINE));
      ratios(row, lfl, planned, (s, column) -> sumOfRows(comparableRows, column));
      if (staff) {
        StaffComparisonColumns.write(
            row, lfl, FOCUS, BASELINE, col -> Optional.of(sumOfRows(comparableRows, col)));
      }
      row.text(
          "The sites that took part in both and sent returns for both, added together: "
              + String.join(", ", c.comparableRows().stream().map(ComparisonRow::label).toList())
              + (lfl.partialNote().isBlank() ? "" : "; " + lfl.partialNote())
              + "."
              + (staff ? StaffComparisonColumns.note(lfl) : ""));
    }
    table.finish();
    if (likeForLike.isPresent()) {
      charts(analysis, sheet, c, likeForLike.get(), lflRow, table.nextRowIndex() + 1);
    }
  }

  /**
   * The sum of a column over the rows given: runs of consecutive rows as ranges ({@code
   * SUM(B6:B9,B12)}), and more than 255 arguments, Excel's limit for SUM, as a SUM of SUMs, so a
   * national pack of a thousand trusts writes a formula Excel and POI both read.
   */
  static String sumOfRows(List<Integer> rows, int column) {
    List<Integer> sorted = rows.stream().sorted().toList();
    List<String> ranges = new java.util.ArrayList<>();
    for (int i = 0; i < sorted.size(); ) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      String from = new CellReference(sorted.get(i), column).formatAsString();
      ranges.add(
          j == i ? from : from + ":" + new CellReference(sorted.get(j), column).formatAsString());
      i = j + 1;
    }
    if (ranges.size() == 1 && !ranges.getFirst().contains(":")) {
      return ranges.getFirst();
    }
    while (ranges.size() > MAX_SUM_ARGUMENTS) {
      List<String> sums = new java.util.ArrayList<>();
      for (int i = 0; i < ranges.size(); i += MAX_SUM_ARGUMENTS) {
        sums.add(
            "SUM("
                + String.join(
                    ",", ranges.subList(i, Math.min(ranges.size(), i + MAX_SUM_ARGUMENTS)))
                + ")");
      }
      ranges = sums;
    }
    return "SUM(" + String.join(",", ranges) + ")";
  }

  /** Excel's limit on the arguments of one function. */
  static final int MAX_SUM_ARGUMENTS = 255;

  private static String note(ComparisonRow r) {
    if (!r.notApplicableReason().isBlank()) {
      return r.label() + " " + r.notApplicableReason() + ".";
    }
    if (!r.partialNote().isBlank()) {
      return "Took part in both and sent returns for both, " + r.partialNote() + ".";
    }
    return "Took part in both and sent returns for both.";
  }

  private static void side(
      Table.Cells row,
      Optional<ComparisonSide> side,
      java.util.function.Function<ComparisonSide, String> total) {
    if (side.isEmpty()) {
      for (int i = 0; i < 5; i++) {
        row.absent(Absent.NOT_APPLICABLE);
      }
      return;
    }
    ComparisonSide s = side.get();
    int first = row.column();
    String count = row.at(first);
    row.countFormula(total.apply(s), s.total()).count(s.days().size()).rate(s.hours());
    row.rateFormula(count + "/" + row.at(first + 1), s.perDay().value())
        .rateFormula(count + "/" + row.at(first + 2), s.perHour().value());
  }

  /**
   * The ratios a day and an hour; with planned activity, each side's planned figure (the formula
   * {@code plannedOf} gives for the side and its column) and the ratio of the rates per 1,000
   * planned.
   */
  private static void ratios(
      Table.Cells row,
      ComparisonRow r,
      boolean planned,
      java.util.function.BiFunction<ComparisonSide, Integer, String> plannedOf) {
    ratio(row, r.ratio(Basis.PER_DAY), row.at(FOCUS + 3) + "/" + row.at(BASELINE + 3));
    ratio(row, r.ratio(Basis.PER_HOUR), row.at(FOCUS + 4) + "/" + row.at(BASELINE + 4));
    if (!planned) {
      return;
    }
    Optional<Ratio> perThousand = r.ratio(Basis.PER_THOUSAND_PLANNED);
    if (perThousand.isEmpty()) {
      row.absent(Absent.NOT_APPLICABLE).absent(Absent.NOT_APPLICABLE);
      row.absent(Absent.NOT_APPLICABLE);
      return;
    }
    ComparisonSide f = r.focus().orElseThrow();
    ComparisonSide b = r.baseline().orElseThrow();
    row.countFormula(plannedOf.apply(f, FOCUS_PLANNED), f.planned().getAsLong());
    row.countFormula(plannedOf.apply(b, BASELINE_PLANNED), b.planned().getAsLong());
    row.ratioFormula(
        "("
            + row.at(FOCUS)
            + "/("
            + row.at(FOCUS_PLANNED)
            + "/1000))/("
            + row.at(BASELINE)
            + "/("
            + row.at(BASELINE_PLANNED)
            + "/1000))",
        perThousand.get().value());
  }

  private static void ratio(Table.Cells row, Optional<Ratio> ratio, String formula) {
    if (ratio.isPresent()) {
      row.ratioFormula(formula, ratio.get().value());
    } else {
      row.absent(Absent.NOT_APPLICABLE);
    }
  }

  /** Two clustered bar charts, a day and an hour of action, each the focus beside the baseline. */
  private static void charts(
      Analysis analysis,
      XSSFSheet sheet,
      Comparison c,
      ComparisonRow lfl,
      int row,
      int firstChartRow) {
    CellRangeAddress category = new CellRangeAddress(row, row, 0, 0);
    String[] label = {"Like for like: " + lfl.label()};
    int place = 0;
    for (Basis basis : List.of(Basis.PER_DAY, Basis.PER_HOUR)) {
      int offset = basis == Basis.PER_DAY ? 3 : 4;
      ComparisonSide f = lfl.focus().orElseThrow();
      ComparisonSide b = lfl.baseline().orElseThrow();
      List<Charts.Series> series =
          List.of(
              series(sheet, FOCUS + offset, row, f.on(basis).value()),
              series(sheet, BASELINE + offset, row, b.on(basis).value()));
      Ratio ratio = lfl.ratio(basis).orElseThrow();
      String title = chartTitle(analysis, basis);
      String alt =
          "Bar chart, like for like ("
              + lfl.label()
              + "): "
              + c.focus().shortLabel()
              + " rescheduled "
              + f.on(basis).describe()
              + " ("
              + f.on(basis).workings()
              + "); "
              + c.baseline().shortLabel()
              + " "
              + b.on(basis).describe()
              + " ("
              + b.on(basis).workings()
              + "): "
              + ratio.describe()
              + ".";
      Charts.bar(
          sheet,
          new Charts.Place(firstChartRow, place, 18, 6),
          title,
          alt,
          false,
          category,
          label,
          series);
      place += 7;
    }
  }

  /**
   * The model's title for the chart on a basis, from the figures: "3.1 times as many a day as the
   * nursing strikes".
   */
  static String chartTitle(Analysis analysis, Basis basis) {
    return basis == Basis.PER_DAY
        ? analysis.chartTitles().comparisonPerDay()
        : analysis.chartTitles().comparisonPerHour();
  }

  private static Charts.Series series(XSSFSheet sheet, int column, int row, double value) {
    String heading = sheet.getRow(0).getCell(column).getStringCellValue();
    return new Charts.Series(
        heading.substring(0, heading.indexOf(':')),
        null,
        new CellRangeAddress(row, row, column, column),
        new Double[] {value});
  }
}
