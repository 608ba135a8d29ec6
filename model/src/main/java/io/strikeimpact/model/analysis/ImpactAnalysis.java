package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DatasetFilter;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes the one {@link Analysis} that every output renders. Pure: the same dataset and request
 * always give the same result.
 */
public final class ImpactAnalysis {
  private ImpactAnalysis() {}

  /**
   * @throws IllegalArgumentException when there is nothing to analyse (no returns) or a requested
   *     action is not in the calendar, with a message naming what is known
   */
  public static Analysis analyse(Dataset all, AnalysisRequest request) {
    Dataset dataset = request.month().isPresent() ? upTo(all, request.coversUntil()) : all;
    Participations participations = new Participations(dataset);
    Breakdowns breakdowns = new Breakdowns(dataset, participations);
    Comparer comparer = new Comparer(dataset, participations, breakdowns.sitesInScope());

    ActionGroup focus = focus(dataset, request);
    Optional<ActionGroup> baseline = baseline(dataset, request, focus);

    List<SiteBreakdown> sites = breakdowns.bySite(focus);
    SiteBreakdown allSites = breakdowns.allSites(focus);
    Optional<Comparison> comparison = baseline.map(b -> comparer.compare(focus, b));
    List<Reconciliation> reconciliations = new Reconciler(dataset).reconcileAll();
    List<TimelineEntry> timeline = new HistoryBuilder(dataset).timeline(request.settings().asOf());
    Optional<DisruptionRanking> ranking = new Ranker(dataset, comparer).rank(focus);
    Optional<MonthlyChanges> changes =
        request.month().map(m -> changesSince(all, request, m, timeline));
    Optional<Projection> projection =
        new Projector(dataset, breakdowns.sitesInScope())
            .next(focus, request.settings().asOf(), request.projectionHours());

    SummaryWriter writer = new SummaryWriter(request.settings(), dataset);
    return new Analysis(
        request.settings(),
        dataset,
        focus,
        sites,
        allSites,
        comparison,
        timeline,
        ranking,
        changes,
        projection,
        reconciliations,
        writer.executiveSummary(
            focus, sites, allSites, comparison, ranking, changes, projection, reconciliations),
        writer.chartTitles(sites, allSites, comparison, timeline));
  }

  /** Every stated total checked against its parts, for a dataset with or without returns. */
  public static List<Reconciliation> reconcile(Dataset dataset) {
    return new Reconciler(dataset).reconcileAll();
  }

  /**
   * The dataset as a pack for a month sees it: the counts of actions that began by its end. The
   * same narrowing as {@code --to}, so it goes through {@link DatasetFilter}.
   */
  private static Dataset upTo(Dataset d, LocalDate until) {
    return new DatasetFilter(Set.of(), Set.of(), Optional.empty(), Optional.of(until)).apply(d);
  }

  /** New actions and revised figures since the pack for the month before. */
  private static MonthlyChanges changesSince(
      Dataset all, AnalysisRequest request, YearMonth month, List<TimelineEntry> now) {
    LocalDate previousEnd = month.minusMonths(1).atEndOfMonth();
    Set<String> before =
        new HistoryBuilder(upTo(all, previousEnd))
            .timeline(previousEnd).stream()
                .filter(e -> e.figures().isPresent())
                .map(e -> e.action().id())
                .collect(Collectors.toSet());
    List<ActionTotal> added =
        now.stream()
            .flatMap(e -> e.figures().stream())
            .filter(t -> !before.contains(t.action().id()))
            .toList();
    List<MonthlyChanges.Revision> revised =
        all.revisions().stream()
            .filter(r -> r.returnDate().map(d -> YearMonth.from(d).equals(month)).orElse(false))
            .filter(r -> before.contains(r.actionId()))
            .map(
                r ->
                    new MonthlyChanges.Revision(
                        ActionGroup.of(all.calendar().get(r.actionId())),
                        all.siteLabel(r.odsCode()),
                        r.before(),
                        r.after(),
                        r.laterFile()))
            .toList();
    return new MonthlyChanges(month, added, revised);
  }

  /** The requested action or group, or the latest action with returns in the period covered. */
  private static ActionGroup focus(Dataset dataset, AnalysisRequest request) {
    if (request.focusId().isPresent()) {
      String id = request.focusId().get();
      return new ActionGroup(id, dataset.calendar().resolve(id));
    }
    Set<String> withReturns = actionsWithReturns(dataset);
    LocalDate until = request.coversUntil();
    return dataset.calendar().actions().stream()
        .filter(a -> withReturns.contains(a.id()))
        .filter(a -> !a.firstDay().isAfter(until))
        .reduce((a, b) -> b)
        .map(ActionGroup::of)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No returns for any action up to "
                        + HouseStyle.date(until)
                        + "; add returns under returns/ or pick an action with --action."));
  }

  /**
   * The requested baseline, or by default every nurses-only action with returns that ended before
   * the focus began: "the nursing strikes" the data covers.
   */
  private static Optional<ActionGroup> baseline(
      Dataset dataset, AnalysisRequest request, ActionGroup focus) {
    if (!request.baselineIds().isEmpty()) {
      List<IndustrialAction> actions =
          request.baselineIds().stream()
              .flatMap(id -> dataset.calendar().resolve(id).stream())
              .distinct()
              .toList();
      return Optional.of(new ActionGroup(String.join("+", request.baselineIds()), actions));
    }
    if (focus.staffGroups().equals(Set.of(StaffGroup.NURSES))) {
      return Optional.empty();
    }
    Set<String> withReturns = actionsWithReturns(dataset);
    List<IndustrialAction> nursing =
        dataset.calendar().actions().stream()
            .filter(a -> a.staffGroups().equals(Set.of(StaffGroup.NURSES)))
            .filter(a -> withReturns.contains(a.id()))
            .filter(a -> !a.end().isAfter(focus.actions().getFirst().start()))
            .toList();
    return nursing.isEmpty() ? Optional.empty() : Optional.of(new ActionGroup("nursing", nursing));
  }

  /** The ids of the actions some return gave figures for. */
  static Set<String> actionsWithReturns(Dataset dataset) {
    return dataset.counts().stream().map(DisruptionCount::actionId).collect(Collectors.toSet());
  }
}
