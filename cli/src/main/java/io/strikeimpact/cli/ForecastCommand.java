package io.strikeimpact.cli;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Projection;
import io.strikeimpact.reports.text.Views;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the estimate for the next action, by site and type, with its range and method. */
@Command(
    name = "forecast",
    header = "Estimate what the next action will reschedule, by site and type, with a range.",
    description =
        "The rate an hour of action of comparable past actions (same staff group) times the hours of"
            + " the next action in the calendar, or the hours given with --hours. Always an estimate.",
    footer = {
      "",
      "Examples:",
      "  strike-impact forecast",
      "  strike-impact forecast --hours 96 --format json"
    },
    mixinStandardHelpOptions = true)
final class ForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin FormatOption format;

  @Override
  public Integer call() {
    Analysis a = input.analyse(spec.commandLine().getErr());
    Projection p =
        a.projection()
            .orElseThrow(
                () ->
                    new UserError(
                        ExitCodes.USAGE,
                        "No action to project after "
                            + a.focus().describe()
                            + ": the calendar has none without returns."
                            + " Fix: give its length with --hours, e.g. --hours 96."));
    format.print(spec.commandLine().getOut(), List.of(Views.projection(p)));
    return ExitCodes.OK;
  }
}
