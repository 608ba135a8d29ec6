package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import java.util.Map;

/**
 * The all-sites figures for one action in the history: every action with returns, in order, with
 * the running total since the first.
 *
 * @param acute inpatient plus outpatient plus total-only returns, as NHS England counts acute
 *     activity
 * @param cumulative the acute total of this and every earlier action
 * @param sitesReporting how many sites sent figures for it
 * @param bySite the acute total of each reporting site, by ODS code
 * @param cumulativeBySite each site's acute total of this and every earlier action, by ODS code; a
 *     site appears once it has reported for any action
 * @param days the days of the action with figures from any site, whose days and hours the rates
 *     divide by: a day that every return by day lacks is no day on which none was rescheduled
 */
public record ActionTotal(
    ActionGroup action,
    Map<ActivityType, Long> byType,
    long acute,
    long cumulative,
    int sitesReporting,
    Rate perDay,
    Rate perHour,
    Map<String, Long> bySite,
    Map<String, Long> cumulativeBySite,
    DaysWithFigures days) {
  public ActionTotal {
    java.util.Objects.requireNonNull(days, "days");
    byType = Map.copyOf(byType);
    bySite = Map.copyOf(bySite);
    cumulativeBySite = Map.copyOf(cumulativeBySite);
  }

  /**
   * "No return by day gives a figure for 19 January 2023: the rates are worked over the 3 days with
   * figures (18 January and 6 and 7 February 2023, 36 hours), not all 4". Empty when the figures
   * cover every day of the action.
   */
  public java.util.Optional<String> daysNote() {
    return days.partial()
        ? java.util.Optional.of(
            "No return by day gives a figure for "
                + io.strikeimpact.model.text.HouseStyle.days(days.missing())
                + ": the rates are worked over "
                + days.workedOver())
        : java.util.Optional.empty();
  }
}
