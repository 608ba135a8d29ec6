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
    Map<String, Long> cumulativeBySite) {
  public ActionTotal {
    byType = Map.copyOf(byType);
    bySite = Map.copyOf(bySite);
    cumulativeBySite = Map.copyOf(cumulativeBySite);
  }
}
