package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.analysis.Analysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which of the data's figures a draft's figure is taken for: among those the words admit, the one
 * the words speak of most, and for a wrong or rounded figure the closest the words speak of at all.
 * A figure the words tie to nothing is not found, however close a figure of the data is.
 */
class FigureRankingTest {
  private static final String RUNNING_TOTAL =
      "the running total up to the nursing strike of 6 and 7 February 2023 (the sum of the"
          + " returns: nnuh-rcn.csv)";

  private final Analysis story = Drafts.story();

  private static FigureCheck only(Analysis data, String text) {
    List<FigureCheck> checks = FigureChecker.check(data, text);
    assertEquals(1, checks.size(), checks::toString);
    return checks.getFirst();
  }

  private FigureCheck only(String text) {
    return only(story, text);
  }

  @Test
  void a_figure_the_words_tie_to_nothing_is_not_found_even_close_to_a_total() {
    assertEquals(Verdict.NOT_FOUND, only("It was 4,730.").verdict());
    assertEquals(Verdict.NOT_FOUND, only("About 4,700 were moved.").verdict());
  }

  @Test
  void of_two_equal_figures_the_one_the_words_speak_of_more_is_matched() {
    // The N&N's nursing total and the running total are both 1,506; "so far" is the running total.
    assertEquals(
        "matches: " + RUNNING_TOTAL,
        only("The nurses' strikes have moved 1,506 appointments so far.").describe());
  }

  @Test
  void of_two_equal_figures_a_rounded_one_is_taken_for_the_one_the_words_speak_of_more() {
    assertEquals(
        "matches: the data says 1,506, "
            + RUNNING_TOTAL
            + "; \"about 1,500\" allows within 10% either way: 1,350 to 1,650",
        only("The nurses' strikes have moved about 1,500 appointments so far.").describe());
  }

  @Test
  void of_two_equal_figures_a_wrong_one_is_taken_for_the_one_the_words_speak_of_more() {
    assertEquals(
        "differs: the data says 1,506 (" + RUNNING_TOTAL + ")",
        only("The nurses' strikes have moved 1,510 appointments so far.").describe());
  }

  @Test
  void of_two_rates_the_words_speak_of_equally_the_exact_one_is_matched_not_one_rounded_to_it() {
    // N&N 376.5 a day rounds to 377 too; all sites' 377 is the figure written.
    assertEquals(
        "matches: all sites' rate a day of action in the nursing strike of 18 and 19 January 2023,"
            + " 754 over 2 days (the sum of the returns: nnuh-rcn.csv, qeh-rcn.csv)",
        only(Drafts.withRatesHalfApart(), "In January the nurses moved 377 appointments a day.")
            .describe());
  }

  @Test
  void a_wrong_figure_is_taken_for_the_closest_of_the_sites_figures() {
    // 3,451 (the N&N's total) is close too, but 2,976 is closer.
    assertEquals(
        "differs: the data says 2,976 (N&N's outpatient appointments in the junior doctors' strike"
            + " of 13 to 15 March 2023 (the returns: nnuh.xlsx))",
        only("In March 2,980 appointments were moved at the N&N.").describe());
  }

  @Test
  void
      a_count_a_quarter_off_differs_and_one_more_is_not_found_unless_its_site_and_type_are_named() {
    Analysis april = Drafts.withApril();
    String differs =
        "differs: the data says 500 (N&N's inpatient and day case procedures in the junior"
            + " doctors' strike of 11 to 14 April 2023 (the returns: nnuh-april.xlsx))";
    assertEquals(
        differs, only(april, "In April the N&N moved 625 inpatient procedures.").describe());
    assertEquals(
        differs, only(april, "In April the N&N moved 375 inpatient procedures.").describe());
    // Site and type named: that figure written wrong, however far off.
    assertEquals(
        differs, only(april, "In April the N&N moved 626 inpatient procedures.").describe());
    assertEquals(
        Verdict.NOT_FOUND, only(april, "In April the N&N moved 626 appointments.").verdict());
  }
}
