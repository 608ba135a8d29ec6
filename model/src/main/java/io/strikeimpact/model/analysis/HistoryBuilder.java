package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every action of the calendar up to the report date, oldest first, with running totals by site
 * and in all since the first action, as NHS England counts them: inpatient plus outpatient (and
 * total-only returns); community and mental health are never in the data.
 */
final class HistoryBuilder {
  private final Dataset dataset;

  HistoryBuilder(Dataset dataset) {
    this.dataset = dataset;
  }

  /** Every action that has started by {@code until}, and those announced after it. */
  List<TimelineEntry> timeline(LocalDate until) {
    List<TimelineEntry> out = new ArrayList<>();
    long cumulative = 0;
    Map<String, Long> cumulativeBySite = new TreeMap<>();
    for (IndustrialAction action : dataset.calendar().actions()) {
      List<DisruptionCount> counts = Counts.of(dataset.counts(), null, Set.of(action.id()));
      if (counts.isEmpty()) {
        TimelineEntry.Status status =
            action.firstDay().isAfter(until) ? TimelineEntry.Status.ANNOUNCED : TimelineEntry.Status.NO_RETURNS;
        out.add(new TimelineEntry(action, status, Optional.empty()));
        continue;
      }
      Map<ActivityType, Long> byType = Counts.byType(counts);
      long acute = Counts.total(counts);
      cumulative += acute;
      Map<String, Long> bySite = new TreeMap<>();
      for (DisruptionCount c : counts) {
        bySite.merge(c.odsCode(), c.count(), Long::sum);
        cumulativeBySite.merge(c.odsCode(), c.count(), Long::sum);
      }
      ActionTotal total =
          new ActionTotal(
              ActionGroup.of(action),
              byType,
              acute,
              cumulative,
              bySite.size(),
              Rate.of(acute, action.dayCount(), Basis.PER_DAY),
              Rate.of(acute, action.hours(), Basis.PER_HOUR),
              bySite,
              cumulativeBySite);
      out.add(new TimelineEntry(action, TimelineEntry.Status.REPORTED, Optional.of(total)));
    }
    return out;
  }
}
