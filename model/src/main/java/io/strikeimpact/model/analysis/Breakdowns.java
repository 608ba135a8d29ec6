package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DatasetFilter;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Site;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Site-by-type figures for one action or group. */
final class Breakdowns {
  private final Dataset dataset;
  private final Participations participations;

  private final String allSitesLabel;
  private final FigureCaveats caveats;
  private final RevisionNotes revisions;

  Breakdowns(Dataset dataset, Participations participations) {
    this(dataset, participations, DatasetFilter.ALL_SITES);
  }

  /**
   * @param allSitesLabel the row of every site together: "All selected sites" when --site chose
   *     some ({@link DatasetFilter#allSitesLabel})
   */
  Breakdowns(Dataset dataset, Participations participations, String allSitesLabel) {
    this.dataset = dataset;
    this.participations = participations;
    this.allSitesLabel = allSitesLabel;
    this.caveats = new FigureCaveats(dataset);
    this.revisions = new RevisionNotes(dataset);
  }

  /** The sites the pack is about: those with returns or a recorded part in any action. */
  List<Site> sitesInScope() {
    return dataset.sites().stream().filter(s -> participations.mentions(s.odsCode())).toList();
  }

  List<SiteBreakdown> bySite(ActionGroup group) {
    long all = Counts.total(Counts.of(dataset.counts(), null, group.actionIds()));
    List<SiteBreakdown> rows = new ArrayList<>();
    for (Site site : sitesInScope()) {
      SiteStatus status = participations.status(site.odsCode(), group);
      if (status != SiteStatus.REPORTED) {
        rows.add(
            withoutFigures(
                site.odsCode(),
                site.abbreviation(),
                status,
                participations.describe(site.odsCode(), status, group)));
        continue;
      }
      List<DisruptionCount> counts = Counts.of(dataset.counts(), site.odsCode(), group.actionIds());
      ActionGroup reported =
          new ActionGroup(group.id(), participations.reportedActions(site.odsCode(), group));
      rows.add(
          breakdown(
              site.odsCode(),
              site.abbreviation(),
              counts,
              Optional.of(reported),
              all,
              withRevision(
                  caveats.of(site.odsCode(), counts),
                  revisions.of(site.odsCode(), group.actionIds()))));
    }
    return rows;
  }

  /** The caveats first, so that a status that begins "revised" has nothing partial about it. */
  private static Optional<String> withRevision(Optional<String> caveat, Optional<String> revised) {
    if (caveat.isEmpty()) {
      return revised;
    }
    return Optional.of(caveat.get() + revised.map(r -> "; " + r).orElse(""));
  }

  SiteBreakdown allSites(ActionGroup group) {
    List<DisruptionCount> counts = Counts.of(dataset.counts(), null, group.actionIds());
    if (counts.isEmpty()) {
      List<SiteStatus> each =
          sitesInScope().stream().map(s -> participations.status(s.odsCode(), group)).toList();
      return withoutFigures("", allSitesLabel, nothingFrom(each), noFiguresText(group, each));
    }
    // Total-only returns stay in their own column, so the outpatient and inpatient figures for all
    // sites are the sum of the returns that split them, and never a guess at the rest.
    return breakdown(
        "",
        allSitesLabel,
        counts,
        likeForLikeInTime(group),
        Counts.total(counts),
        caveat(missingFrom(group), outOfDateSites(group)));
  }

  /**
   * The sites that took part in the group (or may have) and have no figure in its all-sites total:
   * the one rule every output reads, through the all-sites row's status and {@link
   * Analysis#partialTotal()}.
   */
  PartialTotal missingFrom(ActionGroup group) {
    return PartialTotal.of(bySite(group), dataset, group);
  }

  /**
   * The all-sites row's caveat: what the total lacks, the sites without figures first and then
   * those whose figures are short ({@link PartialTotal}), then the sites whose figures may be out
   * of date.
   */
  private static Optional<String> caveat(PartialTotal partial, Optional<String> outOfDate) {
    if (!partial.partial()) {
      return outOfDate.map(o -> o + "; see Data quality");
    }
    return Optional.of(
        outOfDate
            .map(o -> "partial: " + partial.why() + "; " + o + "; see Data quality")
            .orElse(partial.statusText()));
  }

  /**
   * All sites together with no figures: returns that came in but could not be read (or overlapped)
   * are not "no return received", and sites that all did not take part are not missing either.
   */
  private static SiteStatus nothingFrom(List<SiteStatus> each) {
    if (!each.isEmpty() && each.stream().allMatch(s -> s == SiteStatus.FILTERED_OUT)) {
      return SiteStatus.FILTERED_OUT;
    }
    if (!each.isEmpty() && each.stream().allMatch(s -> s == SiteStatus.DID_NOT_TAKE_PART)) {
      return SiteStatus.DID_NOT_TAKE_PART;
    }
    if (each.contains(SiteStatus.UNREADABLE) || each.contains(SiteStatus.OVERLAPPING)) {
      return SiteStatus.UNREADABLE;
    }
    return SiteStatus.NO_RETURN;
  }

  /**
   * "returns received from N&N, QEH and JPUH, but none could be read (see Data quality)", naming
   * the sites that sent nothing as well when some did.
   */
  private String noFiguresText(ActionGroup group, List<SiteStatus> each) {
    SiteStatus status = nothingFrom(each);
    if (status != SiteStatus.UNREADABLE) {
      return status.label();
    }
    List<String> sent = new ArrayList<>();
    List<String> none = new ArrayList<>();
    for (Site site : sitesInScope()) {
      SiteStatus s = participations.status(site.odsCode(), group);
      if (s == SiteStatus.UNREADABLE || s == SiteStatus.OVERLAPPING) {
        sent.add(site.abbreviation());
      } else if (s == SiteStatus.NO_RETURN || s == SiteStatus.UNKNOWN) {
        none.add(site.abbreviation());
      }
    }
    return "returns received from "
        + io.strikeimpact.model.text.HouseStyle.joinWithAnd(sent)
        + ", but none could be read"
        + (none.isEmpty()
            ? ""
            : "; no return from " + io.strikeimpact.model.text.HouseStyle.joinWithAnd(none))
        + " (see Data quality)";
  }

  /** "the figures of N&N may be out of date, as a later revision could not be read". */
  private Optional<String> outOfDateSites(ActionGroup group) {
    List<String> dated = new ArrayList<>();
    for (Site site : sitesInScope()) {
      List<DisruptionCount> counts = Counts.of(dataset.counts(), site.odsCode(), group.actionIds());
      if (!counts.isEmpty() && caveats.outOfDate(site.odsCode(), counts).isPresent()) {
        dated.add(site.abbreviation());
      }
    }
    return dated.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "the figures of "
                + io.strikeimpact.model.text.HouseStyle.joinWithAnd(dated)
                + " may be out of date, as a later revision could not be read");
  }

  /**
   * The actions every reporting site sent figures for, when that is the same set for each: the
   * all-sites rate divides by one length of action, which is only true when every site's figures
   * cover the same actions. Empty when they differ (N&N sent March and April, QEH March alone).
   */
  private Optional<ActionGroup> likeForLikeInTime(ActionGroup group) {
    List<List<String>> reportedBySite =
        sitesInScope().stream()
            .map(s -> participations.reportedActions(s.odsCode(), group))
            .filter(l -> !l.isEmpty())
            .map(l -> l.stream().map(io.strikeimpact.model.IndustrialAction::id).toList())
            .distinct()
            .toList();
    if (reportedBySite.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(
        new ActionGroup(
            group.id(),
            group.actions().stream()
                .filter(a -> reportedBySite.getFirst().contains(a.id()))
                .toList()));
  }

  /** A row for a site (or all sites) with no figures: the status says why. */
  private static SiteBreakdown withoutFigures(
      String odsCode, String label, SiteStatus status, String statusText) {
    return new SiteBreakdown(
        odsCode,
        label,
        status,
        statusText,
        Map.of(),
        0,
        Optional.empty(),
        Optional.empty(),
        0,
        Optional.empty());
  }

  private SiteBreakdown breakdown(
      String odsCode,
      String label,
      List<DisruptionCount> counts,
      Optional<ActionGroup> actions,
      long allSitesTotal,
      Optional<String> caveat) {
    long total = Counts.total(counts);
    Map<ActivityType, Long> byType = new EnumMap<>(Counts.byType(counts));
    // The days and hours of the actions these figures are for, never of a group's other actions,
    // nor of a day that a return by day gives no figure for.
    Optional<DaysWithFigures> days = actions.map(g -> DaysWithFigures.of(counts, g.actions()));
    Optional<Double> hours = days.map(DaysWithFigures::hours);
    return new SiteBreakdown(
        odsCode,
        label,
        SiteStatus.REPORTED,
        caveat.orElse(SiteStatus.REPORTED.label()),
        byType,
        total,
        days.map(d -> Rate.of(total, d.days().size(), Basis.PER_DAY)),
        hours.map(h -> Rate.of(total, h, Basis.PER_HOUR)),
        allSitesTotal == 0 ? 0 : (double) total / allSitesTotal,
        perThousandPlanned(total, counts),
        // Peaks of different sites fall on different days: all sites together have none.
        odsCode.isEmpty()
            ? Optional.empty()
            : actions.flatMap(g -> SiteStaff.of(dataset.staff(), odsCode, g.actions())));
  }

  private Optional<Rate> perThousandPlanned(long total, List<DisruptionCount> counts) {
    java.util.OptionalLong planned = Counts.planned(dataset.planned(), counts);
    return planned.isPresent() && planned.getAsLong() > 0
        ? Optional.of(Rate.perThousandPlanned(total, planned.getAsLong()))
        : Optional.empty();
  }
}
