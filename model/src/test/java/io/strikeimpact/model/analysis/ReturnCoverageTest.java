package io.strikeimpact.model.analysis;

import static io.strikeimpact.model.analysis.TheQuestionAskedTest.asking;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.NamedGroup;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.fixtures.StoryData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Red team cases nnuh-nursing-day-missing and nnuh-nursing-jan-missing: a return by day with no
 * figure for a day of action, and a site that took part in an action of a group and sent no return.
 * The rates divide by the days with figures and say so; the labels say what the figures cover; and
 * a warning names the file or register, the site and the day or action.
 */
class ReturnCoverageTest {
  private static final String GROUP = "nursing-2023";
  private static final LocalDate JAN_19 = LocalDate.of(2023, 1, 19);

  /** The story with the nursing strikes named as a group, as the samples' action-groups.csv. */
  private static StrikeCalendar calendarWithGroup() {
    return new StrikeCalendar(
        StoryData.calendar().actions(),
        List.of(
            new NamedGroup(
                GROUP,
                "RCN nursing strikes, January and February 2023",
                List.of(StoryData.RCN_JAN, StoryData.RCN_FEB))));
  }

  private static Dataset without(java.util.function.Predicate<DisruptionCount> left) {
    return with(calendarWithGroup(), StoryData.counts().stream().filter(left.negate()).toList());
  }

  /** N&N's nursing return without its row for 19 January 2023 (372 rescheduled). */
  private static Dataset dayMissing() {
    return without(c -> c.date().equals(Optional.of(JAN_19)));
  }

  /** N&N's nursing return without its January rows. */
  private static Dataset januaryMissing() {
    return without(c -> c.actionId().equals(StoryData.RCN_JAN));
  }

  @Test
  void a_day_a_return_by_day_lacks_is_left_out_of_the_days_and_hours_its_rates_divide_by() {
    Analysis a = ImpactAnalysis.analyse(dayMissing(), StoryData.request());
    ComparisonRow nnuh = a.comparison().orElseThrow().likeForLike().orElseThrow();
    ComparisonSide nursing = nnuh.baseline().orElseThrow();
    assertEquals(1134, nursing.total());
    assertEquals(3, nursing.days().size());
    assertEquals(36.0, nursing.hours(), 1e-9);
    assertEquals(List.of(JAN_19), nursing.daysWithoutFigures());
    // 1,134 over 3 days and 36 hours, not over 4 days and 48 hours (283.5 and 23.6).
    assertEquals(378.0, nursing.perDay().value(), 1e-9);
    assertEquals(31.5, nursing.perHour().value(), 1e-9);
    assertEquals(3.04, nnuh.ratio(Basis.PER_DAY).orElseThrow().value(), 0.005);
    assertEquals(1.52, nnuh.ratio(Basis.PER_HOUR).orElseThrow().value(), 0.005);
    assertTrue(
        a.notes()
            .contains(
                "N&N's return by day gives no figure for 19 January 2023, a day of the nursing"
                    + " strikes of 18 and 19 January and 6 and 7 February 2023: its count lacks"
                    + " that day, and its rates a day and an hour are worked over the 3 days with"
                    + " figures (18 January and 6 and 7 February 2023, 36 hours), not all 4; see"
                    + " Data quality."),
        () -> String.join("\n", a.notes()));
    assertTrue(
        a.executiveSummary().stream()
            .anyMatch(
                s ->
                    s.contains(
                        "ran for 72 hours and the nursing strikes for 36 hours on the days with"
                            + " figures, it was ")),
        () -> String.join("\n", a.executiveSummary()));
  }

  @Test
  void the_site_short_of_a_day_is_marked_partial_with_rates_over_the_days_with_figures() {
    Analysis a = ImpactAnalysis.analyse(dayMissing(), asking(GROUP, List.of(), StoryData.AS_OF));
    SiteBreakdown nnuh = a.sites().getFirst();
    assertEquals(1134, nnuh.total());
    assertEquals(378.0, nnuh.perDay().orElseThrow().value(), 1e-9);
    assertEquals(31.5, nnuh.perHour().orElseThrow().value(), 1e-9);
    assertEquals(
        Optional.of(
            "partial: no figure for 19 January 2023 in a return by day; rates a day and an hour"
                + " over the 3 days with figures; see Data quality"),
        nnuh.caveat());
    // The total is worked over the days with figures too, and says which day it lacks and whose.
    assertEquals(
        Optional.of(
            "partial: N&N's figures lack 19 January 2023, a day its return by day has no row for"
                + " (see Data quality)"),
        a.allSites().caveat());
    assertEquals(378.0, a.allSites().perDay().orElseThrow().value(), 1e-9);
    assertTrue(a.partialTotal().partial());
    assertFalse(a.partialTotal().lacksSites(), "N&N's figures are in the total, short");
  }

  @Test
  void validate_warns_of_the_day_naming_the_file_the_site_and_the_day() {
    List<DataProblem> problems = ReturnCoverage.problems(dayMissing(), StoryData.AS_OF);
    assertEquals(1, problems.size(), problems::toString);
    DataProblem p = problems.getFirst();
    assertEquals(Severity.WARNING, p.severity());
    assertEquals(
        "nnuh-rcn.csv: found \"figures day by day for N&N in the nursing strike of 18 and 19"
            + " January 2023 (rcn-2023-01) on 18 January 2023, and no row for 19 January 2023\";"
            + " expected a figure for every day of action in a return that gives figures day by"
            + " day (a 0 for a day on which none was rescheduled). Fix: add the row for 19 January"
            + " 2023 and send the return again. Until then N&N's count for the nursing strike of"
            + " 18 and 19 January 2023 lacks that day, and its rates a day and an hour are worked"
            + " over the 1 day with figures (12 hours), not over all 2 days of action",
        p.message());
    // The dataset the outputs read carries it among its problems.
    assertEquals(problems, ReturnCoverage.warned(dayMissing(), StoryData.AS_OF).problems());
  }

  @Test
  void a_day_not_yet_over_is_not_owed_a_figure() {
    // As at 19 January 2023 the strike's second day is still running.
    assertEquals(List.of(), ReturnCoverage.problems(dayMissing(), JAN_19));
  }

  @Test
  void a_return_giving_one_figure_for_the_whole_action_is_not_by_day_and_never_warns() {
    Provenance where = new Provenance("nnuh-rcn.csv", "0".repeat(64), "", "C2");
    List<DisruptionCount> counts = new ArrayList<>();
    StoryData.counts().stream()
        .filter(c -> !c.actionId().equals(StoryData.RCN_JAN))
        .forEach(counts::add);
    counts.add(
        new DisruptionCount(
            "RM1",
            StoryData.RCN_JAN,
            ActivityType.TOTAL_ONLY,
            Optional.empty(),
            Optional.empty(),
            752,
            where));
    Dataset d = with(calendarWithGroup(), counts);
    assertEquals(List.of(), ReturnCoverage.problems(d, StoryData.AS_OF));
    Analysis a = ImpactAnalysis.analyse(d, StoryData.request());
    ComparisonSide nursing =
        a.comparison().orElseThrow().likeForLike().orElseThrow().baseline().orElseThrow();
    assertEquals(4, nursing.days().size());
    assertEquals(48.0, nursing.hours(), 1e-9);
    assertEquals(376.5, nursing.perDay().value(), 1e-9);
    assertEquals(List.of(), nursing.daysWithoutFigures());
    assertFalse(
        a.notes().stream().anyMatch(n -> n.contains("return by day")),
        () -> String.join("\n", a.notes()));
  }

  @Test
  void a_baseline_group_is_labelled_with_the_actions_its_figures_cover() {
    Analysis a =
        ImpactAnalysis.analyse(januaryMissing(), asking(null, List.of(GROUP), StoryData.AS_OF));
    Comparison c = a.comparison().orElseThrow();
    assertEquals("Nurses, February 2023", c.baseline().shortLabel());
    assertEquals("the nursing strike of 6 and 7 February 2023", c.baseline().describe());
    ComparisonSide nursing = c.likeForLike().orElseThrow().baseline().orElseThrow();
    assertEquals(754, nursing.total());
    assertEquals(377.0, nursing.perDay().value(), 1e-9);
    assertEquals(
        List.of(
            "--baseline nursing-2023 names 2 actions; only the nursing strike of 6 and 7 February"
                + " 2023 has returns, so the baseline covers it alone, and the 1 action without"
                + " returns is left out.",
            "N&N took part in the nursing strike of 18 and 19 January 2023 but sent no return, so"
                + " its figures for nursing-2023 leave it out; see Data quality."),
        a.notes());
  }

  @Test
  void a_focus_group_narrowed_says_which_site_sent_no_return_for_the_action_left_out() {
    Analysis a =
        ImpactAnalysis.analyse(januaryMissing(), asking(GROUP, List.of(), StoryData.AS_OF));
    assertEquals("Nursing strike, 6 and 7 February 2023", a.focus().title());
    assertEquals(
        List.of(
            "nursing-2023 names 2 actions; only the nursing strike of 6 and 7 February 2023 has"
                + " returns, so the figures and rates cover it alone, and the 1 action without"
                + " returns is left out.",
            "N&N took part in the nursing strike of 18 and 19 January 2023 but sent no return, so"
                + " its figures for nursing-2023 leave it out; see Data quality."),
        a.notes());
  }

  @Test
  void validate_warns_of_a_site_that_took_part_in_an_action_that_ended_and_sent_no_return() {
    List<DataProblem> problems = ReturnCoverage.problems(januaryMissing(), StoryData.AS_OF);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(
        "reference/participation.csv: found \"N&N (RM1) took part in the nursing strike of 18 and"
            + " 19 January 2023 (rcn-2023-01), and no return gives figures for it\"; expected a"
            + " return from every site that took part in an action that ended before 3 April 2023"
            + " (--as-of). Fix: put N&N's return for the nursing strike of 18 and 19 January 2023"
            + " under returns/RM1/ and read the folder again, or, if N&N did not take part, say so"
            + " in reference/participation.csv. Until then N&N has no figures for it, and a group"
            + " of actions that includes it gives N&N's figures and rates for its other actions"
            + " alone",
        problems.getFirst().message());
    // Before the strike ended, no return is owed.
    assertEquals(List.of(), ReturnCoverage.problems(januaryMissing(), JAN_19));
  }

  @Test
  void the_story_complete_has_nothing_to_warn_of() {
    assertEquals(List.of(), ReturnCoverage.problems(StoryData.dataset(), StoryData.AS_OF));
  }
}
