package io.strikeimpact.reports.text;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.analysis.UnreadableReturn;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis as plain text for the terminal: the action by site and type, the comparison with its
 * bases, the estimate the earlier actions gave against what happened, and every reconciliation
 * warning. The tables are {@link Views}, so csv and JSON carry the same figures.
 */
public final class SummaryText {
  private SummaryText() {}

  /** The summary with no limit on the width of a line. */
  public static String render(Analysis a) {
    return render(a, Wrap.UNLIMITED);
  }

  /** The summary in lines of at most {@code width} characters where the words allow. */
  public static String render(Analysis a, int width) {
    List<Tabular> tables = new ArrayList<>(List.of(Views.sites(a)));
    a.comparison().ifPresent(c -> tables.add(Views.comparison(c)));
    a.estimateAgainstOutcome().ifPresent(o -> tables.add(Views.estimateAgainstOutcome(o)));
    a.monthlyChanges().ifPresent(c -> tables.add(Views.changes(c)));
    tables.addAll(EnglandViews.all(a));
    StringBuilder out = new StringBuilder(OutputFormat.TABLE.write(tables, width)).append('\n');
    if (!a.notes().isEmpty()) {
      out.append("What these figures cover\n");
      a.notes().forEach(n -> out.append(Wrap.paragraph(n, width, "- ", "  ")));
      out.append('\n');
    }
    List<Reconciliation> warnings = a.reconciliationWarnings();
    if (!warnings.isEmpty()) {
      out.append("Reconciliation warnings\n");
      warnings.forEach(r -> out.append(Wrap.paragraph(r.message(), width, "- ", "  ")));
      out.append('\n');
    }
    int rejected = a.dataset().rejectedRows().size();
    int problems = a.dataset().problems().size();
    int unreadable = UnreadableReturn.in(a.dataset()).size();
    if (rejected + problems > 0) {
      out.append(
          Wrap.paragraph(
              "Data quality: "
                  + HouseStyle.quantity(unreadable, "return", "returns")
                  + " could not be read, "
                  + HouseStyle.quantity(problems, "problem", "problems")
                  + ", "
                  + HouseStyle.quantity(rejected, "row", "rows")
                  + " rejected (run `strike-impact validate` for the list).",
              width,
              "",
              ""));
    }
    return out.toString();
  }
}
