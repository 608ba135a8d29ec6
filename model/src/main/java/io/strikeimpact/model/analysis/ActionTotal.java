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
 * @param partial what the all-sites figures lack: sites that took part (or may have) without
 *     figures, and sites whose figures are short, by the one rule of {@link PartialTotal}
 * @param without each site in scope with no figures for the action, by ODS code: its row, whose
 *     standing (no return, a return refused, did not take part) and status text a table by site
 *     shows, never calling one the other
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
    DaysWithFigures days,
    PartialTotal partial,
    Map<String, SiteBreakdown> without) {
  public ActionTotal {
    java.util.Objects.requireNonNull(days, "days");
    java.util.Objects.requireNonNull(partial, "partial");
    without = Map.copyOf(without);
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

  /**
   * "partial: QEH and JPUH took part but sent no return", "partial: JPUH's return could not be read
   * (see Data quality)": what the all-sites figures and rates lack, or empty when they lack
   * nothing.
   */
  public java.util.Optional<String> partialNote() {
    return partial.partial()
        ? java.util.Optional.of(partial.statusText())
        : java.util.Optional.empty();
  }
}
