package io.strikeimpact.cli;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.EstimateAgainstOutcome;
import io.strikeimpact.model.analysis.Projection;
import io.strikeimpact.model.text.HouseStyle;
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
      "  strike-impact forecast --hours 96 --format json",
      "  strike-impact forecast --action bma-jd-2023-04",
      "",
      "With --action, the action named: an estimate for it when it has no returns yet, or, when it",
      "has returns, the estimate the earlier actions gave for it beside what it rescheduled."
    },
    mixinStandardHelpOptions = true)
final class ForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin FormatOption format;

  @Override
  public Integer call() {
    Analysis a = input.analyse(spec.commandLine().getErr());
    if (input.actionGiven() && a.focus().actions().size() == 1 && a.allSites().reported()) {
      // The action asked about has returns: show what the earlier actions estimated beside what
      // happened, rather than forecasting some other action.
      EstimateAgainstOutcome o =
          a.estimateAgainstOutcome()
              .orElseThrow(
                  () ->
                      new UserError(
                          ExitCodes.USAGE,
                          HouseStyle.capitalise(a.focus().describe())
                              + " has returns, and no earlier "
                              + a.focus().noun()
                              + " has returns at the same sites to estimate it from, so there is"
                              + " no estimate to set beside what happened. Fix: leave out --action"
                              + " to estimate the next action, or give an action without returns."));
      format.print(spec.commandLine().getOut(), List.of(Views.estimateAgainstOutcome(o)));
      return ExitCodes.OK;
    }
    if (input.actionGiven() && a.projection().isEmpty()) {
      throw new UserError(
          ExitCodes.USAGE,
          "No earlier action of the same staff groups as "
              + a.focus().describe()
              + " has returns, so there is nothing to estimate it from. Fix: add the returns of an"
              + " earlier such action, or give another action with --action.");
    }
    if (a.projection().isEmpty() && !input.types.isEmpty()) {
      // The type filter is the likelier cause: the comparable actions' returns may hold none of
      // the types asked for, which "the calendar has none without returns" would hide.
      throw new UserError(
          ExitCodes.USAGE,
          "No estimate for the types asked for ("
              + input.types.stream()
                  .map(t -> t.heading().toLowerCase(java.util.Locale.UK))
                  .distinct()
                  .collect(java.util.stream.Collectors.joining(", "))
              + "): no earlier action of the same staff groups as the next one has returns of"
              + " those types, or the calendar has no action after "
              + a.focus().describe()
              + " without returns. Fix: leave out --type, or give the types the returns hold.");
    }
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
