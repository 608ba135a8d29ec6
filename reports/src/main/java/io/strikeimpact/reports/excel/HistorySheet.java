package io.strikeimpact.reports.excel;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.ActionTotal;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.TimelineEntry;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Every action of the model's timeline, oldest first, for all sites, in one table: for an action
 * with returns the counts by activity type, the acute total and the running total since the first,
 * with rates a day and an hour; for an action without returns its status ("no returns received",
 * "announced; not yet started") as text in every column of figures, never 0. Then a line chart of
 * the running total through the actions with returns.
 *
 * <p>Counts are SUMIFS over the Data sheet by the action id in column A; the running total adds
 * each action to the last one above with returns; rates divide by the days and hours typed beside
 * them. Days and hours are typed for every action: the calendar's, of the days with figures where
 * an action has returns (a day no return by day gives a figure for is left out, and the last column
 * says so).
 */
final class HistorySheet implements PackSheet {
  static final String NAME = "History";
  static final String TABLE = "History_table";

  static final int ACTION_ID = 0;
  static final int OUTPATIENT = 4;
  static final int ACUTE = 7;
  static final int CUMULATIVE = 8;
  static final int DAYS = 10;
  static final int HOURS = 11;
  static final int WORKED_OVER = 14;
  static final int COVER = 15;

  static final List<Column> COLUMNS =
      List.of(
          Column.of("Action id", 16),
          Column.wrapped("Action", 34),
          Column.figures("First day", 13),
          Column.figures("Last day", 13),
          Column.figures(ActivityType.OUTPATIENT.heading(), 13),
          Column.figures(ActivityType.INPATIENT.heading(), 13),
          Column.figures(Notes.TOTAL_ONLY.on(ActivityType.TOTAL_ONLY.heading()), 18),
          Column.figures(Notes.TIMELINE.on(Notes.UNDERSTATE.on("Acute total (all sites)")), 16),
          Column.figures("Running total since the first action", 16),
          Column.figures("Sites reporting", 12),
          Column.figures(Notes.DAY.on("Days of action"), 12),
          Column.figures(Notes.HOURS.on("Hours of action"), 12),
          Column.figures(Notes.RATES.on(Basis.PER_DAY.heading()), 16),
          Column.figures(Notes.RATES.on(Basis.PER_HOUR.heading()), 16),
          Column.wrapped("Rates worked over", 40),
          Column.wrapped("Figures cover", 48));

  /** The words for rates over every day of the action. */
  static final String EVERY_DAY = "every day of action";

  /** The last column's words for figures from every site that took part, none of them short. */
  static final String EVERY_SITE = "every site that took part";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Every action of the calendar up to the report date and the next announced, oldest first, all sites"
        + " together: figures and the running total for actions with returns, the status for the rest, and a chart.";
  }

  @Override
  public void write(Pack pack, XSSFSheet sheet) {
    Analysis analysis = pack.analysis();
    List<TimelineEntry> timeline = analysis.timeline();
    if (timeline.isEmpty()) {
      Table table = new Table(sheet, pack.styles(), List.of(Column.wrapped("Note", 80)), TABLE);
      table.row().text("No history: no action in the calendar up to this date.");
      table.finish();
      return;
    }
    Table table = new Table(sheet, pack.styles(), COLUMNS, TABLE);
    List<Integer> reportedRows = new ArrayList<>();
    for (TimelineEntry entry : timeline) {
      Table.Cells row = table.row();
      IndustrialAction action = entry.action();
      row.text(action.id()).text(ActionGroup.of(action).title());
      row.date(Optional.of(action.firstDay()), Absent.NOT_GIVEN);
      row.date(Optional.of(action.lastDay()), Absent.NOT_GIVEN);
      if (entry.figures().isEmpty()) {
        // No returns is not zero: the status stands in every column of figures, as text.
        String status = entry.status().label();
        for (int c = OUTPATIENT; c < DAYS; c++) {
          row.absent(status);
        }
        row.count(action.dayCount());
        row.rate(action.hours());
        row.absent(status).absent(status).absent(status).absent(status);
        continue;
      }
      ActionTotal a = entry.figures().get();
      String id = "$A" + (row.index() + 1);
      boolean split =
          a.byType().containsKey(ActivityType.OUTPATIENT)
              || a.byType().containsKey(ActivityType.INPATIENT);
      for (ActivityType type : List.of(ActivityType.OUTPATIENT, ActivityType.INPATIENT)) {
        if (split) {
          row.countFormula(
              DataFormulas.sumifs(DataFormulas.action(id), DataFormulas.type(type)),
              a.byType().getOrDefault(type, 0L));
        } else {
          row.absent(Absent.NOT_SPLIT);
        }
      }
      Long totalOnly = a.byType().get(ActivityType.TOTAL_ONLY);
      if (totalOnly != null) {
        row.countFormula(
            DataFormulas.sumifs(
                DataFormulas.action(id), DataFormulas.type(ActivityType.TOTAL_ONLY)),
            totalOnly);
      } else {
        row.absent(Absent.NOT_APPLICABLE);
      }
      row.countFormula(DataFormulas.sumifs(DataFormulas.action(id)), a.acute());
      // The running total adds this action to the last one above with returns (rows between hold
      // text).
      String cumulative =
          reportedRows.isEmpty()
              ? row.at(ACUTE)
              : row.at(ACUTE)
                  + "+"
                  + new CellAddress(reportedRows.getLast(), CUMULATIVE).formatAsString();
      row.countFormula(cumulative, a.cumulative());
      row.count(a.sitesReporting());
      row.count(Math.round(a.perDay().denominator()));
      row.rate(a.perHour().denominator());
      row.rateFormula(row.at(ACUTE) + "/" + row.at(DAYS), a.perDay().value());
      row.rateFormula(row.at(ACUTE) + "/" + row.at(HOURS), a.perHour().value());
      // The days and hours typed are those with figures: say so where they are fewer than the
      // action's, as the PDF's note does.
      row.text(a.daysNote().orElse(EVERY_DAY));
      // Figures from some of the sites that took part are partial, and so are the rates: say
      // which returns are missing, as the Summary's all-sites row does for the focus.
      row.text(a.partialNote().orElse(EVERY_SITE));
      reportedRows.add(row.index());
    }
    table.finish();
    if (!reportedRows.isEmpty()) {
      chart(analysis, sheet, reportedRows, table.nextRowIndex() + 1);
    }
  }

  /**
   * A line of the running total through the rows with returns only: a text cell would draw as 0.
   */
  private static void chart(
      Analysis analysis, XSSFSheet sheet, List<Integer> reportedRows, int firstRow) {
    List<ActionTotal> history = analysis.history();
    String[] labels = history.stream().map(a -> a.action().title()).toArray(String[]::new);
    Double[] values = history.stream().map(a -> (double) a.cumulative()).toArray(Double[]::new);
    String title = analysis.chartTitles().runningTotal();
    String alt =
        "Line chart of the running total of activity rescheduled, all sites, action by action with returns: "
            + String.join(
                "; ",
                history.stream()
                    .map(a -> a.action().shortLabel() + " " + HouseStyle.count(a.cumulative()))
                    .toList())
            + ". Actions without returns are listed in the table with their status and are not drawn.";
    Charts.line(
        sheet,
        new Charts.Place(firstRow, 0, 18, 8),
        title,
        alt,
        areas(reportedRows, ACTION_ID + 1),
        labels,
        List.of(
            new Charts.Series(
                "Running total since the first action",
                null,
                areas(reportedRows, CUMULATIVE),
                values)));
  }

  /** The rows as few ranges as they allow, in a column: rows 1, 2, 3 and 5 are two ranges. */
  static List<CellRangeAddress> areas(List<Integer> rows, int column) {
    List<CellRangeAddress> areas = new ArrayList<>();
    int first = rows.getFirst();
    int previous = first;
    for (int r : rows.subList(1, rows.size())) {
      if (r != previous + 1) {
        areas.add(new CellRangeAddress(first, previous, column, column));
        first = r;
      }
      previous = r;
    }
    areas.add(new CellRangeAddress(first, previous, column, column));
    return areas;
  }
}
