package io.strikeimpact.cli;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.reports.text.EnglandViews;
import io.strikeimpact.reports.text.SummaryText;
import io.strikeimpact.reports.text.Tabular;
import io.strikeimpact.reports.text.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the site table and the comparison to the terminal. */
@Command(
    name = "summary",
    header = "Print the figures by site and the comparison with the nursing strikes.",
    description =
        "Reads the returns and prints the action by site and type, the comparison with its"
            + " bases, and any reconciliation warnings; with --month, what changed since the month"
            + " before. Writes no file.",
    footer = {
      "",
      "Examples:",
      "  strike-impact summary",
      "  strike-impact summary --site N&N --format json",
      "  strike-impact summary --data /shared/returns --action bma-jd-2023-03 --baseline nursing-2023"
    },
    mixinStandardHelpOptions = true)
final class SummaryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin FormatOption format;

  @Override
  public Integer call() {
    Analysis a = input.analyse(spec.commandLine().getErr());
    if (format.isTable()) {
      spec.commandLine().getOut().print(SummaryText.render(a, format.width()));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
    List<Tabular> tables = new ArrayList<>(List.of(Views.sites(a)));
    Views.notes(a).ifPresent(tables::add);
    a.comparison().ifPresent(c -> tables.add(Views.comparison(c)));
    a.estimateAgainstOutcome().ifPresent(o -> tables.add(Views.estimateAgainstOutcome(o)));
    a.monthlyChanges().ifPresent(c -> tables.add(Views.changes(c)));
    tables.addAll(EnglandViews.all(a));
    tables.add(Views.problems(a.dataset(), a.reconciliations()));
    format.print(spec.commandLine().getOut(), tables);
    return ExitCodes.OK;
  }
}
