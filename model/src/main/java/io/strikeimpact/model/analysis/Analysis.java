package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DatasetFilter;
import java.util.List;
import java.util.Optional;

/**
 * The one computed result every output renders: the PDF pack, the workbook and the terminal read
 * figures from here and compute none of their own.
 *
 * @param focus the action the pack is about, by default the latest with returns
 * @param sites the focus action site by site, in the order of the sites register
 * @param allSites the focus action for all reporting sites together
 * @param comparison the focus against the baseline, when a baseline has returns
 * @param timeline every action of the calendar up to the report date, oldest first, with figures
 *     and running totals where returns came in
 * @param ranking whether the focus was the most disruptive action so far, basis by basis
 * @param monthlyChanges with a board-paper month, what changed since the month before
 * @param projection the next action without returns, estimated from comparable past actions
 * @param estimateAgainstOutcome for a focus action with returns, the estimate the comparable
 *     actions before it gave, beside what happened
 * @param notes what the figures cover when it is less than was asked (a group narrowed to the
 *     actions with returns, what a filter left out); every output prints them
 * @param executiveSummary generated sentences in GOV.UK style
 * @param england the local figures beside NHS England's published figures, when the data folder has
 *     them
 * @param filter the sites, types and dates the question was narrowed to, so that words about the
 *     figures name what they cover ("outpatient appointments", the sites chosen) and never claim
 *     the whole area or all activity
 */
public record Analysis(
    ReportSettings settings,
    Dataset dataset,
    ActionGroup focus,
    List<SiteBreakdown> sites,
    SiteBreakdown allSites,
    Optional<Comparison> comparison,
    List<TimelineEntry> timeline,
    Optional<DisruptionRanking> ranking,
    Optional<MonthlyChanges> monthlyChanges,
    Optional<Projection> projection,
    Optional<EstimateAgainstOutcome> estimateAgainstOutcome,
    List<Reconciliation> reconciliations,
    List<String> notes,
    List<String> executiveSummary,
    ChartTitles chartTitles,
    EnglandContext england,
    DatasetFilter filter) {

  public Analysis {
    sites = List.copyOf(sites);
    timeline = List.copyOf(timeline);
    reconciliations = List.copyOf(reconciliations);
    notes = List.copyOf(notes);
    executiveSummary = List.copyOf(executiveSummary);
    england = england == null ? EnglandContext.NONE : england;
    filter = filter == null ? DatasetFilter.NONE : filter;
  }

  /**
   * The sites that took part in the focus action (or may have) and have no figure in {@link
   * #allSites()}: every output that gives the all-sites total says it is partial when any are.
   */
  public PartialTotal partialTotal() {
    return PartialTotal.of(sites, dataset, focus);
  }

  /** Every action with returns, oldest first, with running totals since the first. */
  public List<ActionTotal> history() {
    return timeline.stream().flatMap(e -> e.figures().stream()).toList();
  }

  /** Stated totals that do not agree with their parts, or could not be checked. */
  public List<Reconciliation> reconciliationWarnings() {
    return reconciliations.stream().filter(r -> !r.agrees()).toList();
  }

  /**
   * Stated totals checked and found to differ from their parts: what "do not agree" counts. A total
   * that could not be checked (a 0 stated for a site that did not take part) is not among them.
   */
  public List<Reconciliation> disagreeingTotals() {
    return reconciliations.stream().filter(Reconciliation::disagrees).toList();
  }
}
