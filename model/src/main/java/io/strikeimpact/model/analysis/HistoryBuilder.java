package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every action with returns, oldest first, with a running total since the first. */
final class HistoryBuilder {
  private final Dataset dataset;

  HistoryBuilder(Dataset dataset) {
    this.dataset = dataset;
  }

  List<ActionTotal> build() {
    List<ActionTotal> out = new ArrayList<>();
    long cumulative = 0;
    for (IndustrialAction action : dataset.calendar().actions()) {
      List<DisruptionCount> counts = Counts.of(dataset.counts(), null, Set.of(action.id()));
      if (counts.isEmpty()) {
        continue;
      }
      Map<ActivityType, Long> byType = Counts.byType(counts);
      long acute = Counts.total(counts);
      cumulative += acute;
      int sites = (int) counts.stream().map(DisruptionCount::odsCode).distinct().count();
      out.add(
          new ActionTotal(
              ActionGroup.of(action),
              byType,
              acute,
              cumulative,
              sites,
              Rate.of(acute, action.dayCount(), Basis.PER_DAY),
              Rate.of(acute, action.hours(), Basis.PER_HOUR)));
    }
    return out;
  }
}
