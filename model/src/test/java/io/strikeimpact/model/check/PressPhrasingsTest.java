package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Phrasings a red team found checked wrongly (/work/redteam/ct-*): ranges, false comparisons,
 * correct figures "not found", changes judged as shares, a rate matched to one strike of two, a
 * date range in figures and near misses that passed --fail-on-differences. Against the seed story:
 * N&amp;N 3,451 in March (2,976 outpatient), 1,506 in the nursing strikes over four days (376.5 a
 * day; February alone 754 over two, 377.0), QEH 882 outpatient, all sites 4,726 over 72 hours (65.6
 * an hour).
 */
class PressPhrasingsTest {

  @Test
  void a_range_is_one_figure_that_matches_when_the_data_lies_in_it() {
    for (String range : List.of("Between 4,700 and 4,800", "4,700 to 4,800", "4,700-4,800")) {
      List<FigureCheck> checks =
          FigureChecker.check(
              Drafts.story(),
              "In March " + range + " appointments were rescheduled across Norfolk and Waveney.");
      assertVerdicts(List.of(Verdict.MATCHES), checks);
      assertEquals(range, checks.getFirst().figure());
      assertTrue(
          checks.getFirst().detail().startsWith("the data says 4,726, all sites' total"),
          checks.getFirst().describe());
    }
    FigureCheck wrong =
        only(
            Drafts.story(),
            "Between 4,000 and 4,500 appointments were rescheduled across Norfolk and Waveney in"
                + " March.");
    assertEquals(Verdict.DIFFERS, wrong.verdict());
    assertTrue(
        wrong.detail().startsWith("the data says 4,726 (all sites' total"), wrong.describe());
  }

  @Test
  void figures_from_one_to_another_are_a_change_not_a_range() {
    List<FigureCheck> checks =
        FigureChecker.check(
            Drafts.story(), "At the N&N the total rose from 1,506 to 3,451 in the March strike.");
    assertEquals(List.of("1,506", "3,451"), checks.stream().map(FigureCheck::figure).toList());
  }

  @Test
  void a_false_comparison_differs_from_the_figure_the_words_speak_of() {
    FigureCheck more = only(Drafts.story(), "More than 5,000 appointments were rescheduled.");
    assertEquals(Verdict.DIFFERS, more.verdict(), more.describe());
    assertTrue(
        more.detail().startsWith("the data says 4,726 (all sites' total for the junior doctors'"),
        more.describe());
    FigureCheck fewer = only(Drafts.story(), "Fewer than 4,000 appointments were rescheduled.");
    assertEquals(Verdict.DIFFERS, fewer.verdict(), fewer.describe());
    assertTrue(
        fewer.detail().startsWith("the data says 4,726 (all sites' total"), fewer.describe());
    // Far from every figure the words could mean, a comparison is not a claim about the data.
    FigureCheck far = only(Drafts.story(), "About 30 patients protested outside.");
    assertEquals(Verdict.NOT_FOUND, far.verdict(), far.describe());
    FigureCheck right = only(Drafts.story(), "More than 4,000 appointments were rescheduled.");
    assertEquals(Verdict.MATCHES, right.verdict(), right.describe());
    assertTrue(right.detail().contains("4,726"), right.describe());
  }

  @Test
  void the_figure_before_up_from_is_of_the_strike_the_sentence_is_about() {
    List<FigureCheck> checks =
        FigureChecker.check(
            Drafts.story(),
            "At the N&N, 3,451 appointments were rescheduled, up from 1,506 during the nursing"
                + " strikes.");
    assertVerdicts(List.of(Verdict.MATCHES, Verdict.MATCHES), checks);
    assertTrue(
        checks.get(0).detail().startsWith("N&N's total for the junior doctors' strike"),
        checks.get(0).describe());
    assertTrue(
        checks.get(1).detail().startsWith("N&N's total for the nursing strikes"),
        checks.get(1).describe());
  }

  @Test
  void operations_and_appointments_are_the_total_and_every_hour_a_rate_an_hour() {
    List<FigureCheck> checks =
        FigureChecker.check(
            Drafts.story(),
            "Some 4,726 operations and appointments were postponed, equivalent to 66 every hour.");
    assertVerdicts(List.of(Verdict.MATCHES, Verdict.MATCHES), checks);
    assertTrue(checks.get(0).detail().contains("all sites' total"), checks.get(0).describe());
    assertTrue(
        checks.get(1).detail().startsWith("all sites' rate an hour of action"),
        checks.get(1).describe());
  }

  @Test
  void the_rate_per_1000_planned_is_checked_where_the_data_has_planned_figures() {
    Analysis planned = Drafts.withPlanned();
    FigureCheck rate = only(planned, "The N&N rescheduled 114.5 appointments per 1,000 planned.");
    assertEquals(Verdict.MATCHES, rate.verdict(), rate.describe());
    assertEquals("114.5", rate.figure());
    assertTrue(
        rate.detail().startsWith("N&N's rate per 1,000 planned appointments and procedures"),
        rate.describe());
    FigureCheck wrongRate =
        only(planned, "The N&N rescheduled 124.5 appointments per 1,000 planned.");
    assertEquals(Verdict.DIFFERS, wrongRate.verdict(), wrongRate.describe());
    assertTrue(wrongRate.detail().startsWith("the data says 114.5"), wrongRate.describe());
    FigureCheck share = only(planned, "At the N&N, 11% of planned activity was rescheduled.");
    assertEquals(Verdict.MATCHES, share.verdict(), share.describe());
    assertTrue(share.detail().contains("share of planned activity"), share.describe());
    // Without planned figures there is no rate to check it against, and "1,000" is no figure.
    FigureCheck none =
        only(Drafts.story(), "The N&N rescheduled 114.5 appointments per 1,000 planned.");
    assertEquals(Verdict.NOT_FOUND, none.verdict(), none.describe());
  }

  @Test
  void a_change_is_judged_against_changes_and_a_share_against_shares() {
    String upFrom =
        "At the N&N, 3,451 appointments were rescheduled, up from 1,506 during the nursing"
            + " strikes, ";
    FigureCheck totals = FigureChecker.check(Drafts.story(), upFrom + "a rise of 129%.").get(2);
    assertEquals(Verdict.MATCHES, totals.verdict(), totals.describe());
    assertTrue(totals.detail().startsWith("N&N's change in the total"), totals.describe());
    FigureCheck hourly =
        FigureChecker.check(Drafts.story(), upFrom + "a rise of 53% per hour of action.").get(2);
    assertEquals(Verdict.MATCHES, hourly.verdict(), hourly.describe());
    assertTrue(hourly.detail().startsWith("N&N's change an hour of action"), hourly.describe());
    FigureCheck wrongHourly =
        FigureChecker.check(Drafts.story(), upFrom + "a rise of 75% per hour of action.").get(2);
    assertEquals(Verdict.DIFFERS, wrongHourly.verdict(), wrongHourly.describe());
    assertTrue(
        wrongHourly.detail().startsWith("the data says 53% (N&N's change an hour"),
        wrongHourly.describe());

    FigureCheck moreAnHour =
        only(
            Drafts.story(),
            "The junior doctors' strike saw the N&N reschedule 129% more appointments per hour"
                + " than the nursing strikes.");
    assertEquals(Verdict.DIFFERS, moreAnHour.verdict(), moreAnHour.describe());
    assertTrue(
        moreAnHour.detail().contains("N&N's change in the total")
            && moreAnHour.detail().contains("not a change an hour of action"),
        moreAnHour.describe());
    assertFalse(moreAnHour.detail().contains("share"), moreAnHour.describe());

    FigureCheck share =
        FigureChecker.check(
                Drafts.story(), "The N&N rescheduled 3,451 appointments, 37 per cent of the total.")
            .get(1);
    assertEquals(Verdict.DIFFERS, share.verdict(), share.describe());
    assertTrue(
        share.detail().startsWith("the data says 73% (N&N's share of all sites' total"),
        share.describe());
  }

  @Test
  void a_rate_of_the_nursing_strikes_is_both_strikes_rate_not_februarys() {
    FigureCheck rate =
        FigureChecker.check(
                Drafts.story(),
                "During the nursing strikes, the N&N postponed 1,506 appointments over four days,"
                    + " around 377 a day.")
            .get(2);
    assertEquals("around 377", rate.figure());
    assertEquals(Verdict.MATCHES, rate.verdict(), rate.describe());
    assertTrue(
        rate.detail()
            .startsWith(
                "the data says 376.5, N&N's rate a day of action in the nursing"
                    + " strikes of 18 and 19 January and 6 and 7 February 2023, 1,506 over 4 days"),
        rate.describe());
    FigureCheck alone =
        only(
            Drafts.story(),
            "The nursing strikes saw around 377 appointments postponed a day at the N&N.");
    assertTrue(alone.detail().contains("1,506 over 4 days"), alone.describe());
  }

  @Test
  void a_range_of_days_in_figures_is_one_date() {
    List<FigureCheck> checks =
        FigureChecker.check(
            Drafts.story(), "The junior doctors walked out for 72 hours on 13-15/03/2023.");
    assertEquals(
        List.of("72 hours", "13-15/03/2023"), checks.stream().map(FigureCheck::figure).toList());
    assertVerdicts(List.of(Verdict.MATCHES, Verdict.MATCHES), checks);
    assertTrue(
        checks.get(1).detail().startsWith("the dates of the junior doctors' strike of 13 to 15"),
        checks.get(1).describe());
    FigureCheck wrong = only(Drafts.story(), "The strike ran on 13-14/03/2023.");
    assertEquals(Verdict.DIFFERS, wrong.verdict(), wrong.describe());
  }

  @Test
  void a_slip_of_the_keyboard_in_a_known_figure_differs() {
    FigureCheck typo = only(Drafts.story(), "The QEH rescheduled 1,882 outpatient appointments.");
    assertEquals(Verdict.DIFFERS, typo.verdict(), typo.describe());
    assertTrue(
        typo.detail().startsWith("the data says 882 (QEH's outpatient appointments"),
        typo.describe());
    assertTrue(FigureChecker.oneSlip(882, 1882));
    assertTrue(FigureChecker.oneSlip(3451, 3541));
    assertTrue(FigureChecker.oneSlip(932, 392));
    assertTrue(FigureChecker.oneSlip(4726, 4736));
    assertFalse(FigureChecker.oneSlip(343, 932));
    assertFalse(FigureChecker.oneSlip(3451, 5431));
    assertFalse(FigureChecker.oneSlip(81, 811), "two digits are too few to tell a slip");
    assertFalse(FigureChecker.oneSlip(882, 882));
  }

  private static FigureCheck only(Analysis data, String text) {
    List<FigureCheck> checks = FigureChecker.check(data, text);
    assertEquals(
        1, checks.size(), () -> checks.stream().map(FigureCheck::describe).toList().toString());
    return checks.getFirst();
  }

  private static void assertVerdicts(List<Verdict> expected, List<FigureCheck> checks) {
    assertEquals(
        expected,
        checks.stream().map(FigureCheck::verdict).toList(),
        () -> checks.stream().map(FigureCheck::describe).toList().toString());
  }
}
