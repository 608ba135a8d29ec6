package io.strikeimpact.reports.press;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Comparison;
import io.strikeimpact.model.analysis.ComparisonRow;
import io.strikeimpact.model.analysis.ComparisonSide;
import io.strikeimpact.model.analysis.Projection;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.analysis.SiteStatus;
import io.strikeimpact.model.text.HouseStyle;
import io.strikeimpact.model.text.PressWording;
import io.strikeimpact.model.text.PressWording.SmallNumbers;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words of a one-page press briefing, worked out once from an {@link Analysis} and rendered as
 * a PDF and as plain text: a headline figure rounded as a release says it, a first line of the body
 * with the exact figure (a rounded headline would be as true of a wrong total), three bullets (by
 * site; against the baseline, like for like, with its basis; what is expected next), a table of the
 * chart's figures, notes to editors, the release line and the press office.
 *
 * @param release "For immediate release" or "Embargoed until 00:01 on 4 April 2023"
 * @param lead the first line of the body: the exact figure, its area, its action and its source
 * @param table the chart's figures: a header row, then one row per site and the total
 */
public record PressBriefing(
    String title,
    String date,
    String release,
    String headline,
    String lead,
    List<String> bullets,
    List<List<String>> table,
    List<String> notesToEditors,
    PressContact contact,
    SmallNumbers smallNumbers) {

  public PressBriefing {
    bullets = List.copyOf(bullets);
    table = table.stream().map(List::copyOf).toList();
    notesToEditors = List.copyOf(notesToEditors);
  }

  /** What the press office chooses: the embargo, the contact and the small-number policy. */
  public record Options(
      Optional<LocalDateTime> embargo, PressContact contact, SmallNumbers smallNumbers) {}

  public static PressBriefing of(Analysis analysis, Options options) {
    SmallNumbers policy = options.smallNumbers();
    // Every count of the focus action is written from one table, so that a figure withheld in it
    // is withheld wherever else it would appear (the lead, the bullets, the notes).
    PressFigures figures = PressFigures.of(analysis, policy);
    PressScope scope = new PressScope(analysis);
    String focus = analysis.focus().describe();
    // No hospital's figures is no figures, never "0 ... at 0 of the 3 hospitals".
    String headline =
        analysis.allSites().reported()
            ? headlineCount(analysis, figures, scope)
                + " rescheduled "
                + scope.place()
                + " because of "
                + focus
            : "No figures yet for the " + scope.noun() + " rescheduled because of " + focus;
    return new PressBriefing(
        "Press briefing: " + analysis.focus().title(),
        HouseStyle.date(analysis.settings().asOf()),
        options.embargo().map(PressBriefing::embargo).orElse("For immediate release"),
        headline,
        lead(analysis, figures, scope),
        List.of(
            bySite(analysis, figures),
            againstBaseline(analysis, policy, figures),
            next(analysis, scope)),
        table(analysis, figures),
        notes(analysis, policy, figures, scope),
        options.contact(),
        policy);
  }

  /**
   * "More than 4,700 appointments and procedures were": rounded as a release says it; a hidden
   * total is never given exactly (a total of 1 to 7 would be, as it is under 100).
   */
  private static String headlineCount(Analysis analysis, PressFigures figures, PressScope scope) {
    SiteBreakdown all = analysis.allSites();
    if (figures.totalWithheld(all)) {
      return HouseStyle.capitalise(scope.noun()) + " were";
    }
    String count =
        figures.totalHidden(all) ? figures.total(all) : PressWording.headline(all.total());
    return HouseStyle.capitalise(count) + " " + scope.noun() + " were";
  }

  /** "Embargoed until 00:01 on 4 April 2023". */
  static String embargo(LocalDateTime when) {
    return "Embargoed until "
        + DateTimeFormatter.ofPattern("HH:mm", Locale.UK).format(when)
        + " on "
        + HouseStyle.date(when.toLocalDate());
  }

  /**
   * "Hospitals in Norfolk and Waveney rescheduled 4,726 appointments and procedures because of the
   * junior doctors' strike of 13 to 15 March 2023, according to the returns of the three trusts."
   * When a hospital that took part has no figure, the hospitals that have them are named and the
   * one missing is said, with why: "Queen Elizabeth Hospital, King's Lynn and James Paget
   * University Hospital, Gorleston rescheduled 1,275 ..., according to their returns. The figure
   * for Norfolk and Waveney is partial: the two returns of Norfolk and Norwich University Hospital
   * overlap and neither was counted."
   */
  private static String lead(Analysis analysis, PressFigures figures, PressScope scope) {
    SiteBreakdown all = analysis.allSites();
    if (!all.reported()) {
      return "No hospital in "
          + analysis.settings().area()
          + " has figures for "
          + analysis.focus().describe()
          + ": none of the returns received could be counted, or none came (by hospital below).";
    }
    String according =
        scope.partial().lacksSites()
            ? scope.reportingNames().size() == 1
                ? "according to its return"
                : "according to their returns"
            : PressSources.accordingTo(PressSources.trusts(analysis).size());
    String s =
        scope.subject()
            + " rescheduled "
            + (figures.totalWithheld(all) ? "" : figures.total(all) + " ")
            + scope.noun()
            + " because of "
            + analysis.focus().describe()
            + ", "
            + according
            + ".";
    return scope.partial().partial() ? s + " " + scope.partialSentence() : s;
  }

  private static String bySite(Analysis analysis, PressFigures figures) {
    List<String> parts = new ArrayList<>();
    List<String> none = new ArrayList<>();
    for (SiteBreakdown site : analysis.sites()) {
      // The first mention of each hospital: its name in full, with the short form used after it.
      String name =
          analysis
              .dataset()
              .site(site.odsCode())
              .map(s -> s.shortName() + " (" + site.label() + ")")
              .orElse(site.label());
      if (site.reported()) {
        // Partial figures are said to be so: a reader must not take them for the whole count.
        parts.add(
            name
                + ", "
                + figures.total(site)
                + analysis
                    .partialTotal()
                    .shortOf(site.odsCode())
                    .map(
                        p ->
                            " (partial: its figures lack "
                                + HouseStyle.joinWithAnd(p.plain())
                                + ")")
                    .orElse(
                        // A revision that replaced earlier figures is no caveat in a briefing
                        site.partial()
                            ? " (may be out of date: a later return could not be read)"
                            : ""));
      } else {
        none.add(name + " (" + site.statusText() + ")");
      }
    }
    String s = parts.isEmpty() ? "" : "By hospital: " + String.join("; ", parts) + ". ";
    return none.isEmpty() ? s.strip() : s + "No figures for " + HouseStyle.joinWithAnd(none) + ".";
  }

  private static String againstBaseline(
      Analysis analysis, SmallNumbers policy, PressFigures figures) {
    Optional<Comparison> maybe = analysis.comparison();
    if (maybe.isEmpty() || maybe.get().likeForLike().isEmpty()) {
      return "No like-for-like comparison with earlier strikes is possible: no hospital has figures for both.";
    }
    Comparison c = maybe.get();
    ComparisonRow row = c.likeForLike().get();
    ComparisonSide f = row.focus().orElseThrow();
    ComparisonSide b = row.baseline().orElseThrow();
    if (policy == SmallNumbers.SUPPRESS && givesHiddenCountsAway(analysis, c, f, b, figures)) {
      return "A like-for-like comparison with earlier strikes is withheld: its totals and rates would"
          + " let counts withheld above be worked out.";
    }
    List<String> sites = c.comparableRows().stream().map(ComparisonRow::label).toList();
    String where =
        sites.size() == 1
            ? "At " + sites.getFirst() + ", the only hospital that took part in both"
            : "At the "
                + HouseStyle.count(sites.size())
                + " hospitals that took part in both ("
                + HouseStyle.joinWithAnd(sites)
                + ")";
    return where
        + ", "
        + c.focus().describe()
        + " rescheduled "
        + row.ratio(Basis.PER_DAY).orElseThrow().times()
        + " as many a day as "
        + c.baseline().describe()
        + " ("
        + HouseStyle.wholeRate(f.perDay().value())
        + " a day against "
        + HouseStyle.wholeRate(b.perDay().value())
        + "; "
        + PressWording.count(f.total(), policy)
        + " over "
        + HouseStyle.quantity(f.days().size(), "day", "days")
        + " against "
        + PressWording.count(b.total(), policy)
        + " over "
        + HouseStyle.quantity(b.days().size(), "day", "days")
        + "). Counted by the hour of action, it was "
        + row.ratio(Basis.PER_HOUR).orElseThrow().times()
        + " as many ("
        + HouseStyle.rate(f.perHour().value())
        + " an hour over "
        + HouseStyle.quantity(f.hours(), "hour", "hours")
        + " against "
        + HouseStyle.rate(b.perHour().value())
        + " over "
        + HouseStyle.quantity(b.hours(), "hour", "hours")
        + ").";
  }

  /**
   * Whether the comparison's figures would undo the table's suppression: its total for the focus
   * action adds up the sites in both, so with any of their totals hidden it is one more sum to
   * subtract from; and a rate a day or an hour of a small total is that total, divided.
   */
  private static boolean givesHiddenCountsAway(
      Analysis analysis, Comparison c, ComparisonSide f, ComparisonSide b, PressFigures figures) {
    boolean anyHidden =
        c.comparableRows().stream()
            .map(ComparisonRow::odsCode)
            .flatMap(ods -> analysis.sites().stream().filter(s -> s.odsCode().equals(ods)))
            .anyMatch(figures::totalHidden);
    return anyHidden || PressWording.suppressed(f.total()) || PressWording.suppressed(b.total());
  }

  /**
   * " (between 5,900 and 6,700)", rounded as the estimate is for publication; "" when there is no
   * range, or when it rounds to one figure: "about 880 (between 880 and 880)" tells a reader
   * nothing and reads as a slip.
   */
  static String range(io.strikeimpact.model.analysis.Estimate estimate) {
    long low = HouseStyle.roundForPublication(estimate.low());
    long high = HouseStyle.roundForPublication(estimate.high());
    return estimate.hasRange() && high > low
        ? " (between " + HouseStyle.count(low) + " and " + HouseStyle.count(high) + ")"
        : "";
  }

  private static String next(Analysis analysis, PressScope scope) {
    if (analysis.projection().isEmpty()) {
      return "No further action is announced in the data, so no estimate of what comes next is given.";
    }
    Projection p = analysis.projection().get();
    var estimate = p.allSites().total();
    String range = range(estimate);
    boolean ended = p.ended();
    return (p.announced()
            ? "Next: "
            : p.standing() == Projection.Standing.NOT_READ
                ? "No figures could be read: "
                : ended ? "No figures received: " : "Awaiting figures: ")
        + p.describeAction()
        + (ended ? ", which has ended, may have seen " : " could see ")
        + PressWording.about(estimate.central())
        + range
        + " "
        + scope.noun()
        + " rescheduled. This is an estimate, not a count: the rate an hour of"
        + " comparable past strikes times the "
        + HouseStyle.quantity(p.hours(), "hour", "hours")
        + (p.hypothetical() ? " given." : p.announced() ? " announced." : " it ran.")
        + leftOut(analysis, p, scope);
  }

  /**
   * " It leaves out Norfolk and Norwich University Hospital, which has no figures for a comparable
   * past strike." An estimate without a hospital is said to be so, as the total is.
   */
  private static String leftOut(Analysis analysis, Projection p, PressScope scope) {
    if (p.leftOut().isEmpty()) {
      return "";
    }
    java.util.function.Function<String, String> name =
        label ->
            analysis.sites().stream()
                .filter(s -> s.label().equals(label))
                .findFirst()
                .map(s -> scope.shortName(s.odsCode()))
                .orElse(label);
    // A hospital that did not take part in the comparable strikes is never said to lack figures.
    List<String> without =
        p.leftOut().stream().filter(l -> !p.notTakingPart().contains(l)).map(name).toList();
    List<String> notTakingPart = p.notTakingPart().stream().map(name).toList();
    List<String> clauses = new ArrayList<>();
    if (!without.isEmpty()) {
      clauses.add(
          HouseStyle.joinWithAnd(without)
              + (without.size() == 1 ? ", which has" : ", which have")
              + " no figures for a comparable past strike");
    }
    if (!notTakingPart.isEmpty()) {
      clauses.add(
          HouseStyle.joinWithAnd(notTakingPart)
              + ", which did not take part in "
              + (without.isEmpty() ? "a comparable past strike" : "one"));
    }
    return " It leaves out " + String.join(", and ", clauses) + ".";
  }

  private static List<List<String>> table(Analysis analysis, PressFigures figures) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            "Hospital", "Outpatient appointments", "Inpatient and day case procedures", "Total"));
    List<SiteBreakdown> all = new ArrayList<>(analysis.sites());
    all.add(analysis.allSites());
    for (SiteBreakdown site : all) {
      // The all-hospitals row is a total like the lead's: partial where it lacks a hospital or
      // part of one, as the notes say why.
      String label =
          site.odsCode().isEmpty()
              ? "All hospitals" + (analysis.partialTotal().partial() ? " (partial)" : "")
              : site.label();
      if (!site.reported()) {
        // Why there is none, in the words of its standing: "did not take part" is no figure
        // missing, and "no return" is not "no figure" (a return came and could not be counted).
        String none =
            site.status() == SiteStatus.DID_NOT_TAKE_PART
                ? "did not take part"
                : site.status().absentWord();
        rows.add(List.of(label, none, none, none));
        continue;
      }
      rows.add(
          List.of(
              label,
              figures.figure(site, ActivityType.OUTPATIENT),
              figures.figure(site, ActivityType.INPATIENT),
              figures.total(site)));
    }
    return rows;
  }

  private static List<String> notes(
      Analysis analysis, SmallNumbers policy, PressFigures figures, PressScope scope) {
    List<String> notes = new ArrayList<>();
    notes.add(
        "Definitions: activity rescheduled is NHS England's measure for industrial action: outpatient appointments"
            + " and inpatient (elective inpatient and day case) procedures that hospitals moved because of the"
            + " strike. Community and mental health appointments are not included.");
    notes.add(
        PressSources.note(analysis)
            + (scope.partial().partial() ? " " + scope.partialSentence() : ""));
    EnglandNote.of(analysis, figures, scope).ifPresent(notes::add);
    java.util.Set<String> focus = analysis.focus().actionIds();
    for (Reconciliation r : analysis.reconciliationWarnings()) {
      if (java.util.Collections.disjoint(r.stated().scope().actionIds(), focus)) {
        // A briefing is about one action: another action's stated total is not its news.
        continue;
      }
      if (r.checkable() && policy == SmallNumbers.SUPPRESS && figures.anyHidden()) {
        // The sum of the returns in a stated total's scope is a total of the table (or a sum of
        // its figures), and the stated figure may be one a small count is hidden in: neither is
        // given where the table hides anything.
        notes.add(
            "A stated total differs from the returns: "
                + PressSources.statedBy(analysis, r)
                + " states a total that is not the sum of the returns (both figures are withheld so"
                + " that small counts cannot be worked out). This briefing uses the sum of the"
                + " returns.");
      } else if (r.checkable()) {
        notes.add(
            "A stated total differs from the returns: "
                + PressSources.statedBy(analysis, r)
                + " states "
                + HouseStyle.count(r.stated().stated())
                + ", where the returns add to "
                + HouseStyle.count(r.summed())
                + ". This briefing uses the sum of the returns.");
      }
    }
    notes.add(
        "Basis of every rate: a day of action runs from 07:00 to 07:00; hours of action are counted in UK time"
            + " from the announced start to the announced end. A rate divides a hospital's total by its days or"
            + " hours of action; a ratio divides one rate by another on the same basis, so a ratio a day"
            + " and a ratio an hour differ when the strikes compared ran for different hours a day.");
    notes.add(
        "The figures are likely to understate the impact: hospitals avoided booking patients on strike days, so"
            + " appointments never made are not counted, and not every hospital sends a return.");
    if (policy == SmallNumbers.SUPPRESS) {
      notes.add(
          "Counts of 1 to 7 are shown as \"fewer than 8\" to protect patients' confidentiality."
              + (figures.anyWithheld()
                  ? " Some further figures are withheld so that the small ones cannot be worked"
                      + " out from the totals."
                  : ""));
    }
    // Two stated totals whose figures are both withheld say the same sentence: say it once.
    return List.copyOf(new java.util.LinkedHashSet<>(notes));
  }
}
