package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Participation;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The returns a local running total lacks: for each action up to the one it runs to, the sites that
 * took part (by the register) and gave no figures. England's running total counts those actions; a
 * local one without them is not its like, so a share of the two would be too low by an unknown
 * amount.
 */
final class RunningGaps {
  private RunningGaps() {}

  /**
   * "the local running total lacks returns for the nursing strike of 18 and 19 January 2023 (N&N)
   * and ...", or empty when every site that took part in every action so far has figures.
   */
  static String upTo(Dataset dataset, List<TimelineEntry> timeline, String lastActionId) {
    List<String> missing = new ArrayList<>();
    Participations participations = new Participations(dataset);
    boolean anyRefused = false;
    for (TimelineEntry e : timeline) {
      IndustrialAction action = e.action();
      if (e.status() == TimelineEntry.Status.REPORTED
          || e.status() == TimelineEntry.Status.NO_RETURNS
          || e.status() == TimelineEntry.Status.NOT_READ) {
        List<String> sites =
            dataset.participation().entries().stream()
                .filter(p -> p.actionId().equals(action.id()))
                .filter(p -> p.participation() == Participation.TOOK_PART)
                .map(p -> p.odsCode())
                .filter(site -> dataset.site(site).isPresent())
                .filter(site -> !reported(dataset, site, action.id()))
                .distinct()
                .map(site -> label(dataset, participations, site, action))
                .toList();
        anyRefused |= sites.stream().anyMatch(l -> l.endsWith(REFUSED));
        if (!sites.isEmpty()) {
          missing.add(
              ActionGroup.of(action).describe() + " (" + HouseStyle.joinWithAnd(sites) + ")");
        }
      }
      if (action.id().equals(lastActionId)) {
        break;
      }
    }
    return missing.isEmpty()
        ? ""
        : "the local running total lacks "
            + (anyRefused ? "figures" : "returns")
            + " for "
            + HouseStyle.joinWithAnd(missing);
  }

  private static final String REFUSED = "was refused; see Data quality";

  /**
   * "QEH", or "QEH, whose return (returns/RCX/qeh.xlsx) was refused; see Data quality" for a site
   * that sent a return that could not be read: it is never counted among those with no return.
   */
  private static String label(
      Dataset dataset, Participations participations, String site, IndustrialAction action) {
    return participations.status(site, action) == SiteStatus.UNREADABLE
        ? participations
            .unreadableFrom(site, action)
            .map(u -> dataset.siteLabel(site) + ", whose return " + u.file() + " " + REFUSED)
            .orElse(dataset.siteLabel(site))
        : dataset.siteLabel(site);
  }

  private static boolean reported(Dataset dataset, String site, String actionId) {
    for (DisruptionCount c : dataset.counts()) {
      if (c.odsCode().equals(site) && c.actionId().equals(actionId)) {
        return true;
      }
    }
    return false;
  }
}
