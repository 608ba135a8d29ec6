package io.strikeimpact.model.analysis;

import static io.strikeimpact.model.text.HouseStyle.count;
import static io.strikeimpact.model.text.HouseStyle.joinWithAnd;
import static io.strikeimpact.model.text.HouseStyle.percent;
import static io.strikeimpact.model.text.HouseStyle.rate;
import static io.strikeimpact.model.text.HouseStyle.wholeRate;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes the executive summary and the chart titles from the figures, in GOV.UK style: plain words,
 * numerals, the basis beside every rate. It states only what the figures show.
 */
final class SummaryWriter {
  private final ReportSettings settings;
  private final Dataset dataset;

  SummaryWriter(ReportSettings settings, Dataset dataset) {
    this.settings = settings;
    this.dataset = dataset;
  }

  List<String> executiveSummary(
      ActionGroup focus,
      List<SiteBreakdown> sites,
      SiteBreakdown all,
      Optional<Comparison> comparison,
      Optional<DisruptionRanking> ranking,
      Optional<MonthlyChanges> changes,
      Optional<Projection> projection,
      List<Reconciliation> reconciliations) {
    List<String> s = new ArrayList<>();
    List<SiteBreakdown> reported = sites.stream().filter(SiteBreakdown::reported).toList();
    PartialTotal partial = PartialTotal.of(sites, dataset, focus);
    if (!all.reported()) {
      s.add(
          "There are no figures for "
              + focus.describe()
              + " ("
              + all.statusText()
              + ")"
              + coverage(sites, reported)
              + ".");
    } else if (partial.lacksSites()) {
      // A total without a site that took part is not the area's: said in the sentence that gives
      // it, with the sites it lacks and why, as every other output says it.
      s.add(
          "Hospitals in "
              + settings.area()
              + " that sent figures rescheduled "
              + count(all.total())
              + " appointments and procedures because of "
              + focus.describe()
              + ". The total is partial: "
              + partial.why()
              + partial.seeDataQuality()
              + ".");
    } else {
      s.add(
          "Hospitals in "
              + settings.area()
              + " rescheduled "
              + count(all.total())
              + " appointments and procedures because of "
              + focus.describe()
              + coverage(sites, reported)
              + "."
              // Every site's figures are in it, some short: said, never made good.
              + (partial.partial()
                  ? " The total is partial: " + partial.why() + partial.seeDataQuality() + "."
                  : ""));
    }
    if (reported.size() > 1) {
      List<String> parts =
          byTotalDescending(reported).stream()
              .map(b -> b.label() + " " + count(b.total()) + " (" + percent(b.share()) + ")")
              .toList();
      s.add("By site: " + joinWithAnd(parts) + ".");
    }
    typeSentence(all, partial).ifPresent(s::add);
    comparison.ifPresent(c -> s.addAll(comparisonSentences(c)));
    ranking.flatMap(r -> rankingSentence(focus, r)).ifPresent(s::add);
    changes.ifPresent(c -> s.add(changesSentence(c)));
    projection.ifPresent(p -> s.add(projectionSentence(p)));
    for (Reconciliation r : reconciliations) {
      if (r.checkable() && !r.agrees()) {
        s.add(
            "A total stated in "
                + r.stated().provenance().file()
                + " gives "
                + count(r.stated().stated())
                + " for "
                + r.scopeDescription()
                + "; the returns add to "
                + count(r.summed())
                + ", a difference of "
                + count(Math.abs(r.difference()))
                + ". This pack uses the sum of the returns.");
      }
    }
    List<UnreadableReturn> unreadable = UnreadableReturn.in(dataset);
    if (!unreadable.isEmpty()) {
      s.add(
          HouseStyle.capitalise(
                  HouseStyle.quantity(unreadable.size(), "return", "returns")
                      + (unreadable.size() == 1 ? " was" : " were")
                      + " received but could not be read, and "
                      + (unreadable.size() == 1 ? "its" : "their")
                      + " figures are not in these totals: ")
              + joinWithAnd(
                  unreadable.stream()
                      .map(
                          u ->
                              dataset.siteLabel(u.odsCode())
                                  + "'s "
                                  + u.file()
                                  + " ("
                                  + u.reason()
                                  + ")")
                      .toList())
              + ".");
    }
    int rejected = dataset.rejectedRows().size();
    if (rejected > 0) {
      s.add(
          HouseStyle.quantity(rejected, "row was", "rows were")
              + " rejected from the returns and "
              + (rejected == 1 ? "is" : "are")
              + " listed under data quality; "
              + (rejected == 1 ? "its figures are" : "their figures are")
              + " not in these totals.");
    }
    s.add(
        "These figures are likely to understate the impact: trusts avoided booking patients on"
            + " strike days, and activity never booked is not counted.");
    return s;
  }

  private static String coverage(List<SiteBreakdown> sites, List<SiteBreakdown> reported) {
    List<String> missing =
        sites.stream()
            .filter(b -> b.status() == SiteStatus.NO_RETURN || b.status() == SiteStatus.UNKNOWN)
            .map(SiteBreakdown::label)
            .toList();
    List<String> unreadable =
        sites.stream()
            .filter(
                b -> b.status() == SiteStatus.UNREADABLE || b.status() == SiteStatus.OVERLAPPING)
            .map(b -> b.label() + " " + b.statusText())
            .toList();
    if (missing.isEmpty() && unreadable.isEmpty()) {
      return "";
    }
    List<String> why = new ArrayList<>();
    if (!missing.isEmpty()) {
      why.add("no return from " + joinWithAnd(missing));
    }
    why.addAll(unreadable);
    return " ("
        + HouseStyle.quantity(reported.size(), "site", "sites")
        + " reported; "
        + String.join("; ", why)
        + ")";
  }

  private static Optional<String> typeSentence(SiteBreakdown all, PartialTotal partial) {
    if (!all.hasSplit()) {
      return Optional.empty();
    }
    Long totalOnly = all.byType().get(ActivityType.TOTAL_ONLY);
    String s = TypeSplit.of(all);
    if (totalOnly != null) {
      s += "; " + count(totalOnly) + " were reported without a split";
    }
    // Partial figures are not stated flatly: a 0 may be every row of that type rejected.
    // A site missing whole is said in the sentence before; this is for figures partly read.
    s +=
        all.caveat()
            .filter(c -> !c.equals(partial.statusText()))
            .map(c -> ", as far as the returns could be read (" + c + ")")
            // Short figures are said in the sentence before; the split still says it is so.
            .orElse(partial.shortOf().isEmpty() ? "" : ", as far as the returns could be read");
    return Optional.of(s + ".");
  }

  private List<String> comparisonSentences(Comparison c) {
    List<String> s = new ArrayList<>();
    if (c.likeForLike().isEmpty()) {
      s.add(
          "No site has figures for both "
              + c.focus().describe()
              + " and "
              + c.baseline().describe()
              + ", so the two cannot be compared like for like.");
    } else {
      ComparisonRow lfl = c.likeForLike().get();
      ComparisonSide f = lfl.focus().orElseThrow();
      ComparisonSide b = lfl.baseline().orElseThrow();
      Ratio perDay = lfl.ratio(Basis.PER_DAY).orElseThrow();
      Ratio perHour = lfl.ratio(Basis.PER_HOUR).orElseThrow();
      List<ComparisonRow> comparable = c.comparableRows();
      String where =
          comparable.size() == 1
              ? "At " + comparable.getFirst().label() + ", the only site that took part in both,"
              : "At the "
                  + comparable.size()
                  + " sites that took part in both ("
                  + joinWithAnd(comparable.stream().map(ComparisonRow::label).toList())
                  + "),";
      s.add(
          where
              + " the "
              + c.focus().noun()
              + " rescheduled "
              + wholeRate(f.perDay().value())
              + " a day of action against "
              + wholeRate(b.perDay().value())
              + " a day in "
              + c.baseline().describe()
              + ": "
              + perDay.times()
              + " as many a day, "
              + wholeRate(Math.abs(f.perDay().value() - b.perDay().value()))
              + (f.perDay().value() >= b.perDay().value() ? " more" : " fewer")
              + " a day ("
              + HouseStyle.signedPercent(perDay.change())
              + ").");
      s.add(
          "Counted by the hour, as the "
              + c.focus().noun()
              + " ran for "
              + HouseStyle.quantity(f.hours(), "hour", "hours")
              + withFigures(f)
              + " and the "
              + c.baseline().noun()
              + " for "
              + HouseStyle.quantity(b.hours(), "hour", "hours")
              + withFigures(b)
              + ", it was "
              + rate(f.perHour().value())
              + " an hour against "
              + rate(b.perHour().value())
              + ": "
              + perHour.times()
              + " as many an hour.");
    }
    c.leftOutByReason()
        .forEach(
            (reason, labels) ->
                s.add(
                    joinWithAnd(labels)
                        + " "
                        + reason
                        + " and "
                        + (labels.size() == 1 ? "is" : "are")
                        + " left out of the comparison."));
    return s;
  }

  /**
   * "On the figures received, this was the most disruptive action so far in all, a day and an hour
   * of action, compared like for like with each earlier action at the sites that reported both."
   * Made only on the bases where it holds; withheld when it does not hold a day of action.
   */
  private static Optional<String> rankingSentence(ActionGroup focus, DisruptionRanking r) {
    if (!r.mostDisruptiveADay()) {
      return Optional.empty();
    }
    List<String> holds = r.holdsOn().stream().map(SummaryWriter::basisWords).toList();
    String s =
        "On the figures received, "
            + focus.describe()
            + " was the most disruptive action so far "
            + joinWithAnd(holds)
            + ", compared like for like with "
            + (r.comparedWith().size() == 1
                ? "the one earlier action"
                : "each of the " + r.comparedWith().size() + " earlier actions")
            + " at the sites that reported both";
    if (!r.failsOn().isEmpty()) {
      s +=
          "; it was not "
              + joinWithAnd(r.failsOn().stream().map(SummaryWriter::basisWords).toList());
    }
    return Optional.of(s + ".");
  }

  private static String basisWords(Basis b) {
    return b == Basis.PER_ACTION ? "in all" : b.phrase();
  }

  /** "Since the March 2023 pack: returns for 1 new action (...); no figures were revised." */
  private static String changesSentence(MonthlyChanges c) {
    String since = "Since " + c.since() + ": ";
    String added =
        c.newActions().isEmpty()
            ? "no new action has returns"
            : "returns for "
                + joinWithAnd(
                    c.newActions().stream()
                        .map(t -> t.action().describe() + " (" + count(t.acute()) + ")")
                        .toList());
    String revised =
        c.revisions().isEmpty()
            ? "no earlier figures were revised"
            : "revised figures for "
                + joinWithAnd(
                    c.revisions().stream()
                        .map(
                            r ->
                                r.siteLabel()
                                    + " in "
                                    + r.action().describe()
                                    + " ("
                                    + count(r.before())
                                    + " to "
                                    + count(r.now())
                                    + ", "
                                    + r.file()
                                    + ")")
                        .toList());
    return since + added + "; " + revised + ".";
  }

  /**
   * "If the junior doctors' strike of 11 to 14 April 2023 (96 hours) disrupts at the rate of the
   * last, expect about 6,300 appointments and procedures to be rescheduled (an estimate; ...)."
   */
  private static String projectionSentence(Projection p) {
    Estimate all = p.allSites().total();
    String range =
        all.hasRange()
            ? ", in a range of "
                + count(Math.round(all.low()))
                + " to "
                + count(Math.round(all.high()))
            : "";
    String lead =
        p.announced() || p.hypothetical()
            ? "For "
            : p.ended() ? p.endedWithout() : "No returns have come in yet for ";
    String but = p.announced() || p.hypothetical() ? "" : "but ";
    String when = p.ended() ? ", which has ended" : "";
    return lead
        + p.describeAction()
        + " ("
        + HouseStyle.quantity(p.hours(), "hour", "hours")
        + when
        + "), "
        + but
        + "the rate an hour of action of "
        + (p.comparables().size() == 1 ? "the last such strike" : "past such strikes")
        + " gives an estimate of about "
        + count(HouseStyle.roundForPublication(all.central()))
        + " appointments and procedures rescheduled"
        + range
        + ". "
        + p.method().substring(p.method().indexOf("It rests"));
  }

  ChartTitles chartTitles(
      List<SiteBreakdown> sites,
      SiteBreakdown all,
      Optional<Comparison> comparison,
      List<TimelineEntry> timeline) {
    List<SiteBreakdown> reported =
        byTotalDescending(sites.stream().filter(SiteBreakdown::reported).toList());
    String share =
        reported.isEmpty()
            ? "No site has sent a return yet"
            : all.total() == 0
                ? "No site rescheduled any activity"
                : reported.getFirst().label()
                    + " rescheduled "
                    + percent(reported.getFirst().share())
                    + " of all activity";
    String bySiteAndType;
    if (all.byType().containsKey(ActivityType.OUTPATIENT) && all.total() > 0) {
      double op = all.byType().getOrDefault(ActivityType.OUTPATIENT, 0L) / (double) all.total();
      bySiteAndType = "Outpatient appointments were " + percent(op) + " of activity rescheduled";
    } else {
      bySiteAndType = "Activity rescheduled by site";
    }
    String cmp = "No like-for-like comparison is possible";
    String sub = "";
    String perDay = cmp;
    String perHour = cmp;
    if (comparison.isPresent() && comparison.get().likeForLike().isPresent()) {
      Comparison c = comparison.get();
      ComparisonRow lfl = c.likeForLike().get();
      cmp =
          lfl.ratio(Basis.PER_DAY).orElseThrow().times()
              + " the daily rate of the "
              + c.baseline().noun();
      sub =
          "An hour of action: "
              + lfl.ratio(Basis.PER_HOUR).orElseThrow().times()
              + ". Sites in both: "
              + joinWithAnd(c.comparableRows().stream().map(ComparisonRow::label).toList())
              + ".";
      perDay = asMany(lfl.ratio(Basis.PER_DAY).orElseThrow(), "a day", c.baseline());
      perHour = asMany(lfl.ratio(Basis.PER_HOUR).orElseThrow(), "an hour", c.baseline());
    }
    List<ActionTotal> reportedActions =
        timeline.stream().flatMap(e -> e.figures().stream()).toList();
    String runningTotal =
        reportedActions.isEmpty()
            ? "No action has returns yet"
            : "Running total reached "
                + count(reportedActions.getLast().cumulative())
                + " after "
                + HouseStyle.quantity(reportedActions.size(), "action", "actions");
    return new ChartTitles(bySiteAndType, cmp, sub, share, runningTotal, perDay, perHour);
  }

  /**
   * "3.1 times as many a day as the nursing strikes": the focus action against the baseline action,
   * never against a staff group.
   */
  private static String asMany(Ratio ratio, String per, ActionGroup baseline) {
    return ratio.times() + " as many " + per + " as the " + baseline.noun();
  }

  private static List<SiteBreakdown> byTotalDescending(List<SiteBreakdown> rows) {
    return rows.stream().sorted(Comparator.comparingLong(SiteBreakdown::total).reversed()).toList();
  }

  /**
   * " on the days with figures" for a side a return by day is short of, so no sentence says the
   * action ran for the hours its rates divide by when those leave a day out.
   */
  private static String withFigures(ComparisonSide side) {
    return side.daysWithoutFigures().isEmpty() ? "" : " on the days with figures";
  }
}
