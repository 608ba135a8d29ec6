package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.StaffGroup;
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
  public static Analysis analyse(Dataset dataset, AnalysisRequest request) {
    Participations participations = new Participations(dataset);
    Breakdowns breakdowns = new Breakdowns(dataset, participations);

    ActionGroup focus = ActionGroup.of(focusAction(dataset, request));
    Optional<ActionGroup> baseline = baseline(dataset, request, focus);

    List<SiteBreakdown> sites = breakdowns.bySite(focus);
    SiteBreakdown all = breakdowns.allSites(focus);
    Optional<Comparison> comparison =
        baseline.map(b -> new Comparer(dataset, participations, breakdowns.sitesInScope()).compare(focus, b));
    List<Reconciliation> reconciliations = new Reconciler(dataset).reconcileAll();
    List<ActionTotal> history = new HistoryBuilder(dataset).build();
    Optional<Projection> projection =
        new Projector(dataset, breakdowns.sitesInScope()).next(focus, request.settings().asOf());

    SummaryWriter writer = new SummaryWriter(request.settings(), dataset);
    return new Analysis(
        request.settings(),
        dataset,
        focus,
        sites,
        all,
        comparison,
        history,
        projection,
        reconciliations,
        writer.executiveSummary(focus, sites, all, comparison, projection, reconciliations),
        writer.chartTitles(sites, all, comparison));
  }

  /** The requested action, or the latest action with returns that had started by the as-of date. */
  private static IndustrialAction focusAction(Dataset dataset, AnalysisRequest request) {
    if (request.focusActionId().isPresent()) {
      return dataset.calendar().get(request.focusActionId().get());
    }
    Set<String> withReturns = actionsWithReturns(dataset);
    return dataset.calendar().actions().stream()
        .filter(a -> withReturns.contains(a.id()))
        .filter(a -> !a.firstDay().isAfter(request.settings().asOf()))
        .reduce((a, b) -> b)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No returns for any action up to "
                        + io.strikeimpact.model.text.HouseStyle.date(request.settings().asOf())
                        + "; add returns under returns/ or pick an action with --action."));
  }

  /**
   * The requested baseline, or by default every nurses-only action with returns that ended before
   * the focus began: "the nursing strikes" the data covers.
   */
  private static Optional<ActionGroup> baseline(Dataset dataset, AnalysisRequest request, ActionGroup focus) {
    if (!request.baselineActionIds().isEmpty()) {
      List<IndustrialAction> actions = request.baselineActionIds().stream().map(dataset.calendar()::get).toList();
      return Optional.of(new ActionGroup(String.join("+", request.baselineActionIds()), actions));
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

  private static Set<String> actionsWithReturns(Dataset dataset) {
    return dataset.counts().stream().map(DisruptionCount::actionId).collect(Collectors.toSet());
  }
}
