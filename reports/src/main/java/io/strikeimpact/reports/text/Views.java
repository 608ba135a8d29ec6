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
import java.util.Optional;
import java.util.OptionalLong;

/** The analysis as tables for the terminal formats; figures are read from it, never recomputed. */
public final class Views {
  private Views() {}

  public static Tabular sites(Analysis a) {
    Tabular.Builder t =
        new Tabular.Builder("sites", a.focus().title() + ": activity rescheduled")
            .column("Site", "site", Kind.TEXT)
            .column("Outpatient", "outpatient", Kind.COUNT)
            .column("Inpatient", "inpatient", Kind.COUNT)
            .column("Total only", "totalOnly", Kind.COUNT)
            .column("Total", "total", Kind.COUNT)
            .column("Share", "share", Kind.SHARE)
            .column(Basis.PER_DAY.heading(), "perDay", Kind.RATE)
            .column(Basis.PER_HOUR.heading(), "perHour", Kind.RATE)
            .column("Status", "status", Kind.TEXT);
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
          r ? (b.hasSplit() ? "" : "total only: not split") : b.statusText());
    }
    return t.note("Rates: a day of action runs 07:00 to 07:00; hours are counted in Europe/London.")
        .build();
  }

  public static Tabular comparison(Comparison c) {
    String f = c.focus().shortLabel();
    String b = c.baseline().shortLabel();
    Tabular.Builder t =
        new Tabular.Builder("comparison", c.focus().title() + " against " + c.baseline().describe())
            .column("Site", "site", Kind.TEXT)
            .column(f + " total", "focusTotal", Kind.COUNT)
            .column("a day", "focusPerDay", Kind.RATE)
            .column("an hour", "focusPerHour", Kind.RATE)
            .column(b + " total", "baselineTotal", Kind.COUNT)
            .column("a day", "baselinePerDay", Kind.RATE)
            .column("an hour", "baselinePerHour", Kind.RATE)
            .column("Ratio a day", "ratioPerDay", Kind.RATIO)
            .column("Ratio an hour", "ratioPerHour", Kind.RATIO)
            .column("Note", "note", Kind.TEXT);
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
          r.notApplicableReason());
    }
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
            .column("Rate an hour it rests on", "perHour", Kind.RATE);
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
          s.perHour());
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
            .column(Basis.PER_HOUR.heading(), "perHour", Kind.RATE)
            .column("Status", "status", Kind.TEXT);
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
          e.status().label());
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
}
