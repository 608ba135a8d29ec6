package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.fixtures.EnglandData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * British press phrasing (red team of 4 December 2026, /work/redteam3/ct-british-phrasing): the
 * strike a sentence names holds for that sentence and one that plainly goes on from it, not for the
 * rest of the draft; a count whose site and type are named differs however far off; "4.7k" and "3.5
 * thousand" are thousands; "one in five", "a fifth" and "up by a third" are shares and changes.
 * Each figure of the red team's draft and of a press officer's draft is held to its verdict and the
 * data's figure. Data: the seed story with NHS England's figures (EnglandData.analysis()): N&amp;N
 * 3,451 (2,976 outpatient, 475 inpatient), QEH 932 (882 and 50), JPUH 343 (262 and 81), 4,726 in
 * all; N&amp;N 1,506 in the nursing strikes.
 */
class BritishPhrasingTest {
  private final Analysis data = EnglandData.analysis();

  /** Each line: the draft's line, the figure, its verdict, and how its detail starts. */
  @Test
  void every_figure_of_the_red_teams_draft_has_its_verdict_and_the_datas_figure()
      throws IOException {
    assertChecks(
        "redteam-british-phrasing.txt",
        List.of(
            "1 | Some 4,700 | MATCHES | the data says 4,726, all sites' total for the junior doctors' strike of 13 to 15 March 2023",
            "1 | 72-hour | MATCHES | the hours of the junior doctors' strike of 13 to 15 March 2023",
            "2 | Almost 4.7k | DIFFERS | the data says 4,726 (all sites' total for the junior doctors' strike of 13 to 15 March 2023",
            "2 | from 13 to 15 March 2023 | MATCHES | the dates of the junior doctors' strike of 13 to 15 March 2023",
            "3 | some 3.5 thousand | MATCHES | the data says 3,451, N&N's total for the junior doctors' strike of 13 to 15 March 2023",
            "4 | One in five | MATCHES | the data says 20%, QEH's share of all sites' total",
            "5 | A fifth | MATCHES | the data says 20%, QEH's share of all sites' total",
            "6 | Around three in four | MATCHES | the data says 73%, N&N's share of all sites' total",
            "7 | 343 | MATCHES | JPUH's total for the junior doctors' strike of 13 to 15 March 2023",
            "7 | 7 per cent | MATCHES | JPUH's share of all sites' total",
            "8 | three times | MATCHES | N&N's ratio a day of action, junior doctors' strike to nursing strikes (3,451 over 3 days against 1,506 over 4 days)",
            "9 | a third | DIFFERS | the data says 206% (N&N's change a day of action, nursing strikes to junior doctors' strike (3,451 over 3 days against 1,506 over 4 days))",
            "10 | Nearly 48 | MATCHES | the data says 47.9, N&N's rate an hour of action in the junior doctors' strike of 13 to 15 March 2023, 3,451 over 72 hours",
            "10 | 72-hour | MATCHES | the hours of the junior doctors' strike of 13 to 15 March 2023",
            "11 | 1.15k | MATCHES | the data says 1,150.3, N&N's rate a day of action in the junior doctors' strike of 13 to 15 March 2023, 3,451 over 3 days",
            "12 | 2,976 | MATCHES | N&N's outpatient appointments in the junior doctors' strike of 13 to 15 March 2023",
            "12 | 475 | MATCHES | N&N's inpatient and day case procedures in the junior doctors' strike of 13 to 15 March 2023",
            "12 | 3,451 | MATCHES | N&N's total for the junior doctors' strike of 13 to 15 March 2023",
            "13 | 4 days | MATCHES | the days of the nursing strikes of 18 and 19 January and 6 and 7 February 2023",
            "13 | 1,506 | MATCHES | N&N's total for the nursing strikes of 18 and 19 January and 6 and 7 February 2023",
            "14 | 882 | MATCHES | QEH's outpatient appointments in the junior doctors' strike of 13 to 15 March 2023",
            "14 | 15 | DIFFERS | the data says 50 (QEH's inpatient and day case procedures in the junior doctors' strike of 13 to 15 March 2023",
            "15 | 932 | MATCHES | QEH's total for the junior doctors' strike of 13 to 15 March 2023",
            "15 | 343 | MATCHES | JPUH's total for the junior doctors' strike of 13 to 15 March 2023",
            "16 | 73% | MATCHES | N&N's share of all sites' total",
            "16 | 4,726 | MATCHES | all sites' total for the junior doctors' strike of 13 to 15 March 2023",
            "17 | Fewer than 350 | MATCHES | the data says 343, JPUH's total for the junior doctors' strike of 13 to 15 March 2023",
            "18 | 4,726 | MATCHES | all sites' total for the junior doctors' strike of 13 to 15 March 2023",
            "18 | 2.7% | MATCHES | all sites' share of England's total for the junior doctors' strike of 13 to 15 March 2023",
            "18 | 175,122 | MATCHES | England's acute total for the junior doctors' strike of 13 to 15 March 2023",
            "19 | 3,451 | MATCHES | N&N's total for the junior doctors' strike of 13 to 15 March 2023"));
  }

  @Test
  void every_figure_of_a_press_officers_draft_has_its_verdict_and_the_datas_figure()
      throws IOException {
    assertChecks(
        "press-office-march.txt",
        List.of(
            "1 | from 13 to 15 March 2023 | MATCHES | the dates of the junior doctors' strike of 13 to 15 March 2023",
            "1 | 4,726 | MATCHES | all sites' total for the junior doctors' strike of 13 to 15 March 2023",
            "2 | some 4.7k | MATCHES | the data says 4,726, all sites' total for the junior doctors' strike of 13 to 15 March 2023",
            "2 | 72-hour | MATCHES | the hours of the junior doctors' strike of 13 to 15 March 2023",
            "3 | 3,451 | MATCHES | N&N's total for the junior doctors' strike of 13 to 15 March 2023",
            "3 | nearly three quarters | MATCHES | the data says 73%, N&N's share of all sites' total",
            "4 | 2,976 | MATCHES | N&N's outpatient appointments in the junior doctors' strike of 13 to 15 March 2023",
            "4 | 457 | DIFFERS | the data says 475 (N&N's inpatient and day case procedures in the junior doctors' strike of 13 to 15 March 2023",
            "5 | 882 | MATCHES | QEH's outpatient appointments in the junior doctors' strike of 13 to 15 March 2023",
            "5 | 25 | DIFFERS | the data says 50 (QEH's inpatient and day case procedures in the junior doctors' strike of 13 to 15 March 2023",
            "6 | 262 | MATCHES | JPUH's outpatient appointments in the junior doctors' strike of 13 to 15 March 2023",
            "6 | 81 | MATCHES | JPUH's inpatient and day case procedures in the junior doctors' strike of 13 to 15 March 2023",
            "6 | 343 | MATCHES | JPUH's total for the junior doctors' strike of 13 to 15 March 2023",
            "7 | A quarter | MATCHES | the data says 24%, JPUH's inpatient and day case procedures as a share of the total for the junior doctors' strike of 13 to 15 March 2023, 81 of 343",
            "8 | Roughly one in five | MATCHES | the data says 20%, QEH's share of all sites' total",
            "9 | A third | DIFFERS | the data says 7% (JPUH's share of all sites' total",
            "10 | 18 and 19 January | MATCHES | the dates of the nursing strike of 18 and 19 January 2023",
            "10 | 6 and 7 February | MATCHES | the dates of the nursing strike of 6 and 7 February 2023",
            "10 | 1,506 | MATCHES | N&N's total for the nursing strikes of 18 and 19 January and 6 and 7 February 2023",
            "11 | 932 | MATCHES | QEH's total for the junior doctors' strike of 13 to 15 March 2023",
            "12 | 2.5k | DIFFERS | the data says 3,451 (N&N's total for the junior doctors' strike of 13 to 15 March 2023",
            "13 | around 1.15k | MATCHES | the data says 1,150.3, N&N's rate a day of action in the junior doctors' strike of 13 to 15 March 2023, 3,451 over 3 days",
            "13 | three times | MATCHES | N&N's ratio a day of action, junior doctors' strike to nursing strikes (3,451 over 3 days against 1,506 over 4 days)",
            "14 | half | MATCHES | the data says 53%, N&N's change an hour of action, nursing strikes to junior doctors' strike (3,451 over 72 hours against 1,506 over 48 hours)",
            "15 | Fewer than 1.5k | DIFFERS | the data says 1,506 (N&N's total for the nursing strikes of 18 and 19 January and 6 and 7 February 2023",
            "15 | four days | MATCHES | the days of the nursing strikes of 18 and 19 January and 6 and 7 February 2023",
            "16 | 175,122 | MATCHES | England's acute total for the junior doctors' strike of 13 to 15 March 2023",
            "16 | 2.7 per cent | MATCHES | all sites' share of England's total for the junior doctors' strike of 13 to 15 March 2023",
            "17 | 96 hours | MATCHES | the hours of the junior doctors' strike of 11 to 14 April 2023",
            "17 | 11 April | MATCHES | the dates of the junior doctors' strike of 11 to 14 April 2023",
            "17 | 15 April 2023 | MATCHES | the dates of the junior doctors' strike of 11 to 14 April 2023"));
  }

  private void assertChecks(String draft, List<String> expected) throws IOException {
    List<FigureCheck> checks = FigureChecker.check(data, read(draft));
    assertEquals(
        expected.size(),
        checks.size(),
        () -> draft + ": " + checks.stream().map(FigureCheck::describe).toList());
    for (int i = 0; i < expected.size(); i++) {
      String[] e = expected.get(i).split(" \\| ", 4);
      FigureCheck c = checks.get(i);
      String where = draft + " line " + e[0] + ": " + c.describe();
      assertEquals(Integer.parseInt(e[0]), c.line(), where);
      assertEquals(e[1], c.figure(), where);
      assertEquals(Verdict.valueOf(e[2]), c.verdict(), where);
      assertTrue(c.detail().startsWith(e[3]), where);
    }
  }

  static String read(String draft) throws IOException {
    try (InputStream in = BritishPhrasingTest.class.getResourceAsStream("/check-text/" + draft)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private FigureCheck only(String text) {
    List<FigureCheck> checks = FigureChecker.check(data, text);
    assertEquals(1, checks.size(), checks::toString);
    return checks.getFirst();
  }

  private void assertCheck(String text, String figure, Verdict verdict, String detail) {
    FigureCheck c =
        FigureChecker.check(data, text).stream()
            .filter(k -> k.figure().equals(figure))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no check of " + figure + " in " + text));
    assertEquals(verdict, c.verdict(), c::describe);
    assertTrue(c.detail().startsWith(detail), c::describe);
  }

  // 1. Context is the sentence's

  @Test
  void a_sentence_after_one_on_the_nursing_strikes_is_read_as_it_would_be_alone() {
    String nursing =
        "Across the 4 days of nursing strikes, 1,506 appointments were postponed at the N&N.\n";
    assertCheck(
        nursing
            + "Nearly 48 appointments an hour were rescheduled at the N&N over the 72-hour strike.",
        "Nearly 48",
        Verdict.MATCHES,
        "the data says 47.9, N&N's rate an hour of action in the junior doctors' strike");
    String share = nursing + "The N&N accounted for 73% of the 4,726 appointments rescheduled.";
    assertCheck(share, "73%", Verdict.MATCHES, "N&N's share of all sites' total");
    assertCheck(share, "4,726", Verdict.MATCHES, "all sites' total for the junior doctors' strike");
  }

  @Test
  void a_sentence_that_goes_on_from_the_one_before_keeps_its_strike_unless_its_words_say_another() {
    String nursing = "During the nursing strikes the N&N postponed 1,506 appointments.\n";
    // "It" goes on from the nursing strikes: 31.4 an hour is theirs.
    assertCheck(
        nursing + "It rescheduled about 31 appointments an hour.",
        "about 31",
        Verdict.MATCHES,
        "the data says 31.4, N&N's rate an hour of action in the nursing strikes");
    // Its own 72 hours are the March strike's, whatever the sentence before was about.
    assertCheck(
        nursing + "It rescheduled nearly 48 appointments an hour over the 72-hour strike.",
        "nearly 48",
        Verdict.MATCHES,
        "the data says 47.9, N&N's rate an hour of action in the junior doctors' strike");
    assertCheck(
        nursing + "They were followed by the junior doctors' strike, which moved 3,451 at the N&N.",
        "3,451",
        Verdict.MATCHES,
        "N&N's total for the junior doctors' strike");
  }

  // 3. A count of a named site and type

  @Test
  void a_count_of_a_named_site_and_type_differs_from_that_figure_however_far_off() {
    assertCheck(
        "The Queen Elizabeth in King's Lynn rescheduled 882 outpatient appointments and 15"
            + " inpatient treatments.",
        "15",
        Verdict.DIFFERS,
        "the data says 50 (QEH's inpatient and day case procedures");
    assertCheck(
        "Across the three hospitals, 60 inpatient procedures were rescheduled in March.",
        "60",
        Verdict.DIFFERS,
        "the data says 606 (all sites' inpatient and day case procedures");
    // No site named, or no activity counted: nothing to judge it against.
    assertEquals(
        Verdict.NOT_FOUND, only("15 inpatient treatments were moved last week.").verdict());
    assertEquals(Verdict.NOT_FOUND, only("The Queen Elizabeth has 15 inpatient wards.").verdict());
  }

  // 4. Thousands written short

  @Test
  void thousands_written_short_are_thousands_judged_as_about() {
    assertCheck(
        "About 4.7k appointments were moved across the three hospitals in March.",
        "About 4.7k",
        Verdict.MATCHES,
        "the data says 4,726, all sites' total");
    assertCheck(
        "The N&N rescheduled some 3.5 thousand appointments in March.",
        "some 3.5 thousand",
        Verdict.MATCHES,
        "the data says 3,451, N&N's total");
    assertCheck(
        "The N&N postponed 1.5k appointments during the nursing strikes.",
        "1.5k",
        Verdict.MATCHES,
        "the data says 1,506, N&N's total for the nursing strikes");
    assertCheck(
        "The N&N postponed some 1,500 appointments during the nursing strikes.",
        "some 1,500",
        Verdict.MATCHES,
        "the data says 1,506, N&N's total for the nursing strikes");
    // "Almost" says below: 1,506 is not almost 1,500, nor 4,726 almost 4,700.
    assertCheck(
        "The N&N postponed almost 1.5k appointments during the nursing strikes.",
        "almost 1.5k",
        Verdict.DIFFERS,
        "the data says 1,506 (N&N's total for the nursing strikes");
    assertCheck(
        "The N&N rescheduled 1.15k appointments a day during the junior doctors' strike.",
        "1.15k",
        Verdict.MATCHES,
        "the data says 1,150.3, N&N's rate a day");
    assertCheck(
        "The N&N rescheduled 2.5k appointments in March.",
        "2.5k",
        Verdict.DIFFERS,
        "the data says 3,451 (N&N's total");
  }

  @Test
  void a_k_that_is_no_thousand_is_no_figure_of_thousands() {
    // "5km" is a distance: its 5 is read as it is, never as 5,000.
    assertEquals("5", only("The N&N is 5km from the city centre.").figure());
  }

  // 5. Shares and changes in words

  @Test
  void so_many_in_so_many_and_fractions_are_shares() {
    assertCheck(
        "One in five of the appointments rescheduled in Norfolk and Waveney were at the Queen"
            + " Elizabeth Hospital.",
        "One in five",
        Verdict.MATCHES,
        "the data says 20%, QEH's share of all sites' total");
    assertCheck(
        "Around three in four of the appointments rescheduled were at the N&N.",
        "Around three in four",
        Verdict.MATCHES,
        "the data says 73%, N&N's share");
    assertCheck(
        "1 in 5 appointments rescheduled across the three hospitals were at King's Lynn.",
        "1 in 5",
        Verdict.MATCHES,
        "the data says 20%, QEH's share");
    assertCheck(
        "A third of the appointments rescheduled across the three hospitals were at King's Lynn.",
        "A third",
        Verdict.DIFFERS,
        "the data says 20% (QEH's share");
    assertCheck(
        "One in two of the appointments rescheduled were at the James Paget.",
        "One in two",
        Verdict.DIFFERS,
        "the data says 7% (JPUH's share");
  }

  @Test
  void a_change_by_a_fraction_is_a_change() {
    assertCheck(
        "At the N&N, rescheduling a day was up by a third on the nursing strikes.",
        "a third",
        Verdict.DIFFERS,
        "the data says 206% (N&N's change a day of action");
    assertCheck(
        "At the N&N, the rate an hour of action rose by half on the nursing strikes.",
        "half",
        Verdict.MATCHES,
        "the data says 53%, N&N's change an hour of action");
  }
}
