package io.strikeimpact.reports.text;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Comparison;
import io.strikeimpact.model.analysis.ComparisonRow;
import io.strikeimpact.model.analysis.ComparisonSide;
import io.strikeimpact.model.analysis.Estimate;
import io.strikeimpact.model.analysis.EstimateAgainstOutcome;
import io.strikeimpact.model.analysis.MonthlyChanges;
import io.strikeimpact.model.analysis.Projection;
import io.strikeimpact.model.analysis.Rate;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.analysis.SiteProjection;
import io.strikeimpact.model.analysis.TimelineEntry;
import io.strikeimpact.model.text.HouseStyle;
import io.strikeimpact.reports.text.Tabular.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** The analysis as tables for the terminal formats; figures are read from it, never recomputed. */
public final class Views {
  private Views() {}

  /** The bases of every rate, said in full where csv and JSON carry them. */
  static final String A_DAY = Basis.PER_DAY.phrase() + ", 07:00 to 07:00";

  static final String AN_HOUR = Basis.PER_HOUR.phrase() + ", hours counted in Europe/London";

  public static Tabular sites(Analysis a) {
    Tabular.Builder t =
        new Tabular.Builder("sites", a.focus().title() + ": activity rescheduled")
            .column("Site", "site", Kind.TEXT)
            .column("Outpatient", "outpatient", Kind.COUNT)
            .column("Inpatient", "inpatient", Kind.COUNT)
            .column("Total only", "totalOnly", Kind.COUNT)
            .column("Total", "total", Kind.COUNT)
            .column("Share", "share", Kind.SHARE)
            .basis("share of the " + a.allSites().label().toLowerCase(Locale.UK) + " total")
            .column(Basis.PER_DAY.heading(), "perDay", Kind.RATE)
            .basis(A_DAY)
            .column(Basis.PER_HOUR.heading(), "perHour", Kind.RATE)
            .basis(AN_HOUR)
            .column("Status", "status", Kind.TEXT)
            .machineColumn("ODS code", "odsCode", Kind.TEXT)
            .machineColumn("Action", "action", Kind.TEXT)
            .machineColumn("Action ids", "actionIds", Kind.TEXT)
            .machineColumn("Days of action", "days", Kind.COUNT)
            .machineColumn("Hours of action", "hours", Kind.HOURS);
    String actionIds = actionIds(a.focus().actions().stream().map(x -> x.id()).toList());
    List<SiteBreakdown> rows = new ArrayList<>(a.sites());
    rows.add(a.allSites());
    // With nothing rescheduled at any site there is no total to take a share of: not 0%.
    boolean shares = a.allSites().total() > 0;
    for (SiteBreakdown b : rows) {
      boolean r = b.reported();
      t.row(
          b.label(),
          value(b.figure(ActivityType.OUTPATIENT)),
          value(b.figure(ActivityType.INPATIENT)),
          value(b.figure(ActivityType.TOTAL_ONLY)),
          r ? (Object) b.total() : null,
          r && shares ? (Object) b.share() : null,
          rate(b.perDay()),
          rate(b.perHour()),
          r ? reportedStatus(b) : b.statusText(),
          b.odsCode().isEmpty() ? null : b.odsCode(),
          a.focus().id(),
          actionIds,
          b.perDay().map(x -> (Object) Math.round(x.denominator())).orElse(null),
          b.perHour().map(x -> (Object) x.denominator()).orElse(null));
    }
    return t.note("Rates: a day of action runs 07:00 to 07:00; hours are counted in Europe/London.")
        .build();
  }

  /** A reported row's status: its caveat, if its figures have one, and whether they are split. */
  private static String reportedStatus(SiteBreakdown b) {
    List<String> parts = new ArrayList<>();
    b.caveat().ifPresent(parts::add);
    if (!b.hasSplit()) {
      parts.add("total only: not split");
    }
    return String.join("; ", parts);
  }

  public static Tabular comparison(Comparison c) {
    String f = c.focus().shortLabel();
    String b = c.baseline().shortLabel();
    Tabular.Builder t =
        new Tabular.Builder("comparison", c.focus().title() + " against " + c.baseline().describe())
            .column("Site", "site", Kind.TEXT)
            .column(f + " total", "focusTotal", Kind.COUNT)
            .column("a day", "focusPerDay", Kind.RATE)
            .basis(A_DAY)
            .fullHeading(f + " rescheduled " + Basis.PER_DAY.phrase())
            .column("an hour", "focusPerHour", Kind.RATE)
            .basis(AN_HOUR)
            .fullHeading(f + " rescheduled " + Basis.PER_HOUR.phrase())
            .column(b + " total", "baselineTotal", Kind.COUNT)
            .column("a day", "baselinePerDay", Kind.RATE)
            .basis(A_DAY)
            .fullHeading(b + " rescheduled " + Basis.PER_DAY.phrase())
            .column("an hour", "baselinePerHour", Kind.RATE)
            .basis(AN_HOUR)
            .fullHeading(b + " rescheduled " + Basis.PER_HOUR.phrase())
            .column("Ratio a day", "ratioPerDay", Kind.RATIO)
            .basis(ratioBasis(Basis.PER_DAY, f, b))
            .column("Ratio an hour", "ratioPerHour", Kind.RATIO)
            .basis(f + " " + Basis.PER_HOUR.phrase() + " over " + b + " " + Basis.PER_HOUR.phrase())
            .column("Note", "note", Kind.TEXT)
            .machineColumn("ODS code", "odsCode", Kind.TEXT)
            .machineColumn(f + " action ids", "focusActionIds", Kind.TEXT)
            .machineColumn(f + " days of action", "focusDays", Kind.COUNT)
            .machineColumn(f + " hours of action", "focusHours", Kind.HOURS)
            .machineColumn(b + " action ids", "baselineActionIds", Kind.TEXT)
            .machineColumn(b + " days of action", "baselineDays", Kind.COUNT)
            .machineColumn(b + " hours of action", "baselineHours", Kind.HOURS)
            .machineColumn(f + " staff-days taken part", "focusStaffDays", Kind.COUNT)
            .machineColumn(b + " staff-days taken part", "baselineStaffDays", Kind.COUNT)
            .machineColumn(
                f + " rescheduled " + Basis.PER_STAFF_DAY.phrase(), "focusPerStaffDay", Kind.RATE)
            .machineColumn(
                b + " rescheduled " + Basis.PER_STAFF_DAY.phrase(),
                "baselinePerStaffDay",
                Kind.RATE)
            .machineColumn("Ratio " + Basis.PER_STAFF_DAY.phrase(), "ratioPerStaffDay", Kind.RATIO)
            .machineColumn("Staff figures", "staffNote", Kind.TEXT);
    List<ComparisonRow> rows = new ArrayList<>(c.rows());
    c.likeForLike().filter(r -> c.comparableRows().size() > 1).ifPresent(rows::add);
    for (ComparisonRow r : rows) {
      t.row(
          r.label(),
          r.focus().map(ComparisonSide::total).orElse(null),
          sideRate(r.focus(), Basis.PER_DAY),
          sideRate(r.focus(), Basis.PER_HOUR),
          r.baseline().map(ComparisonSide::total).orElse(null),
          sideRate(r.baseline(), Basis.PER_DAY),
          sideRate(r.baseline(), Basis.PER_HOUR),
          r.ratio(Basis.PER_DAY).map(x -> (Object) x.value()).orElse(null),
          r.ratio(Basis.PER_HOUR).map(x -> (Object) x.value()).orElse(null),
          r.note(),
          r.odsCode() == null || r.odsCode().isEmpty() ? null : r.odsCode(),
          r.focus().map(x -> (Object) actionIds(x.actionIds())).orElse(null),
          r.focus().map(x -> (Object) (long) x.days().size()).orElse(null),
          r.focus().map(x -> (Object) x.hours()).orElse(null),
          r.baseline().map(x -> (Object) actionIds(x.actionIds())).orElse(null),
          r.baseline().map(x -> (Object) (long) x.days().size()).orElse(null),
          r.baseline().map(x -> (Object) x.hours()).orElse(null),
          staffDays(r.focus()),
          staffDays(r.baseline()),
          optionalRate(r.focus(), Basis.PER_STAFF_DAY),
          optionalRate(r.baseline(), Basis.PER_STAFF_DAY),
          r.ratio(Basis.PER_STAFF_DAY).map(x -> (Object) x.value()).orElse(null),
          staffNote(r));
    }
    // The further basis, where the returns give staff taking part: said once, in every format.
    rows.stream()
        .filter(r -> r.ratio(Basis.PER_STAFF_DAY).isPresent())
        .forEach(
            r ->
                t.note(
                    r.label()
                        + ", rescheduled "
                        + Basis.PER_STAFF_DAY.phrase()
                        + ": "
                        + HouseStyle.rate(r.ratio(Basis.PER_STAFF_DAY).get().focus().value())
                        + " against "
                        + HouseStyle.rate(r.ratio(Basis.PER_STAFF_DAY).get().baseline().value())
                        + ", "
                        + r.ratio(Basis.PER_STAFF_DAY).get().times()
                        + (r.staffIllustrative() ? " (illustrative staff figures)" : "")
                        + "."));
    // The sites left out of the like-for-like figures, and why, a note for each reason.
    c.leftOutByReason()
        .forEach(
            (reason, labels) ->
                t.note(
                    "Left out of the like-for-like comparison: "
                        + HouseStyle.joinWithAnd(labels)
                        + " ("
                        + reason
                        + ")."));
    return t.note(
            "Basis: rates a day of action (07:00 to 07:00) and an hour of action (Europe/London);"
                + " ratio = the first rate divided by the second, like for like.")
        .build();
  }

  public static Tabular projection(Projection p) {
    Tabular.Builder t =
        new Tabular.Builder(
                "projection",
                "Estimate for "
                    + p.describeAction()
                    + " ("
                    + HouseStyle.quantity(p.hours(), "hour", "hours")
                    + (p.hypothetical() ? "" : "; " + p.standing().label())
                    + ")")
            .column("Site", "site", Kind.TEXT)
            .column("Outpatient (estimate)", "outpatient", Kind.COUNT)
            .column("Inpatient (estimate)", "inpatient", Kind.COUNT)
            .column("Total (estimate)", "total", Kind.COUNT)
            .column("Low", "low", Kind.COUNT)
            .column("High", "high", Kind.COUNT)
            .column("Rate an hour it rests on", "perHour", Kind.RATE)
            .basis(AN_HOUR)
            .machineColumn("ODS code", "odsCode", Kind.TEXT)
            .machineColumn("Action id", "actionId", Kind.TEXT)
            .machineColumn("Hours of action", "hours", Kind.HOURS);
    List<SiteProjection> rows = new ArrayList<>(p.sites());
    rows.add(p.allSites());
    for (SiteProjection s : rows) {
      t.row(
          s.label(),
          central(s.byType().get(ActivityType.OUTPATIENT)),
          central(s.byType().get(ActivityType.INPATIENT)),
          Math.round(s.total().central()),
          s.total().hasRange() ? (Object) Math.round(s.total().low()) : null,
          s.total().hasRange() ? (Object) Math.round(s.total().high()) : null,
          s.perHour(),
          s.odsCode().isEmpty() ? null : s.odsCode(),
          p.action().id(),
          p.hours());
    }
    for (ActivityType type : List.of(ActivityType.OUTPATIENT, ActivityType.INPATIENT)) {
      if (!p.allSites().byType().containsKey(type)) {
        t.note(type.heading() + ": n/a, as " + p.noEstimateOf(type) + ".");
      }
    }
    if (!p.allSites().total().hasRange()) {
      t.note("Low and high: n/a, as the estimate rests on one comparable action (no range).");
    }
    return t.note(p.method()).build();
  }

  /**
   * The estimate the earlier actions gave for an action with returns, beside what happened: "6,301
   * estimated; 6,050 rescheduled, 251 fewer (4%)".
   */
  public static Tabular estimateAgainstOutcome(EstimateAgainstOutcome o) {
    Tabular.Builder t =
        new Tabular.Builder(
                "estimateAgainstOutcome",
                "Estimate against outcome: "
                    + o.estimate().describeAction()
                    + " ("
                    + HouseStyle.quantity(o.estimate().hours(), "hour", "hours")
                    + ")")
            .column("Site", "site", Kind.TEXT)
            .column("Estimated", "estimated", Kind.COUNT)
            .column("Rescheduled", "rescheduled", Kind.COUNT)
            .column("Difference", "difference", Kind.COUNT)
            .column("Against the estimate", "inWords", Kind.TEXT);
    List<EstimateAgainstOutcome.Outcome> rows = new ArrayList<>(o.sites());
    rows.add(o.allSites());
    for (EstimateAgainstOutcome.Outcome r : rows) {
      t.row(
          r.label(),
          Math.round(r.estimated()),
          r.rescheduled(),
          r.rescheduled() - Math.round(r.estimated()),
          r.describe());
    }
    return t.note(o.method()).build();
  }

  /**
   * What changed since the pack for the month before, as the monthly pack lists it: each action new
   * this month with its total, then each figure a later return revised, with the file that revised
   * it.
   */
  public static Tabular changes(MonthlyChanges c) {
    Tabular.Builder t =
        new Tabular.Builder(
                "changes",
                "Changes since "
                    + c.since()
                    + " (inpatient, outpatient and total-only returns added together)")
            .column("Change", "change", Kind.TEXT)
            .column("Action", "action", Kind.TEXT)
            .column("Site", "site", Kind.TEXT)
            .column("Before", "before", Kind.COUNT)
            .column("Now", "now", Kind.COUNT)
            .column("Difference", "difference", Kind.COUNT)
            .column("From", "file", Kind.TEXT)
            .machineColumn("Action id", "actionId", Kind.TEXT);
    for (var n : c.newActions()) {
      t.row("new", n.action().title(), "", null, n.acute(), null, "", n.action().id());
    }
    for (MonthlyChanges.Revision r : c.revisions()) {
      t.row(
          "revised",
          r.action().title(),
          r.siteLabel(),
          r.before(),
          r.now(),
          r.change(),
          r.file(),
          r.action().id());
    }
    if (c.newActions().isEmpty()) {
      t.note("No new action has returns.");
    }
    if (c.revisions().isEmpty()) {
      t.note("No earlier figures were revised.");
    }
    return t.build();
  }

  /** What the figures cover when it is less than was asked; empty when they cover it all. */
  public static Optional<Tabular> notes(Analysis a) {
    if (a.notes().isEmpty()) {
      return Optional.empty();
    }
    Tabular.Builder t =
        new Tabular.Builder("notes", "What these figures cover").column("Note", "note", Kind.TEXT);
    a.notes().forEach(t::row);
    return Optional.of(t.build());
  }

  public static Tabular timeline(Analysis a) {
    Tabular.Builder t =
        new Tabular.Builder("history", "Industrial action: every action and its returns")
            .column("Action", "action", Kind.TEXT)
            .column("Staff", "staff", Kind.TEXT)
            .column("Hours", "hours", Kind.HOURS)
            .column("Total", "total", Kind.COUNT)
            .column("Cumulative", "cumulative", Kind.COUNT)
            .column(Basis.PER_DAY.heading(), "perDay", Kind.RATE)
            .basis(A_DAY)
            .column(Basis.PER_HOUR.heading(), "perHour", Kind.RATE)
            .basis(AN_HOUR)
            .column("Status", "status", Kind.TEXT)
            .machineColumn("Action id", "actionId", Kind.TEXT)
            .machineColumn("Days of action", "days", Kind.COUNT);
    for (TimelineEntry e : a.timeline()) {
      t.row(
          HouseStyle.days(e.action().days()),
          HouseStyle.joinWithAnd(
              e.action().orderedStaffGroups().stream().map(s -> s.label()).toList()),
          e.action().hours(),
          e.figures().map(f -> (Object) f.acute()).orElse(null),
          e.figures().map(f -> (Object) f.cumulative()).orElse(null),
          e.figures().map(f -> (Object) f.perDay().value()).orElse(null),
          e.figures().map(f -> (Object) f.perHour().value()).orElse(null),
          e.status().label(),
          e.action().id(),
          (long) e.action().days().size());
    }
    return t.build();
  }

  /** Every problem and reconciliation warning, for {@code validate}. */
  public static Tabular problems(Dataset d, List<Reconciliation> reconciliations) {
    Tabular.Builder t =
        new Tabular.Builder("problems", "Problems in the data")
            .column("Severity", "severity", Kind.TEXT)
            .column("Where", "where", Kind.TEXT)
            .column("Message", "message", Kind.TEXT);
    for (DataProblem p : d.problems()) {
      t.row(
          p.severity().name().toLowerCase(java.util.Locale.ROOT),
          p.where().describe(),
          p.message());
    }
    for (Reconciliation r : reconciliations) {
      if (!r.agrees()) {
        t.row("reconciliation", r.stated().provenance().describe(), r.message());
      }
    }
    return t.build();
  }

  /** "the rate a day of action of X divided by that of Y, like for like" */
  private static String ratioBasis(Basis basis, String focus, String baseline) {
    return "the rate "
        + basis.phrase()
        + " of "
        + focus
        + " divided by that of "
        + baseline
        + ", like for like";
  }

  /** Action ids in a stable order, for csv and JSON: "rcn-2022-12; rcn-2023-01". */
  private static String actionIds(java.util.Collection<String> ids) {
    return String.join("; ", new java.util.TreeSet<>(ids));
  }

  private static Object value(OptionalLong v) {
    return v.isPresent() ? v.getAsLong() : null;
  }

  private static Object central(Estimate e) {
    return e == null ? null : Math.round(e.central());
  }

  private static Object rate(Optional<Rate> r) {
    return r.map(x -> (Object) x.value()).orElse(null);
  }

  private static Object sideRate(Optional<ComparisonSide> s, Basis basis) {
    return s.map(x -> (Object) x.on(basis).value()).orElse(null);
  }

  /** A rate that a side may lack (per staff-day): null where it has none, never 0. */
  private static Object optionalRate(Optional<ComparisonSide> s, Basis basis) {
    return s.flatMap(x -> x.rate(basis)).map(x -> (Object) x.value()).orElse(null);
  }

  private static Object staffDays(Optional<ComparisonSide> s) {
    return s.flatMap(
            x ->
                x.staff().total().isPresent()
                    ? Optional.of((Object) x.staff().total().getAsLong())
                    : Optional.empty())
        .orElse(null);
  }

  /** "illustrative", "not available: no staff figures for …", or empty for public figures. */
  private static String staffNote(ComparisonRow r) {
    if (r.ratio(Basis.PER_STAFF_DAY).isPresent()) {
      return r.staffIllustrative() ? "illustrative" : "";
    }
    return r.staffNotAvailable().orElse("");
  }
}
