package io.strikeimpact.reports.text;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Comparison;
import io.strikeimpact.model.analysis.ComparisonRow;
import io.strikeimpact.model.analysis.ComparisonSide;
import io.strikeimpact.model.analysis.Rate;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The analysis as plain text for the terminal: the focus action by site and type, the comparison
 * with its bases, and every reconciliation warning. Figures come from the analysis as they are.
 */
public final class SummaryText {
  /** What a cell says when a figure does not apply; never 0. */
  public static final String NOT_APPLICABLE = "n/a";

  private SummaryText() {}

  public static String render(Analysis a) {
    StringBuilder out = new StringBuilder();
    out.append(a.focus().title()).append(": activity rescheduled\n\n");
    out.append(siteTable(a)).append('\n');
    a.comparison().ifPresent(c -> out.append(comparison(c)).append('\n'));
    List<Reconciliation> warnings = a.reconciliationWarnings();
    if (!warnings.isEmpty()) {
      out.append("Reconciliation warnings\n");
      warnings.forEach(r -> out.append("- ").append(r.message()).append('\n'));
      out.append('\n');
    }
    int rejected = a.dataset().rejectedRows().size();
    int problems = a.dataset().problems().size();
    if (rejected + problems > 0) {
      out.append(
          "Data quality: "
              + HouseStyle.quantity(problems, "problem", "problems")
              + ", "
              + HouseStyle.quantity(rejected, "row", "rows")
              + " rejected (run `strike-impact board-pack` for the full list).\n");
    }
    return out.toString();
  }

  static String siteTable(Analysis a) {
    TextTable t =
        new TextTable(
            "Site", "Outpatient>", "Inpatient>", "Total only>", "Total>", "Share>",
            Basis.PER_DAY.heading() + ">", Basis.PER_HOUR.heading() + ">");
    List<SiteBreakdown> rows = new ArrayList<>(a.sites());
    rows.add(a.allSites());
    for (SiteBreakdown b : rows) {
      if (!b.reported()) {
        t.row(b.label() + " (" + b.status().label() + ")", NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE,
            NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE);
        continue;
      }
      t.row(
          b.label(),
          figure(b.figure(ActivityType.OUTPATIENT), b.hasSplit() ? "" : "not split"),
          figure(b.figure(ActivityType.INPATIENT), b.hasSplit() ? "" : "not split"),
          figure(b.figure(ActivityType.TOTAL_ONLY), "-"),
          HouseStyle.count(b.total()),
          HouseStyle.percent(b.share()),
          rate(b.perDay()),
          rate(b.perHour()));
    }
    return t.render();
  }

  static String comparison(Comparison c) {
    String f = c.focus().shortLabel();
    String b = c.baseline().shortLabel();
    StringBuilder out = new StringBuilder();
    out.append(c.focus().title()).append(" against ").append(c.baseline().describe()).append('\n');
    out.append(
        "Basis: rates a day of action (07:00 to 07:00) and an hour of action (Europe/London);"
            + " ratio = the first rate divided by the second, like for like.\n\n");
    TextTable t =
        new TextTable(
            "Site", f + " total>", "a day>", "an hour>", b + " total>", "a day>", "an hour>",
            "Ratio a day>", "Ratio an hour>", "Note");
    List<ComparisonRow> rows = new ArrayList<>(c.rows());
    c.likeForLike().filter(r -> c.comparableRows().size() > 1).ifPresent(rows::add);
    for (ComparisonRow r : rows) {
      t.row(
          r.label(),
          side(r.focus(), ComparisonSide::total),
          sideRate(r.focus(), Basis.PER_DAY),
          sideRate(r.focus(), Basis.PER_HOUR),
          side(r.baseline(), ComparisonSide::total),
          sideRate(r.baseline(), Basis.PER_DAY),
          sideRate(r.baseline(), Basis.PER_HOUR),
          r.ratio(Basis.PER_DAY).map(x -> x.times()).orElse(NOT_APPLICABLE),
          r.ratio(Basis.PER_HOUR).map(x -> x.times()).orElse(NOT_APPLICABLE),
          r.notApplicableReason());
    }
    out.append(t.render());
    return out.toString();
  }

  private static String side(Optional<ComparisonSide> s, java.util.function.ToLongFunction<ComparisonSide> f) {
    return s.map(x -> HouseStyle.count(f.applyAsLong(x))).orElse(NOT_APPLICABLE);
  }

  private static String sideRate(Optional<ComparisonSide> s, Basis basis) {
    return s.map(x -> HouseStyle.rate(x.on(basis).value())).orElse(NOT_APPLICABLE);
  }

  private static String figure(OptionalLong v, String whenEmpty) {
    return v.isPresent() ? HouseStyle.count(v.getAsLong()) : (whenEmpty.isEmpty() ? NOT_APPLICABLE : whenEmpty);
  }

  private static String rate(Optional<Rate> r) {
    return r.map(x -> HouseStyle.rate(x.value())).orElse(NOT_APPLICABLE);
  }
}
