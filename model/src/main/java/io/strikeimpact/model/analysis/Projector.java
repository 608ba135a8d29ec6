package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DatasetFilter;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Participation;
import io.strikeimpact.model.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Projects an action without returns from the comparable actions before it: by default those of the
 * same staff groups that have returns.
 */
final class Projector {
  private final Dataset dataset;
  private final List<Site> sites;

  private final String allSitesLabel;

  Projector(Dataset dataset, List<Site> sites) {
    this(dataset, sites, DatasetFilter.ALL_SITES);
  }

  /**
   * @param allSitesLabel the row of every site together ({@link DatasetFilter#allSitesLabel})
   */
  Projector(Dataset dataset, List<Site> sites, String allSitesLabel) {
    this(dataset, sites, allSitesLabel, Set.of());
  }

  /**
   * @param typesAsked the activity types a {@code --type} filter keeps (empty: every type): a type
   *     not asked for gets no estimate of its own, rather than an estimate of 0
   */
  Projector(Dataset dataset, List<Site> sites, String allSitesLabel, Set<ActivityType> typesAsked) {
    this.dataset = dataset;
    this.sites = sites;
    this.allSitesLabel = allSitesLabel;
    this.typesAsked = Set.copyOf(typesAsked);
  }

  private final Set<ActivityType> typesAsked;

  /**
   * The focus itself when it is one action without returns (the action a user asked about), else
   * the first action after the focus that has no returns yet, projected; empty when there is none
   * or when no earlier action of the same staff groups has returns.
   */
  Optional<Projection> next(ActionGroup focus, LocalDate asOf, Optional<Double> hours) {
    Set<String> withReturns =
        dataset.counts().stream()
            .map(DisruptionCount::actionId)
            .collect(java.util.stream.Collectors.toSet());
    if (focus.actions().size() == 1 && !withReturns.contains(focus.actions().getFirst().id())) {
      IndustrialAction asked = focus.actions().getFirst();
      return project(asked, hours.orElse(asked.hours()), asOf, standing(asked, asOf), false);
    }
    Optional<IndustrialAction> next =
        dataset.calendar().actions().stream()
            .filter(a -> a.start().isAfter(focus.actions().getLast().start()))
            .filter(a -> !withReturns.contains(a.id()))
            .findFirst();
    if (next.isPresent()) {
      IndustrialAction n = next.get();
      return project(n, hours.orElse(n.hours()), asOf, standing(n, asOf), false);
    }
    if (hours.isEmpty()) {
      return Optional.empty();
    }
    // No action in the calendar: project a further action of the focus's staff groups, dated the
    // day after the as-of date only so the record is valid; its dates are never shown.
    IndustrialAction last = focus.actions().getLast();
    java.time.LocalDateTime start = asOf.plusDays(1).atTime(7, 0);
    IndustrialAction further =
        new IndustrialAction(
            "further-" + last.id(),
            last.union(),
            last.staffGroups(),
            List.of(
                io.strikeimpact.model.ActionPeriod.london(
                    start, start.plusMinutes(Math.round(hours.get() * 60)))));
    return project(further, hours.get(), asOf, Projection.Standing.ANNOUNCED, true);
  }

  /** Where an action without figures stands: ended with returns none of which could be read too. */
  private Projection.Standing standing(IndustrialAction action, LocalDate asOf) {
    Projection.Standing s = Projection.Standing.of(action, asOf);
    return s == Projection.Standing.ENDED && new Participations(dataset).sentButNotRead(action)
        ? Projection.Standing.NOT_READ
        : s;
  }

  /**
   * The estimate the actions before a reported action would have given for it, over its own hours:
   * what a board can set beside what happened. Empty when no earlier comparable action has returns.
   */
  Optional<Projection> beforehand(IndustrialAction reported, LocalDate asOf) {
    return project(reported, reported.hours(), asOf, Projection.Standing.REPORTED, false);
  }

  private Optional<Projection> project(
      IndustrialAction target,
      double hours,
      LocalDate asOf,
      Projection.Standing standing,
      boolean hypothetical) {
    Set<String> withReturns =
        dataset.counts().stream()
            .map(DisruptionCount::actionId)
            .collect(java.util.stream.Collectors.toSet());
    List<IndustrialAction> comparables =
        dataset.calendar().actions().stream()
            .filter(a -> a.staffGroups().equals(target.staffGroups()))
            .filter(a -> withReturns.contains(a.id()))
            .filter(a -> a.start().isBefore(target.start()))
            .filter(a -> !a.firstDay().isAfter(asOf) || hypothetical)
            .toList();
    if (comparables.isEmpty()) {
      return Optional.empty();
    }
    List<SiteProjection> rows = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    List<String> notTakingPart = new ArrayList<>();
    for (Site site : sites) {
      if (dataset.participation().of(site.odsCode(), target.id())
          == Participation.DID_NOT_TAKE_PART) {
        continue;
      }
      List<IndustrialAction> reported =
          comparables.stream().filter(a -> !countsAt(site.odsCode(), a.id()).isEmpty()).toList();
      if (!reported.isEmpty()) {
        rows.add(
            projectSite(
                site.odsCode(),
                site.abbreviation(),
                reported,
                hours,
                a -> countsAt(site.odsCode(), a.id())));
      } else {
        // A site with no comparable figures has no rate to project: said, never dropped silently,
        // and one that did not take part in any of them is never said to lack their figures.
        leftOut.add(site.abbreviation());
        if (comparables.stream()
            .allMatch(
                a ->
                    dataset.participation().of(site.odsCode(), a.id())
                        == Participation.DID_NOT_TAKE_PART)) {
          notTakingPart.add(site.abbreviation());
        }
      }
    }
    Set<String> projectedSites =
        rows.stream().map(SiteProjection::odsCode).collect(java.util.stream.Collectors.toSet());
    SiteProjection all =
        projectSite(
            "",
            allSitesLabel,
            comparables,
            hours,
            a ->
                Counts.ofAction(dataset.counts(), a.id()).stream()
                    .filter(c -> projectedSites.contains(c.odsCode()))
                    .toList());
    return Optional.of(
        new Projection(
            target,
            hours,
            comparables,
            rows,
            all,
            standing,
            hypothetical,
            typesAsked,
            leftOut,
            notTakingPart));
  }

  private SiteProjection projectSite(
      String odsCode,
      String label,
      List<IndustrialAction> actions,
      double hours,
      Function<IndustrialAction, List<DisruptionCount>> countsOf) {
    Map<ActivityType, Estimate> byType = new EnumMap<>(ActivityType.class);
    boolean everySplit =
        actions.stream()
            .allMatch(
                a ->
                    countsOf.apply(a).stream().noneMatch(c -> c.type() == ActivityType.TOTAL_ONLY));
    if (everySplit) {
      for (ActivityType type : List.of(ActivityType.OUTPATIENT, ActivityType.INPATIENT)) {
        if (typesAsked.isEmpty() || typesAsked.contains(type)) {
          byType.put(type, estimate(actions, hours, countsOf, c -> c.type() == type));
        }
      }
    }
    Estimate total = estimate(actions, hours, countsOf, c -> true);
    return new SiteProjection(
        odsCode, label, byType, total, total.central() / hours, daysWithFigures(actions, countsOf));
  }

  /**
   * The days of each action with figures in the counts of a row: a day its return by day gives no
   * figure for is no day on which none was rescheduled, so its hours are not in the rate.
   */
  private static Map<String, DaysWithFigures> daysWithFigures(
      List<IndustrialAction> actions, Function<IndustrialAction, List<DisruptionCount>> countsOf) {
    Map<String, DaysWithFigures> days = new LinkedHashMap<>();
    for (IndustrialAction a : actions) {
      days.put(a.id(), DaysWithFigures.of(countsOf.apply(a), List.of(a)));
    }
    return days;
  }

  /** A site's counts for an action, through the index {@link Counts} keeps by site. */
  private List<DisruptionCount> countsAt(String odsCode, String actionId) {
    return Counts.of(dataset.counts(), odsCode, Set.of(actionId));
  }

  /**
   * Pooled rate for the central figure; each action's own rate for the range. Each rate divides by
   * the hours of the days the row's figures cover, of every type together ({@link
   * DaysWithFigures}), never by a day a return by day has no figure for.
   */
  private Estimate estimate(
      List<IndustrialAction> actions,
      double hours,
      Function<IndustrialAction, List<DisruptionCount>> countsOf,
      Predicate<DisruptionCount> where) {
    long pooledCount = 0;
    double pooledHours = 0;
    double low = Double.MAX_VALUE;
    double high = 0;
    for (IndustrialAction a : actions) {
      List<DisruptionCount> counts = countsOf.apply(a);
      double withFigures = DaysWithFigures.of(counts, List.of(a)).hours();
      long n = Counts.total(counts.stream().filter(where).toList());
      double rate = n / withFigures;
      pooledCount += n;
      pooledHours += withFigures;
      low = Math.min(low, rate);
      high = Math.max(high, rate);
    }
    // The pooled rate is an hours-weighted mean of the action rates, so it lies within their
    // range; the clamp only absorbs floating-point error.
    double lo = low * hours;
    double hi = high * hours;
    double central = Math.max(lo, Math.min(hi, pooledCount / pooledHours * hours));
    return new Estimate(central, lo, hi);
  }
}
