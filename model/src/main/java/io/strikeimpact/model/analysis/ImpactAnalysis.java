package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DatasetFilter;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
  public static Analysis analyse(Dataset read, AnalysisRequest request) {
    Dataset all = ZerosNotTakingPart.dropped(read);
    Dataset inMonth = request.month().isPresent() ? upTo(all, request.coversUntil()) : all;
    DatasetFilter filter = request.filter();
    // The question (which action, against what) is settled on the dated data; the sites and types
    // asked for then narrow its figures. A filter never swaps the question for another.
    Dataset dated = filter.datesOnly().apply(inMonth);
    Dataset dataset = filter.apply(inMonth);
    Participations participations =
        new Participations(dataset, filter.withoutTypes().apply(inMonth));
    Breakdowns breakdowns = new Breakdowns(dataset, participations, filter.allSitesLabel());
    Comparer comparer = new Comparer(dataset, participations, breakdowns.sitesInScope());

    Optional<ActionGroup> asked =
        request.focusId().map(id -> new ActionGroup(id, dated.calendar().resolve(id)));
    ActionGroup focus = asked.map(g -> covered(dated, g)).orElseGet(() -> latest(dated, request));
    Optional<ActionGroup> askedBaseline = baseline(inMonth, dated, request, focus);
    // A baseline group is narrowed to the actions with returns as the focus is, so its label,
    // days and hours are those of the figures, and a note says what was left out.
    Optional<ActionGroup> baseline =
        askedBaseline.map(b -> request.baselineIds().isEmpty() ? b : covered(dated, b));

    List<SiteBreakdown> sites = breakdowns.bySite(focus);
    SiteBreakdown allSites = breakdowns.allSites(focus);
    Optional<Comparison> comparison = baseline.map(b -> comparer.compare(focus, b));
    List<Reconciliation> reconciliations = new Reconciler(dataset).reconcileAll();
    // A monthly pack stands at the end of its month: an action after it is still to come, not
    // "ended; no returns received" because the returns that came later are outside the month.
    LocalDate standsAt = request.coversUntil();
    List<TimelineEntry> timeline = new HistoryBuilder(dataset).timeline(standsAt);
    Optional<DisruptionRanking> ranking = new Ranker(dataset, comparer).rank(focus);
    Optional<MonthlyChanges> changes =
        request.month().map(m -> changesSince(all, request, m, timeline));
    Projector projector =
        new Projector(dataset, breakdowns.sitesInScope(), filter.allSitesLabel(), filter.types());
    Optional<Projection> projection = projector.next(focus, standsAt, request.projectionHours());
    Optional<EstimateAgainstOutcome> outcome =
        focus.actions().size() == 1 && actionsWithReturns(dataset).contains(focus.id())
            ? projector
                .beforehand(focus.actions().getFirst(), request.settings().asOf())
                .map(p -> EstimateAgainstOutcome.of(p, dataset))
                .filter(o -> !o.sites().isEmpty())
            : Optional.empty();

    Optional<Comparison> unfiltered =
        baseline
            .filter(b -> filter.narrowsFigures())
            .map(b -> unfilteredComparison(dated, focus, b));
    List<String> notes =
        new ArrayList<>(
            new ScopeNotes(dated, dataset, filter)
                .notes(asked, focus, allSites, comparison, unfiltered));
    notes.addAll(
        new CoverageNotes(
                dataset, participations, breakdowns.sitesInScope(), request.settings().asOf())
            .notes(
                asked,
                focus,
                request.baselineIds().isEmpty() ? Optional.empty() : askedBaseline,
                baseline));
    SummaryWriter writer = new SummaryWriter(request.settings(), dataset);
    List<String> summary =
        new ArrayList<>(
            writer.executiveSummary(
                focus, sites, allSites, comparison, ranking, changes, projection, reconciliations));
    // What the question covers and what a filter left out, said right after the headline.
    summary.addAll(Math.min(1, summary.size()), notes);
    EnglandContext england = EnglandContext.of(dataset, focus, allSites, timeline);
    england.summarySentence(breakdowns.missingFrom(focus)).ifPresent(summary::add);
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
        outcome,
        reconciliations,
        notes,
        summary,
        writer.chartTitles(sites, allSites, comparison, timeline),
        england,
        filter);
  }

  /** The comparison as it would be without --site and --type, to tell what the filter removed. */
  private static Comparison unfilteredComparison(
      Dataset dated, ActionGroup focus, ActionGroup baseline) {
    Participations p = new Participations(dated);
    Breakdowns b = new Breakdowns(dated, p);
    return new Comparer(dated, p, b.sitesInScope()).compare(focus, baseline);
  }

  /**
   * A named group narrowed to the actions some return gave figures for: its days and hours, its
   * heading and its rates are those of the actions it covers, never of strikes with no figures. A
   * group with no returns at all, and a single action, stay as asked.
   */
  private static ActionGroup covered(Dataset dated, ActionGroup asked) {
    Set<String> withReturns = actionsWithReturns(dated);
    List<IndustrialAction> reported =
        asked.actions().stream().filter(a -> withReturns.contains(a.id())).toList();
    return reported.isEmpty() || reported.size() == asked.actions().size()
        ? asked
        : new ActionGroup(asked.id(), reported);
  }

  /** Every stated total checked against its parts, for a dataset with or without returns. */
  public static List<Reconciliation> reconcile(Dataset dataset) {
    return new Reconciler(ZerosNotTakingPart.dropped(dataset)).reconcileAll();
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

  /** The latest action with returns in the period covered and the dates asked for. */
  private static ActionGroup latest(Dataset dated, AnalysisRequest request) {
    Set<String> withReturns = actionsWithReturns(dated);
    LocalDate until = request.coversUntil();
    return dated.calendar().actions().stream()
        .filter(a -> withReturns.contains(a.id()))
        .filter(a -> !a.firstDay().isAfter(until))
        .reduce((a, b) -> b)
        .map(ActionGroup::of)
        .orElseThrow(() -> nothingToReport(dated, request, until));
  }

  /** Why there is no action to report on, and what to do: a filter, unreadable files or no data. */
  private static RuntimeException nothingToReport(
      Dataset dated, AnalysisRequest request, LocalDate until) {
    DatasetFilter dates = request.filter().datesOnly();
    if (!dates.isNone()) {
      return new IllegalArgumentException(
          "No action with returns falls within "
              + dates.describe(dated.sites())
              + " up to "
              + HouseStyle.date(until)
              + ". Fix: widen --from or --to, or leave them out to report on the latest action"
              + " with returns.");
    }
    List<UnreadableReturn> unreadable = UnreadableReturn.in(dated);
    if (dated.counts().isEmpty() && !unreadable.isEmpty()) {
      return new UnreadableReturnsException(unreadable);
    }
    return new IllegalArgumentException(
        "No returns for any action up to "
            + HouseStyle.date(until)
            + "; add returns under returns/ or pick an action with --action.");
  }

  /**
   * The requested baseline, or by default every nurses-only action with returns that ended before
   * the focus began: "the nursing strikes" the data covers.
   *
   * @throws IllegalArgumentException when the comparison asked for makes no sense: the focus
   *     against itself, inside its own baseline, or a baseline no site has figures for
   */
  private static Optional<ActionGroup> baseline(
      Dataset inMonth, Dataset dated, AnalysisRequest request, ActionGroup focus) {
    if (!request.baselineIds().isEmpty()) {
      List<IndustrialAction> actions =
          request.baselineIds().stream()
              .flatMap(id -> dated.calendar().resolve(id).stream())
              .distinct()
              .toList();
      ActionGroup baseline = new ActionGroup(String.join("+", request.baselineIds()), actions);
      BaselineCheck.refuseNonsense(inMonth, dated, focus, baseline);
      return Optional.of(baseline);
    }
    if (focus.staffGroups().equals(Set.of(StaffGroup.NURSES))) {
      return Optional.empty();
    }
    Set<String> withReturns = actionsWithReturns(dated);
    List<IndustrialAction> nursing =
        dated.calendar().actions().stream()
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
