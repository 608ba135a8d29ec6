package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Participation;
import io.strikeimpact.model.SiteParticipation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every action of the calendar up to the report date, oldest first, with running totals by site and
 * in all since the first action, as NHS England counts them: inpatient plus outpatient (and
 * total-only returns); community and mental health are never in the data.
 */
final class HistoryBuilder {
  private final Dataset dataset;
  private final Participations participations;
  private final Breakdowns breakdowns;

  HistoryBuilder(Dataset dataset) {
    this.dataset = dataset;
    this.participations = new Participations(dataset);
    this.breakdowns = new Breakdowns(dataset, participations);
  }

  /**
   * Every action that has started by {@code until}, and the next one announced after it: a pack
   * lists what is known at its date, not every later action a calendar may hold.
   */
  List<TimelineEntry> timeline(LocalDate until) {
    List<TimelineEntry> out = new ArrayList<>();
    boolean nextAnnouncedListed = false;
    long cumulative = 0;
    Map<String, Long> cumulativeBySite = new TreeMap<>();
    for (IndustrialAction action : dataset.calendar().actions()) {
      List<DisruptionCount> counts = Counts.of(dataset.counts(), null, Set.of(action.id()));
      if (counts.isEmpty()) {
        if (action.firstDay().isAfter(until)) {
          if (!nextAnnouncedListed) {
            out.add(new TimelineEntry(action, TimelineEntry.Status.ANNOUNCED, Optional.empty()));
            nextAnnouncedListed = true;
          }
          continue;
        }
        TimelineEntry.Status status =
            noSiteTookPart(action)
                ? TimelineEntry.Status.NONE_TOOK_PART
                : participations.sentButNotRead(action)
                    ? TimelineEntry.Status.NOT_READ
                    : action.lastDay().isBefore(until)
                        ? TimelineEntry.Status.NO_RETURNS
                        : TimelineEntry.Status.IN_PROGRESS;
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
      // Over the days with figures, as every site's rates are: a day no return gives a figure for
      // is not a day on which none was rescheduled.
      DaysWithFigures days = DaysWithFigures.of(counts, List.of(action));
      ActionGroup group = ActionGroup.of(action);
      List<SiteBreakdown> rows = breakdowns.bySite(group);
      Map<String, SiteBreakdown> without = new TreeMap<>();
      rows.stream().filter(r -> !r.reported()).forEach(r -> without.put(r.odsCode(), r));
      ActionTotal total =
          new ActionTotal(
              group,
              byType,
              acute,
              cumulative,
              bySite.size(),
              Rate.of(acute, days.days().size(), Basis.PER_DAY),
              Rate.of(acute, days.hours(), Basis.PER_HOUR),
              bySite,
              cumulativeBySite,
              days,
              PartialTotal.of(rows, dataset, group),
              without);
      out.add(new TimelineEntry(action, TimelineEntry.Status.REPORTED, Optional.of(total)));
    }
    return out;
  }

  /** Whether the register records a part for some site, and every such site did not take part. */
  private boolean noSiteTookPart(IndustrialAction action) {
    List<Participation> recorded =
        dataset.participation().entries().stream()
            .filter(e -> e.actionId().equals(action.id()))
            .map(SiteParticipation::participation)
            .filter(p -> p != Participation.UNKNOWN)
            .toList();
    return !recorded.isEmpty()
        && recorded.stream().allMatch(p -> p == Participation.DID_NOT_TAKE_PART);
  }
}
