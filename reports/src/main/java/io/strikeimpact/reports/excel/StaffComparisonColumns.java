package io.strikeimpact.reports.excel;

import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.ComparisonRow;
import io.strikeimpact.model.analysis.ComparisonSide;
import java.util.List;
import java.util.Optional;

/**
 * The Comparison sheet's columns for the basis per staff-day of action taken part, when some return
 * gives staff figures: each side's staff-days (typed; the staff figures are not on the Data sheet)
 * and the ratio, a formula of the rescheduled and staff-days cells of its row. Where a site or day
 * has no staff figure the cells are "n/a" and the row's note says which.
 */
final class StaffComparisonColumns {
  private StaffComparisonColumns() {}

  static List<Column> columns(ActionGroup focus, ActionGroup baseline) {
    String of = " (" + focus.shortLabel() + " ÷ " + baseline.shortLabel() + ")";
    return List.of(
        Column.figures(Notes.STAFF.on(focus.shortLabel() + ": staff-days taking part"), 14),
        Column.figures(Notes.STAFF.on(baseline.shortLabel() + ": staff-days taking part"), 14),
        Column.figures(Notes.STAFF.on("Ratio " + Basis.PER_STAFF_DAY.phrase() + of), 24));
  }

  /**
   * The staff-days of each side and the ratio. {@code sumOf} gives the like-for-like row's formula
   * over the comparable rows' cells of a column, or empty for a site's row.
   */
  static void write(
      Table.Cells row,
      ComparisonRow r,
      int focusCount,
      int baselineCount,
      java.util.function.IntFunction<Optional<String>> sumOf) {
    int focusDays = row.column();
    int baselineDays = focusDays + 1;
    staffDays(row, r.focus(), sumOf.apply(focusDays));
    staffDays(row, r.baseline(), sumOf.apply(baselineDays));
    r.ratio(Basis.PER_STAFF_DAY)
        .ifPresentOrElse(
            x ->
                row.ratioFormula(
                    "("
                        + row.at(focusCount)
                        + "/"
                        + row.at(focusDays)
                        + ")/("
                        + row.at(baselineCount)
                        + "/"
                        + row.at(baselineDays)
                        + ")",
                    x.value()),
            () -> row.absent(Absent.NOT_APPLICABLE));
  }

  private static void staffDays(
      Table.Cells row, Optional<ComparisonSide> side, Optional<String> sum) {
    var total = side.map(s -> s.staff().total()).orElse(java.util.OptionalLong.empty());
    if (total.isEmpty()) {
      row.absent(Absent.NOT_APPLICABLE);
    } else if (sum.isPresent()) {
      row.countFormula(sum.get(), total.getAsLong());
    } else {
      row.count(total.getAsLong());
    }
  }

  /** What the row's note adds about the basis per staff-day, with a leading space; or nothing. */
  static String note(ComparisonRow r) {
    if (r.staffNotAvailable().isPresent()) {
      return " Per staff-day of action taken part: " + r.staffNotAvailable().get() + ".";
    }
    if (r.ratio(Basis.PER_STAFF_DAY).isPresent() && r.staffIllustrative()) {
      return " The ratio per staff-day of action taken part rests on illustrative staff figures.";
    }
    return "";
  }
}
