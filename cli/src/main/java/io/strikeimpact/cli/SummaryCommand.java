package io.strikeimpact.cli;

import io.strikeimpact.reports.text.SummaryText;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the site table and the comparison to the terminal. */
@Command(
    name = "summary",
    header = "Print the figures by site and the comparison with the nursing strikes.",
    description = "Reads the returns and prints the focus action by site and type, the comparison"
        + " with its bases, and any reconciliation warnings. Writes no file.",
    footer = {"", "Examples:", "  strike-impact summary", "  strike-impact summary --data /shared/returns --action bma-jd-2023-03"},
    mixinStandardHelpOptions = true)
final class SummaryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptionsMixin input;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(SummaryText.render(input.options.analyse()));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
