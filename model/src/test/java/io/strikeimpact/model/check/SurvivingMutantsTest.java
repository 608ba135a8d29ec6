package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.analysis.Analysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's mutants of model.check that no test killed. Each test here fails on its mutant: the
 * expected detail is the exact words, so a fact off by a factor or left out shows.
 */
class SurvivingMutantsTest {
  private final Analysis story = Drafts.story();

  private FigureCheck only(Analysis data, String text) {
    List<FigureCheck> checks = FigureChecker.check(data, text);
    assertEquals(1, checks.size(), checks::toString);
    return checks.getFirst();
  }

  @Test
  void facts_88_a_sites_share_is_a_percentage_not_ten_thousand_times_it() {
    FigureCheck c = only(story, "The N&N accounted for 73% of all appointments moved.");
    assertEquals("matches: N&N's share of all sites' total (the returns: nnuh.xlsx)", c.describe());
  }

  @Test
  void facts_217_a_change_is_a_percentage_not_ten_thousand_times_it() {
    FigureCheck c =
        only(story, "At the N&N the rate a day rose by 206% from the nursing strikes to March.");
    assertEquals(Verdict.MATCHES, c.verdict(), c.describe());
    assertEquals(
        "N&N's change a day of action, nursing strikes to junior doctors' strike"
            + " (3,451 over 3 days against 1,506 over 4 days)",
        c.detail());
  }

  @Test
  void facts_189_the_baselines_rates_are_facts() {
    FigureCheck c = only(story, "In the nursing strikes the N&N moved 376.5 appointments a day.");
    assertEquals(Verdict.MATCHES, c.verdict(), c.describe());
    assertEquals(
        "N&N's rate a day of action in the nursing strikes of 18 and 19 January and 6 and 7"
            + " February 2023, 1,506 over 4 days (the returns: nnuh-rcn.csv)",
        c.detail());
  }

  @Test
  void figure_checker_more_than_500_is_not_true_of_500() {
    FigureCheck c =
        only(
            Drafts.withApril(), "In April the N&N rescheduled more than 500 inpatient procedures.");
    assertEquals(Verdict.DIFFERS, c.verdict(), c.describe());
    assertEquals(false, FigureChecker.holds("more than", 500, 500));
    assertEquals(true, FigureChecker.holds("more than", 501, 500));
    assertEquals(true, FigureChecker.holds("at least", 500, 500));
  }

  @Test
  void figure_checker_a_figure_at_the_n_and_n_is_not_another_sites() {
    // 932 is QEH's total; "at the N&N" it is no figure of the data's.
    FigureCheck c = only(story, "In March 932 appointments were moved at the N&N.");
    assertEquals(Verdict.NOT_FOUND, c.verdict(), c.describe());
    FigureCheck near = only(story, "In March 3,452 appointments were moved at the N&N.");
    assertEquals(
        "differs: the data says 3,451 (N&N's total for the junior doctors' strike of 13 to 15"
            + " March 2023 (the returns: nnuh.xlsx))",
        near.describe());
  }
}
