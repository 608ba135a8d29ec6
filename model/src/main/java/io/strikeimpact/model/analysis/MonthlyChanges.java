package io.strikeimpact.model.analysis;

import java.time.YearMonth;
import java.util.List;

/**
 * What changed since the pack for the month before: actions with returns that the earlier pack
 * did not have, and figures for earlier actions that differ from what it showed.
 */
public record MonthlyChanges(YearMonth month, List<ActionTotal> newActions, List<Revision> revisions) {
  public MonthlyChanges {
    newActions = List.copyOf(newActions);
    revisions = List.copyOf(revisions);
  }

  /** An action whose all-sites figure differs from the earlier pack's. */
  public record Revision(ActionGroup action, long before, long now) {
    public long change() {
      return now - before;
    }
  }
}
