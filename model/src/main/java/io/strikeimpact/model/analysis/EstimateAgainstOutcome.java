package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The estimate the earlier actions gave for an action that now has returns, beside what happened,
 * site by site: a board learns from it how far to trust the next estimate.
 *
 * @param estimate the projection made from the comparable actions before it, over its own hours
 * @param sites each site with both an estimate and returns for the action
 * @param allSites those sites together
 */
public record EstimateAgainstOutcome(Projection estimate, List<Outcome> sites, Outcome allSites) {

  public EstimateAgainstOutcome {
    Objects.requireNonNull(estimate, "estimate");
    sites = List.copyOf(sites);
    Objects.requireNonNull(allSites, "allSites");
  }

  /** One site's estimate and count. */
  public record Outcome(String odsCode, String label, double estimated, long rescheduled) {
    /** Rescheduled less estimated: negative when fewer were rescheduled than estimated. */
    public double difference() {
      return rescheduled - estimated;
    }

    /** "estimated 6,301; 6,050 rescheduled, 251 fewer (4%)". */
    public String describe() {
      long est = Math.round(estimated);
      long diff = rescheduled - est;
      String how =
          diff == 0
              ? "as estimated"
              : HouseStyle.count(Math.abs(diff))
                  + (diff > 0 ? " more" : " fewer")
                  + (est > 0 ? " (" + HouseStyle.percent(Math.abs(diff) / (double) est) + ")" : "");
      return "estimated "
          + HouseStyle.count(est)
          + "; "
          + HouseStyle.count(rescheduled)
          + " rescheduled, "
          + how;
    }
  }

  /** Sets each projected site's count beside its estimate; the sites without returns drop out. */
  static EstimateAgainstOutcome of(Projection estimate, Dataset dataset) {
    String actionId = estimate.action().id();
    List<Outcome> rows = new ArrayList<>();
    for (SiteProjection p : estimate.sites()) {
      var counts = Counts.of(dataset.counts(), p.odsCode(), Set.of(actionId));
      if (!counts.isEmpty()) {
        rows.add(new Outcome(p.odsCode(), p.label(), p.total().central(), Counts.total(counts)));
      }
    }
    // Like for like: the all-sites row adds up only the sites that have both figures.
    Outcome all =
        new Outcome(
            "",
            estimate.allSites().label(),
            rows.stream().mapToDouble(Outcome::estimated).sum(),
            rows.stream().mapToLong(Outcome::rescheduled).sum());
    return new EstimateAgainstOutcome(estimate, rows, all);
  }

  /** The method and what it compares, for notes beside the figures. */
  public String method() {
    return "What the earlier actions gave as an estimate for "
        + estimate.describeAction()
        + ", set beside what the returns say it rescheduled, at the sites with both. "
        + estimate.method();
  }
}
