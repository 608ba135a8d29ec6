package io.strikeimpact.cli;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Comparison;
import io.strikeimpact.reports.text.Tabular;
import io.strikeimpact.reports.text.Views;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints one action or group against another, like for like, on both bases. */
@Command(
    name = "compare",
    header =
        "Compare one action or group with another, like for like, a day and an hour of action.",
    description =
        "Only sites that sent returns for both sides are compared; every other site is named with"
            + " the reason it is left out. Ratios are the first rate over the second on the same basis.",
    footer = {
      "",
      "Examples:",
      "  strike-impact compare",
      "  strike-impact compare --action bma-jd-2023-03 --baseline nursing-2023 --format csv"
    },
    mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin FormatOption format;

  @Override
  public Integer call() {
    Analysis a = input.analyse(spec.commandLine().getErr());
    Comparison c =
        a.comparison()
            .orElseThrow(
                () ->
                    new UserError(
                        ExitCodes.USAGE,
                        "Nothing to compare "
                            + a.focus().describe()
                            + " with: no earlier nursing strike has returns."
                            + " Fix: name the other side with --baseline, e.g. --baseline nursing-2023."));
    // What the figures cover (a group narrowed to its actions with returns, a day a return by day
    // lacks) goes with the table, as in the summary: the rates' basis is not all in their heading.
    List<Tabular> tables = new ArrayList<>(List.of(Views.comparison(c)));
    Views.notes(a).ifPresent(tables::add);
    format.print(spec.commandLine().getOut(), tables);
    return ExitCodes.OK;
  }
}
