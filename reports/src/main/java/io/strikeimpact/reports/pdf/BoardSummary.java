package io.strikeimpact.reports.pdf;

import static io.strikeimpact.model.text.HouseStyle.count;
import static io.strikeimpact.model.text.HouseStyle.joinWithAnd;
import static io.strikeimpact.model.text.HouseStyle.percent;
import static io.strikeimpact.model.text.HouseStyle.shownRate;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Comparison;
import io.strikeimpact.model.analysis.ComparisonRow;
import io.strikeimpact.model.analysis.ComparisonSide;
import io.strikeimpact.model.analysis.DisruptionRanking;
import io.strikeimpact.model.analysis.Estimate;
import io.strikeimpact.model.analysis.PartialTotal;
import io.strikeimpact.model.analysis.Projection;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.analysis.StatedTotalsNotRead;
import io.strikeimpact.model.analysis.TypeSplit;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The executive summary as a board member reads it: six bullets or fewer, no file paths, a stated
 * total that does not agree named once with the detail left to Data quality. Sentences are made
 * from the analysis's figures through {@link HouseStyle}; the fuller sentences of {@link
 * Analysis#executiveSummary()} stay with the workbook and the terminal.
 */
final class BoardSummary {
  static final int MAX_BULLETS = 6;

  /** Why the figures are low, said once under the bullets rather than as one of them. */
  static final String CAVEAT =
      "These figures are likely to understate the impact: trusts avoided booking patients on strike"
          + " days, and activity never booked is not counted.";

  private BoardSummary() {}

  /** The bullets, most important first. */
  static List<String> bullets(Analysis a) {
    List<String> s = new ArrayList<>();
    s.add(headline(a));
    if (!a.notes().isEmpty()) {
      // What a filter or a narrowed group left out, as the model says it: never silently.
      s.add(String.join(" ", a.notes()));
    }
    typeSplit(a).ifPresent(s::add);
    a.comparison().ifPresent(c -> comparison(c).ifPresent(s::add));
    a.ranking().flatMap(r -> ranking(r)).ifPresent(s::add);
    a.projection().map(BoardSummary::projection).ifPresent(s::add);
    dataQuality(a).ifPresent(s::add);
    // Never more than six: the split by type, also in the table, goes first.
    if (s.size() > MAX_BULLETS) {
      typeSplit(a).ifPresent(s::remove);
    }
    // England beside us only when it fits: it never pushes out a bullet about the figures here.
    if (s.size() < MAX_BULLETS) {
      a.england().summarySentence(a.partialTotal()).ifPresent(s::add);
    }
    return List.copyOf(s.subList(0, Math.min(MAX_BULLETS, s.size())));
  }

  private static String headline(Analysis a) {
    List<SiteBreakdown> reported =
        a.sites().stream()
            .filter(SiteBreakdown::reported)
            .sorted(Comparator.comparingLong(SiteBreakdown::total).reversed())
            .toList();
    PartialTotal partial = a.partialTotal();
    if (!a.allSites().reported()) {
      // No site has figures: said so with why, never "rescheduled 0".
      return "There are no figures for "
          + a.focus().describe()
          + " ("
          + a.allSites().statusText()
          + ").";
    }
    String s =
        "Hospitals in "
            + a.settings().area()
            + (partial.lacksSites() ? " that sent figures" : "")
            + " rescheduled "
            + count(a.allSites().total())
            + " appointments and procedures because of "
            + a.focus().describe();
    if (reported.size() > 1) {
      s +=
          ": "
              + joinWithAnd(
                  reported.stream()
                      .map(
                          b -> b.label() + " " + count(b.total()) + " (" + percent(b.share()) + ")")
                      .toList());
    }
    // A total without a site that took part says so where it is given, with whose and why.
    return s
        + "."
        + (partial.partial()
            ? " The total is partial: " + partial.why() + partial.seeDataQuality() + "."
            : "");
  }

  private static Optional<String> typeSplit(Analysis a) {
    SiteBreakdown all = a.allSites();
    if (!all.hasSplit()) {
      return Optional.empty();
    }
    String missingOnly = a.partialTotal().statusText();
    return Optional.of(
        TypeSplit.of(all)
            // Partial figures are not stated flatly: a 0 may be every row of that type rejected.
            // A site missing whole is said in the headline bullet, not again here.
            + all.caveat()
                .filter(c -> !c.equals(missingOnly))
                .map(c -> ", as far as the returns could be read (" + c + ")")
                // Short figures are said in the headline bullet; the split still says it is so.
                .orElse(
                    a.partialTotal().shortOf().isEmpty()
                        ? ""
                        : ", as far as the returns could be read")
            + ".");
  }

  /** Both bases in one bullet, with the sites left out named. */
  private static Optional<String> comparison(Comparison c) {
    if (c.likeForLike().isEmpty()) {
      return Optional.of(
          "No site has figures for both "
              + c.focus().describe()
              + " and "
              + c.baseline().describe()
              + ", so the two cannot be compared like for like.");
    }
    ComparisonRow lfl = c.likeForLike().get();
    ComparisonSide f = lfl.focus().orElseThrow();
    ComparisonSide b = lfl.baseline().orElseThrow();
    List<ComparisonRow> rows = c.comparableRows();
    String where =
        rows.size() == 1
            ? "At " + rows.getFirst().label() + ", the only site that took part in both, the "
            : "At the " + HouseStyle.count(rows.size()) + " sites that took part in both, the ";
    String s =
        where
            + c.focus().noun()
            + " rescheduled "
            + shownRate(f.perDay().value())
            + " a day of action against "
            + shownRate(b.perDay().value())
            + " in "
            + c.baseline().describe()
            + " ("
            + lfl.ratio(Basis.PER_DAY).orElseThrow().times()
            + " as many); an hour of action, "
            + shownRate(f.perHour().value())
            + " against "
            + shownRate(b.perHour().value())
            + " ("
            + lfl.ratio(Basis.PER_HOUR).orElseThrow().times()
            + ").";
    if (!c.excluded().isEmpty()) {
      List<String> labels = c.excluded().stream().map(e -> e.label()).distinct().toList();
      s +=
          " "
              + joinWithAnd(labels)
              + (labels.size() == 1 ? " is" : " are")
              + " left out: "
              + (labels.size() == 1 ? "it" : "they")
              + " did not take part in both.";
    }
    return Optional.of(s);
  }

  /** "It was the most disruptive action so far, in all, a day and an hour of action, ...". */
  private static Optional<String> ranking(DisruptionRanking r) {
    if (!r.mostDisruptiveADay()) {
      return Optional.empty();
    }
    List<String> bases =
        r.holdsOn().stream()
            .map(b -> b == Basis.PER_ACTION ? "in total" : b == Basis.PER_DAY ? "a day" : "an hour")
            .toList();
    String on = joinWithAnd(bases) + (bases.getLast().startsWith("in") ? "" : " of action");
    int n = r.comparedWith().size();
    return Optional.of(
        "On the figures received, it is the most disruptive action so far: at the sites that"
            + " reported both, it rescheduled more than "
            + (n == 1
                ? "the one earlier action"
                : "each of the " + HouseStyle.count(n) + " earlier actions")
            + " "
            + on
            + ".");
  }

  /**
   * "For X (96 hours), expect about 6,300 to be rescheduled"; for an action under way or over
   * without returns, what it "could see" or "may have seen"; "expect" is only for what is still to
   * come.
   */
  static String projection(Projection p) {
    Estimate all = p.allSites().total();
    String hours = HouseStyle.quantity(p.hours(), "hour", "hours");
    String about = count(HouseStyle.roundForPublication(all.central()));
    String lead;
    if (p.announced() || p.hypothetical()) {
      lead = "For " + p.describeAction() + " (" + hours + "), expect about " + about + " to be";
    } else if (p.ended()) {
      lead =
          p.endedWithout()
              + p.describeAction()
              + " ("
              + hours
              + ", which has ended); it may have seen about "
              + about;
    } else {
      lead =
          "No returns have come in yet for "
              + p.describeAction()
              + " ("
              + hours
              + ", under way); it could see about "
              + about;
    }
    return lead
        + " rescheduled"
        + (all.hasRange()
            ? ", in a range of "
                + count(Math.round(all.low()))
                + " to "
                + count(Math.round(all.high()))
            : "")
        + ": an estimate from the rate an hour of action of "
        + (p.comparables().size() == 1 ? "the last such strike" : "past such strikes")
        + "."
        + (p.leftOut().isEmpty() ? "" : " " + p.leftOutSentence());
  }

  /** Stated totals that do not agree and rejected rows, counted, with the detail elsewhere. */
  private static Optional<String> dataQuality(Analysis a) {
    List<String> parts = new ArrayList<>();
    var warnings = a.disagreeingTotals();
    if (warnings.size() == 1) {
      var r = warnings.getFirst();
      parts.add(
          "a stated total of "
              + count(r.stated().stated())
              + " does not agree with the "
              + count(r.summed())
              + " the returns add to; this pack uses the returns");
    } else if (warnings.size() > 1) {
      parts.add(
          HouseStyle.quantity(warnings.size(), "stated total does not", "stated totals do not")
              + " agree with the returns; this pack uses the returns");
    }
    int unreadable = io.strikeimpact.model.analysis.UnreadableReturn.in(a.dataset()).size();
    if (unreadable > 0) {
      // Refused is not missing: the board is told returns came and could not be read.
      parts.add(
          HouseStyle.quantity(
                  unreadable,
                  "return was received but could not be read",
                  "returns were received but could not be read")
              + ", so "
              + (unreadable == 1 ? "its" : "their")
              + " figures are not in these totals");
    }
    StatedTotalsNotRead totalsNotRead = StatedTotalsNotRead.in(a.dataset());
    if (!totalsNotRead.none()) {
      parts.add(totalsNotRead.describe());
    }
    // A stated total's rejected row was never in the totals; it is counted above, not here.
    int rejected = a.dataset().rejectedRows().size() - totalsNotRead.rowsRejected();
    if (rejected > 0) {
      parts.add(
          HouseStyle.quantity(rejected, "row was", "rows were")
              + " rejected and left out of the totals");
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "Data quality: " + String.join("; ", parts) + " (see " + DataQualitySection.TITLE + ").");
  }
}
