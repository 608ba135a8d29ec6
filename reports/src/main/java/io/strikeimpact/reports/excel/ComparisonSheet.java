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
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The focus action against the baseline, site by site, then the like-for-like row last. A site
 * missing from either side is not applicable and says why; it is never 0 or an infinite increase.
 */
final class ComparisonSheet implements PackSheet {
  static final String NAME = "Comparison";
  static final String COMPARABLE = "comparable";
  static final String NOT_COMPARABLE = "not applicable";
  static final String LIKE_FOR_LIKE = "like for like";

  @Override
  public String name() {
    return NAME;
  }

  static List<Column> columns(ActionGroup focus, ActionGroup baseline) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.wrapped("Site", 16));
    columns.add(Column.wrapped("Status", 14));
    columns.addAll(sideColumns(focus.shortLabel()));
    columns.addAll(sideColumns(baseline.shortLabel()));
    String of = " (" + focus.shortLabel() + " ÷ " + baseline.shortLabel() + ")";
    columns.add(Column.figures("Ratio " + Basis.PER_DAY.phrase() + of, 20));
    columns.add(Column.figures("Ratio " + Basis.PER_HOUR.phrase() + of, 20));
    columns.add(Column.wrapped("Note", 50));
    return columns;
  }

  private static List<Column> sideColumns(String label) {
    return List.of(
        Column.figures(label + ": rescheduled", 14),
        Column.figures(label + ": days of action", 12),
        Column.figures(label + ": hours of action", 12),
        Column.figures(label + ": " + Basis.PER_DAY.heading().toLowerCase(Locale.UK), 14),
        Column.figures(label + ": " + Basis.PER_HOUR.heading().toLowerCase(Locale.UK), 14));
  }

  @Override
  public void write(Analysis analysis, XSSFSheet sheet, Styles styles) {
    Optional<Comparison> comparison = analysis.comparison();
    if (comparison.isEmpty()) {
      Table table = new Table(sheet, styles, List.of(Column.wrapped("Note", 80)));
      table.row().text("No comparison: no baseline action has returns to compare " + analysis.focus().describe() + " with.");
      table.finish();
      return;
    }
    Comparison c = comparison.get();
    Table table = new Table(sheet, styles, columns(c.focus(), c.baseline()));
    for (ComparisonRow r : c.rows()) {
      write(table.row(), r, r.label(), r.comparable() ? COMPARABLE : NOT_COMPARABLE, note(r));
    }
    c.likeForLike()
        .ifPresent(
            lfl ->
                write(
                    table.row(),
                    lfl,
                    "Like for like: " + lfl.label(),
                    LIKE_FOR_LIKE,
                    "The sites that took part in both and sent returns for both, added together: "
                        + String.join(", ", c.comparableRows().stream().map(ComparisonRow::label).toList())
                        + "."));
    table.finish();
  }

  private static String note(ComparisonRow r) {
    if (!r.notApplicableReason().isBlank()) {
      return r.label() + " " + r.notApplicableReason() + ".";
    }
    return "Took part in both and sent returns for both.";
  }

  private static void write(Table.Cells row, ComparisonRow r, String site, String status, String note) {
    row.text(site).text(status);
    side(row, r.focus());
    side(row, r.baseline());
    ratio(row, r.ratio(Basis.PER_DAY));
    ratio(row, r.ratio(Basis.PER_HOUR));
    row.text(note);
  }

  private static void side(Table.Cells row, Optional<ComparisonSide> side) {
    if (side.isEmpty()) {
      for (int i = 0; i < 5; i++) {
        row.absent(Absent.NOT_APPLICABLE);
      }
      return;
    }
    ComparisonSide s = side.get();
    row.count(s.total()).count(s.days().size()).rate(s.hours()).rate(s.perDay().value()).rate(s.perHour().value());
  }

  private static void ratio(Table.Cells row, Optional<Ratio> ratio) {
    if (ratio.isPresent()) {
      row.ratio(ratio.get().value());
    } else {
      row.absent(Absent.NOT_APPLICABLE);
    }
  }
}
