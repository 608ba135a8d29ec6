package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Participation;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.StatedTotal;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a return's running totals (cumulative totals since the first action) step by step, as
 * England's are checked: each against the running total before it, for the same site and type, plus
 * the returns of the actions between; the first against the sum of the returns since the first
 * action. A step is not checked, and says why, when an action it adds has no return from a site
 * that took part (or whose part is not known): a sum without it would understate, and a difference
 * would be blamed on the wrong total.
 */
final class RunningTotals {
  private final Dataset dataset;

  RunningTotals(Dataset dataset) {
    this.dataset = dataset;
  }

  /** One check per running total, in the order of the actions each runs to. */
  List<Reconciliation> check(List<StatedTotal> running) {
    Map<String, List<StatedTotal>> series = new LinkedHashMap<>();
    for (StatedTotal t : running) {
      series
          .computeIfAbsent(
              t.scope().odsCode().orElse("") + "|" + t.scope().type().map(Enum::name).orElse(""),
              k -> new ArrayList<>())
          .add(t);
    }
    List<Reconciliation> out = new ArrayList<>();
    for (List<StatedTotal> s : series.values()) {
      List<StatedTotal> ordered =
          s.stream().sorted(Comparator.comparing(t -> action(t).start())).toList();
      Optional<StatedTotal> previous = Optional.empty();
      for (StatedTotal t : ordered) {
        out.add(step(t, previous));
        previous = Optional.of(t);
      }
    }
    return out;
  }

  private Reconciliation step(StatedTotal t, Optional<StatedTotal> previous) {
    Set<String> before = previous.map(p -> p.scope().actionIds()).orElse(Set.of());
    List<IndustrialAction> between =
        dataset.calendar().actions().stream()
            .filter(a -> t.scope().actionIds().contains(a.id()) && !before.contains(a.id()))
            .toList();
    Optional<String> site = t.scope().odsCode();
    Optional<ActivityType> type = t.scope().type();
    List<DisruptionCount> parts =
        dataset.counts().stream()
            .filter(c -> between.stream().anyMatch(a -> a.id().equals(c.actionId())))
            .filter(c -> site.map(c.odsCode()::equals).orElse(true))
            .filter(c -> type.map(c.type()::equals).orElse(true))
            .toList();
    List<String> missing = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    Participations participations = new Participations(dataset);
    for (IndustrialAction a : between) {
      List<String> without = new ArrayList<>();
      for (Site s : sites(site)) {
        boolean returned =
            dataset.counts().stream()
                .anyMatch(c -> c.actionId().equals(a.id()) && c.odsCode().equals(s.odsCode()));
        if (returned
            || dataset.participation().of(s.odsCode(), a.id()) == Participation.DID_NOT_TAKE_PART) {
          continue;
        }
        // A site whose return for it was refused sent one: never "no return from" it.
        Optional<UnreadableReturn> unread =
            participations.status(s.odsCode(), a) == SiteStatus.UNREADABLE
                ? participations.unreadableFrom(s.odsCode(), a)
                : Optional.empty();
        if (unread.isPresent()) {
          refused.add(
              s.abbreviation()
                  + " for "
                  + ActionGroup.of(a).describe()
                  + " ("
                  + unread.get().file()
                  + ")");
        } else {
          without.add(s.abbreviation());
        }
      }
      if (!without.isEmpty()) {
        missing.add(HouseStyle.joinWithAnd(without) + " for " + ActionGroup.of(a).describe());
      }
    }
    List<String> reasons = new ArrayList<>();
    if (!missing.isEmpty()) {
      reasons.add(
          "no return from "
              + HouseStyle.joinWithAnd(missing)
              + ", which it counts (a site that did not take part is marked so in"
              + " reference/participation.csv)");
    }
    if (!refused.isEmpty()) {
      reasons.add(
          "the "
              + (refused.size() == 1 ? "return" : "returns")
              + " of "
              + HouseStyle.joinWithAnd(refused)
              + ", which it counts, "
              + (refused.size() == 1 ? "was" : "were")
              + " refused; see Data quality");
    }
    String uncheckable = String.join("; and ", reasons);
    long summed = Counts.total(parts) + previous.map(StatedTotal::stated).orElse(0L);
    String where = site.map(dataset::siteLabel).orElse("all sites");
    String scope =
        "the running total since the first action to "
            + ActionGroup.of(action(t)).describe()
            + ", "
            + where
            + type.map(x -> ", " + x.description()).orElse("");
    return new Reconciliation(
        t,
        scope,
        summed,
        parts.size(),
        parts.stream().map(c -> c.provenance().file()).distinct().sorted().toList(),
        previous,
        uncheckable,
        0);
  }

  /**
   * The site of a running total, or for all sites the sites the pack is about ({@link
   * Participations#mentions}): an organisation in sites.csv that reports nothing (the ICB itself)
   * is no site whose return is missing.
   */
  private List<Site> sites(Optional<String> site) {
    if (site.isPresent()) {
      return dataset.site(site.get()).map(List::of).orElse(List.of());
    }
    Participations inScope = new Participations(dataset);
    return dataset.sites().stream().filter(s -> inScope.mentions(s.odsCode())).toList();
  }

  private IndustrialAction action(StatedTotal t) {
    return dataset.calendar().get(t.runningTo().orElseThrow());
  }
}
