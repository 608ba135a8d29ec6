package io.strikeimpact.cli;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.analysis.StatedTotalsNotRead;
import io.strikeimpact.model.text.HouseStyle;
import io.strikeimpact.reports.text.Tabular;
import io.strikeimpact.reports.text.Views;
import io.strikeimpact.reports.text.Wrap;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Reads the returns and reports every problem; writes nothing else. */
@Command(
    name = "validate",
    header = "Read the returns and report every problem; write nothing.",
    description =
        "Lists each problem with its file, sheet and cell, what was found, what was expected and the"
            + " fix, and every stated total that does not agree with its parts. With --strict, errors end the run"
            + " with exit code 1.",
    footer = {
      "",
      "Examples:",
      "  strike-impact validate --data /shared/returns",
      "  strike-impact validate --data /shared/returns --strict --format csv > problems.csv"
    },
    mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin FormatOption format;

  @Override
  public Integer call() {
    Dataset d = input.dataset(spec.commandLine().getErr());
    List<Reconciliation> reconciliations = ImpactAnalysis.reconcile(d);
    PrintWriter out = spec.commandLine().getOut();
    Tabular problems = Views.problems(d, reconciliations);
    if (format.isTable() && problems.rows().isEmpty()) {
      out.println("Problems in the data: none.");
    } else {
      format.print(out, List.of(problems));
    }
    if (format.isTable()) {
      int width = format.width();
      // a line-level filter's rows left out, so a count smaller than the extract is explained
      d.sources().stream()
          .filter(f -> f.notCounted().total() > 0)
          .forEach(
              f -> out.print(Wrap.paragraph(f.name() + ": " + f.rowsSummary(), width, "", "  ")));
      long errors = d.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
      long warnings = d.problems().size() - errors;
      out.print(
          Wrap.paragraph(
              HouseStyle.quantity(
                      d.sources().stream().map(s -> s.name()).distinct().count(), "file", "files")
                  + " read; "
                  + HouseStyle.quantity(errors, "error", "errors")
                  + ", "
                  + HouseStyle.quantity(warnings, "warning", "warnings")
                  + ", "
                  + HouseStyle.quantity(d.rejectedRows().size(), "row", "rows")
                  + " rejected; "
                  + statedTotals(reconciliations, StatedTotalsNotRead.in(d))
                  + ".",
              width,
              "",
              ""));
      out.flush();
    }
    return ExitCodes.OK;
  }

  /**
   * "no stated totals to check", "2 stated totals checked, both agree with their parts", "1 of 4
   * stated totals does not agree with its parts", each followed by the stated totals that could not
   * be read, which were never checked and so must not hide inside "all agree".
   */
  static String statedTotals(List<Reconciliation> reconciliations, StatedTotalsNotRead notRead) {
    String checked = statedTotals(reconciliations);
    if (notRead.none()) {
      return checked;
    }
    return reconciliations.isEmpty() ? notRead.describe() : checked + "; " + notRead.describe();
  }

  private static String statedTotals(List<Reconciliation> reconciliations) {
    long checked = reconciliations.size();
    long disagreeing = reconciliations.stream().filter(Reconciliation::disagrees).count();
    // A total that could not be checked neither agrees nor disagrees: it is counted apart.
    long unchecked = reconciliations.stream().filter(r -> !r.checkable()).count();
    if (checked == 0) {
      return "no stated totals to check";
    }
    String notChecked = unchecked == 0 ? "" : ", " + unchecked + " not checked (see the list)";
    if (disagreeing == 0 && unchecked == 0) {
      return HouseStyle.quantity(checked, "stated total", "stated totals")
          + " checked, "
          + (checked == 1
              ? "it agrees with its parts"
              : checked == 2 ? "both agree with their parts" : "all agree with their parts");
    }
    if (disagreeing == 0) {
      return HouseStyle.quantity(checked, "stated total", "stated totals")
          + ", none found to disagree with its parts"
          + notChecked;
    }
    return disagreeing
        + " of "
        + HouseStyle.quantity(checked, "stated total", "stated totals")
        + (disagreeing == 1 ? " does not agree with its parts" : " do not agree with their parts")
        + notChecked;
  }
}
