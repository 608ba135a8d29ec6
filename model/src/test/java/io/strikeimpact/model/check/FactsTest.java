package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.analysis.Analysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures the data vouches for, each found by the sentence a press officer would write for it:
 * the focus's own days, totals and hourly rates, the history's totals and running totals, the
 * calendar's days, and the comparison's figures for the sites in both strikes.
 */
class FactsTest {
  private final Analysis story = Drafts.story();

  private static FigureCheck only(Analysis data, String text) {
    List<FigureCheck> checks = FigureChecker.check(data, text);
    assertEquals(1, checks.size(), checks::toString);
    return checks.getFirst();
  }

  // The focus

  @Test
  void the_days_of_a_focus_of_two_strikes_are_both_strikes_days() {
    assertEquals(
        "matches: the days of the nursing strikes of 18 and 19 January and 6 and 7 February 2023"
            + " (the strike calendar)",
        only(Drafts.nursingFocus(), "The nurses struck for four days.").describe());
  }

  @Test
  void the_all_sites_total_of_a_focus_of_two_strikes_is_a_figure() {
    assertEquals(
        "matches: all sites' total for the nursing strikes of 18 and 19 January and 6 and 7"
            + " February 2023 (the sum of the returns: nnuh-rcn.csv)",
        only(
                Drafts.nursingFocus(),
                "The nursing strikes moved 1,506 appointments across the three hospitals.")
            .describe());
  }

  @Test
  void a_sites_rate_an_hour_in_the_focus_is_a_figure() {
    assertEquals(
        "matches: N&N's rate an hour of action in the junior doctors' strike of 13 to 15 March"
            + " 2023, 3,451 over 72 hours (the returns: nnuh.xlsx)",
        only(story, "At the N&N 47.9 appointments an hour were moved in March.").describe());
  }

  @Test
  void all_sites_rate_an_hour_in_the_focus_is_a_figure() {
    assertEquals(
        "matches: all sites' rate an hour of action in the junior doctors' strike of 13 to 15"
            + " March 2023, 4,726 over 72 hours (the sum of the returns: nnuh.xlsx, qeh.csv,"
            + " jpuh.xlsx)",
        only(story, "Across the three hospitals 65.6 appointments an hour were moved in March.")
            .describe());
  }

  // The history and the calendar

  @Test
  void each_past_strikes_all_sites_total_is_a_figure() {
    assertEquals(
        "matches: all sites' total for the nursing strike of 18 and 19 January 2023"
            + " (the sum of the returns: nnuh-rcn.csv)",
        only(
                story,
                "In January the nurses' strike moved 752 appointments across the three hospitals.")
            .describe());
  }

  @Test
  void the_running_total_is_what_so_far_speaks_of() {
    assertEquals(
        "matches: the running total up to the nursing strike of 6 and 7 February 2023"
            + " (the sum of the returns: nnuh-rcn.csv)",
        only(story, "The nurses' strikes have moved 1,506 appointments so far.").describe());
  }

  @Test
  void the_days_of_each_strike_in_the_calendar_are_figures() {
    assertEquals(
        "matches: the days of the nursing strike of 18 and 19 January 2023 (the strike calendar)",
        only(story, "In January the nurses struck for two days.").describe());
    // April's strike has no returns yet: its days are the calendar's alone.
    assertEquals(
        "matches: the days of the junior doctors' strike of 11 to 14 April 2023 (the strike"
            + " calendar)",
        only(story, "The April strike by junior doctors will last four days.").describe());
  }

  // The comparison

  @Test
  void with_one_site_in_both_strikes_there_is_no_all_sites_ratio() {
    // The like-for-like row is then the N&N's own again; "across the three hospitals" is not it.
    assertEquals(
        Verdict.NOT_FOUND,
        only(
                story,
                "Across the three hospitals the junior doctors' strike moved 3.1 times as many a"
                    + " day as the nursing strikes.")
            .verdict());
  }

  @Test
  void with_two_sites_in_both_strikes_their_ratio_together_is_a_figure() {
    assertEquals(
        "matches: Sites in both's ratio a day of action, junior doctors' strike to nursing strikes"
            + " (4,383 over 3 days against 2,306 over 4 days)",
        only(
                Drafts.nursesAtTwoSites(),
                "The sites in both strikes moved 2.5 times as many a day in the junior doctors'"
                    + " strike as in the nursing strikes.")
            .describe());
  }

  @Test
  void a_baselines_figure_names_the_returns_of_its_own_sites() {
    Analysis two = Drafts.nursesAtTwoSites();
    assertEquals(
        "matches: QEH's total for the nursing strikes of 18 and 19 January and 6 and 7 February"
            + " 2023 (the returns: qeh-rcn.csv)",
        only(two, "In the nursing strikes the QEH moved 800 appointments.").describe());
    assertEquals(
        "matches: Sites in both's total for the nursing strikes of 18 and 19 January and 6 and 7"
            + " February 2023 (the returns: nnuh-rcn.csv, qeh-rcn.csv)",
        only(two, "In the nursing strikes the sites in both moved 2,306 appointments.").describe());
  }

  @Test
  void an_hourly_ratio_is_what_an_hour_speaks_of() {
    assertEquals(
        "matches: the data says 1.5 times, N&N's ratio an hour of action, junior doctors' strike to"
            + " nursing strikes (3,451 over 72 hours against 1,506 over 48 hours); \"about 1.5"
            + " times\" allows within 10% either way: 1.35 times to 1.65 times",
        only(story, "That is about 1.5 times as many an hour.").describe());
  }

  // Sites' names and shares

  @Test
  void a_two_letter_word_of_a_sites_name_does_not_name_the_site() {
    // "on" of Southend-on-Sea: "On 13 March" would make the figure Southend's.
    assertEquals(
        "matches: N&N's outpatient appointments in the junior doctors' strike of 13 to 15 March"
            + " 2023 (the returns: nnuh.xlsx)",
        FigureChecker.check(
                Drafts.withSouthend(),
                "On 13 March 2,976 outpatient appointments were moved at the N&N.")
            .getLast()
            .describe());
  }

  @Test
  void a_share_of_exactly_a_half_percent_is_right_rounded_either_way() {
    Analysis half = Drafts.withHalfPercentShare();
    String qeh = "matches: QEH's share of all sites' total (the returns: qeh.csv)";
    for (String share : List.of("18%", "19%", "18.5%")) {
      assertEquals(
          qeh,
          only(half, "The QEH accounted for " + share + " of all appointments moved in March.")
              .describe(),
          share);
    }
    assertEquals(
        Verdict.DIFFERS,
        only(half, "The QEH accounted for 17% of all appointments moved in March.").verdict());
  }

  // The cue words

  @Test
  void the_area_alone_ties_a_rounded_figure_to_all_sites_total() {
    assertEquals(
        "matches: the data says 4,726, all sites' total for the junior doctors' strike of 13 to 15"
            + " March 2023 (the sum of the returns: nnuh.xlsx, qeh.csv, jpuh.xlsx); \"about 4,700\""
            + " allows within 10% either way: 4,230 to 5,170",
        only(story, "Across Norfolk and Waveney about 4,700 appointments were moved.").describe());
  }

  @Test
  void the_word_total_alone_ties_a_rounded_figure_to_a_total() {
    assertEquals(
        "matches: the data says 4,726, all sites' total for the junior doctors' strike of 13 to 15"
            + " March 2023 (the sum of the returns: nnuh.xlsx, qeh.csv, jpuh.xlsx); \"about 4,700\""
            + " allows within 10% either way: 4,230 to 5,170",
        only(story, "The total was about 4,700.").describe());
  }

  @Test
  void the_month_alone_ties_a_rounded_figure_to_that_months_strike() {
    assertEquals(
        "matches: the data says 4,726, all sites' total for the junior doctors' strike of 13 to 15"
            + " March 2023 (the sum of the returns: nnuh.xlsx, qeh.csv, jpuh.xlsx); \"about 4,700\""
            + " allows within 10% either way: 4,230 to 5,170",
        only(story, "In March about 4,700 appointments were moved.").describe());
  }

  @Test
  void the_word_outpatient_alone_ties_a_rounded_figure_to_an_outpatient_count() {
    // Naming no site, the sentence is of all sites' 4,120; the N&N's 2,976 that it fits is named
    // as the figure it holds for, not taken for the one meant.
    assertEquals(
        "differs: the data says 4,120 (all sites' outpatient appointments in the junior doctors'"
            + " strike of 13 to 15 March 2023 (the sum of the returns: nnuh.xlsx, qeh.csv,"
            + " jpuh.xlsx)); \"About 2,900\" allows within 10% either way: 2,610 to 3,190; it holds"
            + " for N&N's outpatient appointments in the junior doctors' strike of 13 to 15 March"
            + " 2023, 2,976, a site the sentence does not name",
        only(story, "About 2,900 outpatient appointments were moved.").describe());
  }
}
