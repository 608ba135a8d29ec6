package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares one action or group with another like for like: a site counts only if it sent figures
 * for both sides; every other site is listed with the reason it is left out.
 */
final class Comparer {
  private final Dataset dataset;
  private final Participations participations;
  private final List<Site> sites;
  private final FigureCaveats caveats;

  Comparer(Dataset dataset, Participations participations, List<Site> sites) {
    this.dataset = dataset;
    this.participations = participations;
    this.sites = sites;
    this.caveats = new FigureCaveats(dataset);
  }

  Comparison compare(ActionGroup focus, ActionGroup baseline) {
    List<ComparisonRow> rows = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>();
    for (Site site : sites) {
      // A site that took part in neither side has nothing to compare and nothing to leave out:
      // naming it would make the comparison's words depend on who else is in the register.
      if (tookPartInNeither(site.odsCode(), focus, baseline)) {
        continue;
      }
      Optional<ComparisonSide> f = side(site.odsCode(), focus);
      Optional<ComparisonSide> b = side(site.odsCode(), baseline);
      String reason = reason(site.odsCode(), focus, f, baseline, b);
      rows.add(
          new ComparisonRow(
              site.odsCode(),
              site.abbreviation(),
              f,
              b,
              reason,
              without(site.odsCode(), focus, f, baseline, b),
              f.isPresent() && b.isPresent()
                  ? partial(site, List.of(focus, baseline), List.of(f.get(), b.get()))
                  : ""));
      if (!reason.isEmpty()) {
        excluded.add(new Exclusion(site.odsCode(), site.abbreviation(), reason));
      }
    }
    return new Comparison(focus, baseline, rows, likeForLike(rows), excluded, Basis.PER_DAY);
  }

  /**
   * "partial: N&amp;N's figures for the junior doctors' strike lack 15 March 2023, a day its return
   * by day has no row for; its rates are worked over the 2 days with figures (13 and 14 March 2023,
   * 48 hours), not all 3 (see Data quality)": what a side's figures lack (rows rejected, a day,
   * cells withheld, an action of the group it took part in with no figures), so a ratio resting on
   * them says it is partial and divides by the days that had returns. Empty when neither lacks any.
   */
  private String partial(Site site, List<ActionGroup> groups, List<ComparisonSide> sides) {
    List<String> clauses = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      ActionGroup group = groups.get(i);
      ComparisonSide side = sides.get(i);
      List<io.strikeimpact.model.DisruptionCount> counts =
          Counts.of(dataset.counts(), site.odsCode(), side.actionIds());
      List<String> lacks = new ArrayList<>(caveats.lacks(counts));
      for (IndustrialAction a : group.actions()) {
        SiteStatus s = participations.status(site.odsCode(), a);
        if (!side.actionIds().contains(a.id()) && PartialTotal.MISSING.contains(s)) {
          lacks.add(
              ActionGroup.of(a).describe()
                  + (s == SiteStatus.UNREADABLE || s == SiteStatus.OVERLAPPING
                      ? ", whose return could not be read"
                      : ", for which it sent no return"));
        }
      }
      if (lacks.isEmpty()) {
        continue;
      }
      DaysWithFigures days =
          DaysWithFigures.of(
              counts,
              group.actions().stream().filter(a -> side.actionIds().contains(a.id())).toList());
      clauses.add(
          site.abbreviation()
              + "'s figures for the "
              + group.noun()
              + " lack "
              + io.strikeimpact.model.text.HouseStyle.joinWithAnd(lacks)
              + (days.partial() ? "; its rates are worked over " + days.workedOver() : ""));
    }
    return clauses.isEmpty()
        ? ""
        : "partial: " + String.join("; ", clauses) + " (see Data quality)";
  }

  private boolean tookPartInNeither(String odsCode, ActionGroup focus, ActionGroup baseline) {
    return participations.status(odsCode, focus) == SiteStatus.DID_NOT_TAKE_PART
        && participations.status(odsCode, baseline) == SiteStatus.DID_NOT_TAKE_PART;
  }

  private Optional<ComparisonSide> side(String odsCode, ActionGroup group) {
    List<IndustrialAction> reported = participations.reportedActions(odsCode, group);
    if (reported.isEmpty()) {
      return Optional.empty();
    }
    Set<String> ids = reported.stream().map(IndustrialAction::id).collect(Collectors.toSet());
    List<io.strikeimpact.model.DisruptionCount> counts = Counts.of(dataset.counts(), odsCode, ids);
    StaffDays staff =
        StaffDays.of(
            SiteStaff.of(dataset.staff(), odsCode, reported), dataset.siteLabel(odsCode), reported);
    return Optional.of(
        sideOf(
            ids,
            Counts.total(counts),
            DaysWithFigures.of(counts, reported),
            Counts.planned(dataset.planned(), counts),
            staff));
  }

  /** A side over the days with figures, which are every day of its actions unless one is short. */
  private static ComparisonSide sideOf(
      Set<String> ids,
      long total,
      DaysWithFigures days,
      java.util.OptionalLong planned,
      StaffDays staff) {
    return new ComparisonSide(
        ids, total, days.days(), days.hours(), planned, staff, days.missing());
  }

  private String reason(
      String odsCode,
      ActionGroup focus,
      Optional<ComparisonSide> f,
      ActionGroup baseline,
      Optional<ComparisonSide> b) {
    if (f.isEmpty()) {
      return why(odsCode, participations.status(odsCode, focus), focus);
    }
    if (b.isEmpty()) {
      return why(odsCode, participations.status(odsCode, baseline), baseline);
    }
    if (b.get().total() == 0) {
      return "rescheduled none in the " + baseline.noun() + ", so no ratio can be given";
    }
    return "";
  }

  /** The standing of the side without figures, or REPORTED when both sides have them. */
  private SiteStatus without(
      String odsCode,
      ActionGroup focus,
      Optional<ComparisonSide> f,
      ActionGroup baseline,
      Optional<ComparisonSide> b) {
    return f.isEmpty()
        ? participations.status(odsCode, focus)
        : b.isEmpty() ? participations.status(odsCode, baseline) : SiteStatus.REPORTED;
  }

  private String why(String odsCode, SiteStatus status, ActionGroup group) {
    return switch (status) {
      case UNREADABLE, OVERLAPPING ->
          participations.describe(odsCode, status, group)
              + ", so has no figures for the "
              + group.noun();
      case FILTERED_OUT ->
          "has no figures of the activity types asked for (--type) in the " + group.noun();
      case DID_NOT_TAKE_PART -> "did not take part in the " + group.noun();
      case NO_RETURN -> "took part in the " + group.noun() + " but sent no return";
      case UNKNOWN -> "no return for the " + group.noun() + ", and participation not known";
      case REPORTED -> throw new IllegalStateException("a reported site has figures");
    };
  }

  /** The comparable sites added together, over the union of the actions they reported. */
  private Optional<ComparisonRow> likeForLike(List<ComparisonRow> rows) {
    List<ComparisonRow> comparable = rows.stream().filter(ComparisonRow::comparable).toList();
    if (comparable.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ComparisonRow(
            "",
            comparable.size() == 1 ? comparable.getFirst().label() : "Sites in both",
            Optional.of(sum(comparable, r -> r.focus().orElseThrow())),
            Optional.of(sum(comparable, r -> r.baseline().orElseThrow())),
            "",
            SiteStatus.REPORTED,
            likeForLikePartial(comparable)));
  }

  /** The like-for-like row rests on the sites' figures: partial where any of theirs is. */
  private static String likeForLikePartial(List<ComparisonRow> comparable) {
    List<String> each =
        comparable.stream()
            .map(ComparisonRow::partialNote)
            .filter(n -> !n.isEmpty())
            .map(
                n -> n.substring("partial: ".length(), n.length() - " (see Data quality)".length()))
            .toList();
    return each.isEmpty() ? "" : "partial: " + String.join("; ", each) + " (see Data quality)";
  }

  private ComparisonSide sum(
      List<ComparisonRow> rows, java.util.function.Function<ComparisonRow, ComparisonSide> side) {
    List<ComparisonSide> sides = rows.stream().map(side).toList();
    Set<String> ids =
        sides.stream().flatMap(s -> s.actionIds().stream()).collect(Collectors.toSet());
    List<IndustrialAction> actions =
        dataset.calendar().actions().stream().filter(a -> ids.contains(a.id())).toList();
    // A day counts for the sites together when any of them has a figure for it.
    List<io.strikeimpact.model.DisruptionCount> counts =
        rows.stream().flatMap(r -> Counts.of(dataset.counts(), r.odsCode(), ids).stream()).toList();
    long total = sides.stream().mapToLong(ComparisonSide::total).sum();
    java.util.OptionalLong planned =
        sides.stream().allMatch(s -> s.planned().isPresent())
            ? java.util.OptionalLong.of(
                sides.stream().mapToLong(s -> s.planned().getAsLong()).sum())
            : java.util.OptionalLong.empty();
    StaffDays staff = StaffDays.sum(sides.stream().map(ComparisonSide::staff).toList());
    return sideOf(ids, total, DaysWithFigures.of(counts, actions), planned, staff);
  }
}
