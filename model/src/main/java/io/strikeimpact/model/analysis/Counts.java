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

  static List<DisruptionCount> of(Collection<DisruptionCount> all, String odsCode, Set<String> actionIds) {
    return all.stream()
        .filter(c -> (odsCode == null || c.odsCode().equals(odsCode)) && actionIds.contains(c.actionId()))
        .toList();
  }

  static long total(Collection<DisruptionCount> counts) {
    return counts.stream().mapToLong(DisruptionCount::count).sum();
  }

  static Map<ActivityType, Long> byType(Collection<DisruptionCount> counts) {
    Map<ActivityType, Long> m = new EnumMap<>(ActivityType.class);
    for (DisruptionCount c : counts) {
      m.merge(c.type(), c.count(), Long::sum);
    }
    return m;
  }
}
