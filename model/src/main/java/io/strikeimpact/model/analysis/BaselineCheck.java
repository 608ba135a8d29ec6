package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses a comparison that can only mislead: an action against itself, an action inside its own
 * baseline (its figures on both sides of the ratio), or a baseline no site sent figures for.
 */
final class BaselineCheck {
  private BaselineCheck() {}

  /**
   * @param inMonth the data before --from and --to, to tell a baseline without returns from one the
   *     dates asked for leave out
   * @throws IllegalArgumentException with the reason and a fix
   */
  static void refuseNonsense(
      Dataset inMonth, Dataset dated, ActionGroup focus, ActionGroup baseline) {
    Set<String> focusIds = focus.actionIds();
    Set<String> baselineIds = baseline.actionIds();
    if (focusIds.equals(baselineIds)) {
      throw new IllegalArgumentException(
          "--baseline "
              + baseline.id()
              + " is the action reported on ("
              + focus.describe()
              + "): an action compared with itself is always 1 times. Fix: give another action or"
              + " group with --baseline, or leave it out to compare with the nursing strikes.");
    }
    List<String> inBoth =
        focus.actions().stream()
            .map(IndustrialAction::id)
            .filter(baselineIds::contains)
            .sorted()
            .toList();
    if (!inBoth.isEmpty()) {
      throw new IllegalArgumentException(
          "--baseline "
              + baseline.id()
              + " includes "
              + String.join(", ", inBoth)
              + ", which is part of what is reported on ("
              + focus.id()
              + "): its figures would be on both sides of the ratio. Fix: take "
              + String.join(", ", inBoth)
              + " out of --baseline.");
    }
    if (!hasFigures(dated, baselineIds)) {
      boolean datesLeaveOut = hasFigures(inMonth, baselineIds);
      throw new IllegalArgumentException(
          "--baseline "
              + baseline.id()
              + " has no figures from any site"
              + (datesLeaveOut
                  ? ": --from or --to leave out its returns"
                  : ": no return covers " + baseline.describe())
              + ", so there is nothing to compare with. Fix: "
              + (datesLeaveOut
                  ? "widen --from and --to to take in its dates."
                  : "give a baseline with returns: " + withReturns(dated) + "."));
    }
  }

  private static boolean hasFigures(Dataset d, Set<String> ids) {
    return d.counts().stream().map(DisruptionCount::actionId).anyMatch(ids::contains);
  }

  private static String withReturns(Dataset d) {
    Set<String> ids = ImpactAnalysis.actionsWithReturns(d);
    return d.calendar().actions().stream()
        .map(IndustrialAction::id)
        .filter(ids::contains)
        .collect(Collectors.joining(", "));
  }
}
