package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DisruptionCount;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sums of counts: the only place figures are added up. */
final class Counts {
  private Counts() {}

  /**
   * The counts of a dataset by site and by action, built once per list of counts: the analysis asks
   * for one site's or one action's counts thousands of times in a national pack, and filtering
   * every count each time made it grow with the square of the trusts. The list is immutable (a
   * Dataset's), so the index built from it stays right; it is keyed on the list's identity and the
   * last one kept.
   */
  private record Index(
      Collection<DisruptionCount> source,
      Map<String, List<DisruptionCount>> bySite,
      Map<String, List<DisruptionCount>> byAction) {
    static Index of(Collection<DisruptionCount> all) {
      Map<String, List<DisruptionCount>> bySite = new java.util.HashMap<>();
      Map<String, List<DisruptionCount>> byAction = new java.util.HashMap<>();
      for (DisruptionCount c : all) {
        bySite.computeIfAbsent(c.odsCode(), k -> new java.util.ArrayList<>()).add(c);
        byAction.computeIfAbsent(c.actionId(), k -> new java.util.ArrayList<>()).add(c);
      }
      return new Index(all, bySite, byAction);
    }
  }

  private static volatile Index last;

  private static Index index(Collection<DisruptionCount> all) {
    Index i = last;
    if (i == null || i.source() != all) {
      i = Index.of(all);
      last = i;
    }
    return i;
  }

  static List<DisruptionCount> of(
      Collection<DisruptionCount> all, String odsCode, Set<String> actionIds) {
    Index index = index(all);
    if (odsCode != null) {
      return index.bySite().getOrDefault(odsCode, List.of()).stream()
          .filter(c -> actionIds.contains(c.actionId()))
          .toList();
    }
    // In the order of the list, as the stream over it gave them.
    if (actionIds.size() == 1) {
      return List.copyOf(index.byAction().getOrDefault(actionIds.iterator().next(), List.of()));
    }
    return all.stream().filter(c -> actionIds.contains(c.actionId())).toList();
  }

  /** The counts of one action, in the order of the list. */
  static List<DisruptionCount> ofAction(Collection<DisruptionCount> all, String actionId) {
    return index(all).byAction().getOrDefault(actionId, List.of());
  }

  static long total(Collection<DisruptionCount> counts) {
    return counts.stream().mapToLong(DisruptionCount::count).sum();
  }

  /**
   * The planned activity behind some counts: the sum of planned figures for each site and action
   * among them, present only when every such site and action has one (a part-planned denominator
   * would overstate the rate).
   */
  static java.util.OptionalLong planned(
      Collection<io.strikeimpact.model.PlannedActivity> planned,
      Collection<DisruptionCount> counts) {
    if (counts.isEmpty() || planned.isEmpty()) {
      return java.util.OptionalLong.empty();
    }
    long sum = 0;
    Set<String> keys = new java.util.TreeSet<>();
    for (DisruptionCount c : counts) {
      keys.add(c.odsCode() + '\u0000' + c.actionId());
    }
    for (String key : keys) {
      List<io.strikeimpact.model.PlannedActivity> p =
          planned.stream()
              .filter(x -> (x.odsCode() + '\u0000' + x.actionId()).equals(key))
              .toList();
      if (p.isEmpty()) {
        return java.util.OptionalLong.empty();
      }
      sum += p.stream().mapToLong(io.strikeimpact.model.PlannedActivity::planned).sum();
    }
    return java.util.OptionalLong.of(sum);
  }

  static Map<ActivityType, Long> byType(Collection<DisruptionCount> counts) {
    Map<ActivityType, Long> m = new EnumMap<>(ActivityType.class);
    for (DisruptionCount c : counts) {
      m.merge(c.type(), c.count(), Long::sum);
    }
    return m;
  }
}
