package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DatasetFilter;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Says what the figures cover when that is less than was asked: a group narrowed to the actions
 * with returns, an all-sites rate withheld, figures, a comparison or a stated total that --site or
 * --type left out. Every output prints these, so no filter changes a report without a word.
 */
final class ScopeNotes {
  private final Dataset dated;
  private final Dataset filtered;
  private final DatasetFilter filter;

  /**
   * @param dated the data as the dates asked for leave it, before --site and --type
   * @param filtered the data the figures are computed from
   */
  ScopeNotes(Dataset dated, Dataset filtered, DatasetFilter filter) {
    this.dated = dated;
    this.filtered = filtered;
    this.filter = filter;
  }

  List<String> notes(
      Optional<ActionGroup> asked,
      ActionGroup focus,
      SiteBreakdown allSites,
      Optional<Comparison> comparison,
      Optional<Comparison> unfiltered) {
    List<String> notes = new ArrayList<>();
    asked
        .filter(a -> a.actions().size() != focus.actions().size())
        .ifPresent(a -> notes.add(narrowedGroup(a, focus)));
    if (allSites.reported() && allSites.perDay().isEmpty()) {
      notes.add(
          "The sites sent figures for different actions of "
              + focus.id()
              + ", so no all-sites rate a day or an hour is given: each site's rate covers the"
              + " actions it sent figures for.");
    }
    if (filter.narrowsFigures()) {
      focusFiltered(focus).ifPresent(notes::add);
      comparisonFiltered(comparison, unfiltered).ifPresent(notes::add);
      notes.addAll(totalsNotChecked());
    }
    return notes;
  }

  private static String narrowedGroup(ActionGroup asked, ActionGroup focus) {
    int left = asked.actions().size() - focus.actions().size();
    return asked.id()
        + " names "
        + HouseStyle.quantity(asked.actions().size(), "action", "actions")
        + "; "
        + (focus.actions().size() == 1
            ? "only " + focus.describe() + " has returns, so the figures and rates cover it alone"
            : "only "
                + focus.actions().size()
                + " have returns ("
                + focus.describe()
                + "), so the figures and rates cover those alone")
        + ", and the "
        + HouseStyle.quantity(left, "action", "actions")
        + " without returns "
        + (left == 1 ? "is" : "are")
        + " left out.";
  }

  /** "--type total-only leaves no figures for ...: its returns give outpatient and inpatient." */
  private Optional<String> focusFiltered(ActionGroup focus) {
    List<DisruptionCount> before = Counts.of(dated.counts(), null, focus.actionIds());
    List<DisruptionCount> after = Counts.of(filtered.counts(), null, focus.actionIds());
    if (before.isEmpty()
        || Counts.total(after) == Counts.total(before) && after.size() == before.size()) {
      return Optional.empty();
    }
    String options = filter.describe(dated.sites());
    if (after.isEmpty()) {
      return Optional.of(
          options
              + " leaves no figures for "
              + focus.describe()
              + ": its returns give "
              + types(before)
              + (filter.odsCodes().isEmpty() ? "" : " for " + sites(before))
              + ".");
    }
    return Optional.of(
        "The figures are those "
            + options
            + " keeps: "
            + HouseStyle.count(Counts.total(after))
            + " of the "
            + HouseStyle.count(Counts.total(before))
            + " the returns give for "
            + focus.describe()
            + ".");
  }

  /** "--type inpatient leaves no site with figures for both ..., so they are not compared." */
  private Optional<String> comparisonFiltered(
      Optional<Comparison> comparison, Optional<Comparison> unfiltered) {
    if (comparison.isEmpty()
        || comparison.get().likeForLike().isPresent()
        || unfiltered.flatMap(Comparison::likeForLike).isEmpty()) {
      return Optional.empty();
    }
    Comparison c = comparison.get();
    List<String> both =
        unfiltered.get().comparableRows().stream().map(ComparisonRow::label).toList();
    List<DisruptionCount> baseline = Counts.of(dated.counts(), null, c.baseline().actionIds());
    return Optional.of(
        filter.describe(dated.sites())
            + " leaves no site with figures for both "
            + c.focus().describe()
            + " and "
            + c.baseline().describe()
            + ", so the two are not compared here; without it "
            + HouseStyle.joinWithAnd(both)
            + " can be compared"
            + (filter.types().isEmpty()
                ? ""
                : " (the returns for " + c.baseline().describe() + " give " + types(baseline) + ")")
            + ".");
  }

  /** Stated totals the filter dropped, as their scope reaches beyond what it keeps: one note. */
  private List<String> totalsNotChecked() {
    List<String> dropped =
        dated.statedTotals().stream()
            .filter(t -> !filtered.statedTotals().contains(t))
            .map(t -> HouseStyle.count(t.stated()) + " (" + t.provenance().describe() + ")")
            .toList();
    if (dropped.isEmpty()) {
      return List.of();
    }
    return List.of(
        (dropped.size() == 1
                ? "A stated total is not checked against the returns, as it covers"
                : dropped.size()
                    + " stated totals are not checked against the returns, as each covers")
            + " more than "
            + filter.describe(dated.sites())
            + " keeps: "
            + HouseStyle.joinWithAnd(dropped)
            + ".");
  }

  private static String types(List<DisruptionCount> counts) {
    Set<ActivityType> types = new TreeSet<>();
    counts.forEach(c -> types.add(c.type()));
    return types.equals(Set.of(ActivityType.TOTAL_ONLY))
        ? "totals only, with no outpatient or inpatient figure"
        : HouseStyle.joinWithAnd(types.stream().map(ActivityType::description).toList());
  }

  private String sites(List<DisruptionCount> counts) {
    return HouseStyle.joinWithAnd(
        counts.stream().map(DisruptionCount::odsCode).distinct().map(dated::siteLabel).toList());
  }
}
