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

  static List<DisruptionCount> of(
      Collection<DisruptionCount> all, String odsCode, Set<String> actionIds) {
    return all.stream()
        .filter(
            c ->
                (odsCode == null || c.odsCode().equals(odsCode))
                    && actionIds.contains(c.actionId()))
        .toList();
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
