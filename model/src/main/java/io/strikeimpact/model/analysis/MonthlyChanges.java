package io.strikeimpact.model.analysis;

import java.time.YearMonth;
import java.util.List;

/**
 * What changed since the pack for the month before: actions with returns that the earlier pack did
 * not have, and figures revised by a return dated within the month (a revision whose file name
 * gives no date cannot be placed in a month; it is listed under data quality).
 */
public record MonthlyChanges(
    YearMonth month, List<ActionTotal> newActions, List<Revision> revisions) {
  public MonthlyChanges {
    newActions = List.copyOf(newActions);
    revisions = List.copyOf(revisions);
  }

  /** "the pack for January 2023": what the changes are since, as every output says it. */
  public String since() {
    return "the pack for "
        + io.strikeimpact.model.text.HouseStyle.month(month.minusMonths(1).atDay(1));
  }

  /** A site's figure for an action, revised by a later return. */
  public record Revision(ActionGroup action, String siteLabel, long before, long now, String file) {
    public long change() {
      return now - before;
    }
  }
}
