package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.check.Fact.Kind;
import io.strikeimpact.model.check.WordFigures.WordFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures a press office writes in words ("nearly three quarters", "more than double", "two
 * thousand") are checked like figures in digits, as "about" unless their own qualifier says more;
 * the same words where they are not figures ("the first half of March", "a double whammy") are left
 * alone. Against the seed story: N&amp;N 3,451 of 4,726 (73 per cent), QEH 882 of 932 outpatient
 * (95 per cent), JPUH 81 of 343 inpatient (24 per cent), N&amp;N's rate a day 3.1 times the nursing
 * strikes' and its rate an hour 1.5 times.
 */
class FiguresInWordsTest {

  @Test
  void shares_multiples_and_round_counts_in_words_have_their_values() {
    String s =
        "Nearly three quarters of them, more than half of those, double the rate and two thousand"
            + " appointments.";
    assertEquals(
        List.of(
            at(s, "three quarters", 75, Kind.PERCENT),
            at(s, "half", 50, Kind.PERCENT),
            at(s, "double", 2, Kind.RATIO),
            at(s, "two thousand", 2000, null)),
        WordFigures.find(s));
    WordFigure twoThirds = WordFigures.find("Two-thirds of the total.").getFirst();
    assertEquals(200.0 / 3, twoThirds.value(), 1e-9);
    assertEquals(3, WordFigures.find("treble the nursing strikes' rate").getFirst().value());
  }

  private static WordFigure at(String sentence, String words, double value, Kind kind) {
    int start = sentence.indexOf(words);
    return new WordFigure(start, start + words.length(), value, kind);
  }

  @Test
  void the_same_words_where_they_are_no_figure_are_not_found() {
    for (String notAFigure :
        List.of(
            "In the first half of March the hospitals were busy.",
            "It was the third of the strikes this year.",
            "A double whammy for patients.",
            "Thousands of patients, hundreds of clinics.",
            "A half-day session.",
            "Two thousands of years.")) {
      assertEquals(List.of(), WordFigures.find(notAFigure), notAFigure);
    }
  }

  @Test
  void a_share_in_words_is_checked_against_the_sites_share() {
    List<FigureCheck> checks =
        FigureChecker.check(
            Drafts.story(),
            "Nearly three quarters of the total were at the Norfolk and Norwich.\n"
                + "More than half of the appointments rescheduled at the Queen Elizabeth were"
                + " outpatient appointments.\n"
                + "A third of the appointments at the James Paget were inpatient procedures.");
    assertVerdicts(List.of(Verdict.MATCHES, Verdict.MATCHES, Verdict.DIFFERS), checks);
    assertEquals("Nearly three quarters", checks.get(0).figure());
    assertTrue(checks.get(0).detail().contains("73%"), checks.get(0).describe());
    assertTrue(checks.get(2).detail().contains("24%"), checks.get(2).describe());
  }

  @Test
  void a_multiple_in_words_is_checked_on_the_basis_its_sentence_gives() {
    List<FigureCheck> checks =
        FigureChecker.check(
            Drafts.story(),
            "In March the N&N rescheduled more than double the nursing strikes' rate a day.\n"
                + "In March the N&N rescheduled more than double the nursing strikes' rate an"
                + " hour.\n"
                + "Twice as many appointments were rescheduled at the N&N a day in March as in the"
                + " nursing strikes.");
    assertVerdicts(List.of(Verdict.MATCHES, Verdict.DIFFERS, Verdict.DIFFERS), checks);
    assertTrue(checks.get(0).detail().contains("3.1 times"), checks.get(0).describe());
    assertTrue(checks.get(1).detail().contains("1.5 times"), checks.get(1).describe());
  }

  @Test
  void a_round_count_in_words_is_about_its_value() {
    List<FigureCheck> checks =
        FigureChecker.check(
            Drafts.story(),
            "In March almost five thousand appointments were rescheduled across Norfolk and"
                + " Waveney.\n"
                + "In March some two thousand appointments were rescheduled across Norfolk and"
                + " Waveney.");
    assertVerdicts(List.of(Verdict.MATCHES, Verdict.DIFFERS), checks);
  }

  @Test
  void a_share_in_digits_after_its_figure_names_the_site_not_the_area_inside_its_name() {
    // "Norfolk" is a word of the area (Norfolk and Waveney) and of the N&N's name: the longer
    // phrase is the site.
    List<FigureCheck> checks =
        FigureChecker.check(
            Drafts.story(),
            "In March nearly 75 per cent of the total were at the Norfolk and Norwich.");
    assertVerdicts(List.of(Verdict.MATCHES), checks);
    assertTrue(checks.getFirst().detail().contains("N&N's share"), checks.getFirst().describe());
  }

  private static void assertVerdicts(List<Verdict> expected, List<FigureCheck> checks) {
    assertEquals(
        expected,
        checks.stream().map(FigureCheck::verdict).toList(),
        () -> checks.stream().map(FigureCheck::describe).toList().toString());
  }
}
