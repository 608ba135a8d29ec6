package io.strikeimpact.reports.excel;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.analysis.ActionTotal;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.text.HouseStyle;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Every action with returns, oldest first, for all sites: counts by activity type, the acute total
 * and the running total since the first, with rates a day and an hour; then a line chart of the
 * running total.
 *
 * <p>Counts are SUMIFS over the Data sheet by the action id in column A; the running total adds
 * each action to the one above; rates divide by the days and hours typed beside them.
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

  static final List<Column> COLUMNS =
      List.of(
          Column.of("Action id", 16),
          Column.wrapped("Action", 34),
          Column.figures("First day", 13),
          Column.figures("Last day", 13),
          Column.figures(ActivityType.OUTPATIENT.heading(), 13),
          Column.figures(ActivityType.INPATIENT.heading(), 13),
          Column.figures(Notes.TOTAL_ONLY.on(ActivityType.TOTAL_ONLY.heading()), 18),
          Column.figures(Notes.UNDERSTATE.on("Acute total (all sites)"), 14),
          Column.figures("Running total since the first action", 16),
          Column.figures("Sites reporting", 12),
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
    return "Every action with returns, oldest first, all sites together, with the running total and a chart of it.";
  }

  @Override
  public void write(Pack pack, XSSFSheet sheet) {
    Analysis analysis = pack.analysis();
    List<ActionTotal> history = analysis.history();
    if (history.isEmpty()) {
      Table table = new Table(sheet, pack.styles(), List.of(Column.wrapped("Note", 80)), TABLE);
      table.row().text("No history: no action has returns.");
      table.finish();
      return;
    }
    Table table = new Table(sheet, pack.styles(), COLUMNS, TABLE);
    for (ActionTotal a : history) {
      Table.Cells row = table.row();
      String id = "$A" + (row.index() + 1);
      row.text(a.action().id()).text(a.action().title());
      row.date(java.util.Optional.of(a.action().days().getFirst()), Absent.NOT_GIVEN);
      row.date(java.util.Optional.of(a.action().days().getLast()), Absent.NOT_GIVEN);
      boolean split = a.byType().containsKey(ActivityType.OUTPATIENT) || a.byType().containsKey(ActivityType.INPATIENT);
      for (ActivityType type : List.of(ActivityType.OUTPATIENT, ActivityType.INPATIENT)) {
        if (split) {
          row.countFormula(DataFormulas.sumifs(DataFormulas.action(id), DataFormulas.type(type)), a.byType().getOrDefault(type, 0L));
        } else {
          row.absent(Absent.NOT_SPLIT);
        }
      }
      Long totalOnly = a.byType().get(ActivityType.TOTAL_ONLY);
      if (totalOnly != null) {
        row.countFormula(DataFormulas.sumifs(DataFormulas.action(id), DataFormulas.type(ActivityType.TOTAL_ONLY)), totalOnly);
      } else {
        row.absent(Absent.NOT_APPLICABLE);
      }
      row.countFormula(DataFormulas.sumifs(DataFormulas.action(id)), a.acute());
      String cumulative =
          row.index() == 1 ? row.at(ACUTE) : row.at(ACUTE) + "+" + new org.apache.poi.ss.util.CellAddress(row.index() - 1, CUMULATIVE).formatAsString();
      row.countFormula(cumulative, a.cumulative());
      row.count(a.sitesReporting());
      row.count(Math.round(a.perDay().denominator()));
      row.rate(a.perHour().denominator());
      row.rateFormula(row.at(ACUTE) + "/" + row.at(DAYS), a.perDay().value());
      row.rateFormula(row.at(ACUTE) + "/" + row.at(HOURS), a.perHour().value());
    }
    table.finish();
    chart(sheet, history, table.nextRowIndex() + 1);
  }

  private static void chart(XSSFSheet sheet, List<ActionTotal> history, int firstRow) {
    int last = history.size();
    String[] labels = history.stream().map(a -> a.action().title()).toArray(String[]::new);
    Double[] values = history.stream().map(a -> (double) a.cumulative()).toArray(Double[]::new);
    ActionTotal latest = history.getLast();
    String title = "Running total reached " + HouseStyle.count(latest.cumulative()) + " after "
        + HouseStyle.quantity(history.size(), "action", "actions");
    String alt =
        "Line chart of the running total of activity rescheduled, all sites, action by action: "
            + String.join("; ", history.stream().map(a -> a.action().shortLabel() + " " + HouseStyle.count(a.cumulative())).toList())
            + ".";
    Charts.line(
        sheet, new Charts.Place(firstRow, 0, 18, 8), title, alt,
        new CellRangeAddress(1, last, ACTION_ID + 1, ACTION_ID + 1), labels,
        List.of(new Charts.Series("Running total since the first action", null,
            new CellRangeAddress(1, last, CUMULATIVE, CUMULATIVE), values)));
  }
}
