package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.analysis.Analysis;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The site, activity type, strike and kind (outcome or estimate) a figure is checked against, as
 * the words around it give them: the nearest site in its clause, the type words between it and the
 * next figure, the strike the sentence or the one before named.
 */
class FigureContextTest {
  private static final String NN_OUTPATIENT =
      "matches: N&N's outpatient appointments in the junior doctors' strike of 13 to 15 March 2023"
          + " (the returns: nnuh.xlsx)";
  private static final String QEH_OUTPATIENT =
      "matches: QEH's outpatient appointments in the junior doctors' strike of 13 to 15 March 2023"
          + " (the returns: qeh.csv)";
  private static final String NOT_FOUND = "not found in the data";

  private final Analysis story = Drafts.story();

  /** The verdict on {@code figure} in {@code text}, as "matches: ..." or "differs: ...". */
  private static String verdict(Analysis data, String text, String figure) {
    List<FigureCheck> checks = FigureChecker.check(data, text);
    return checks.stream()
        .filter(c -> c.figure().equals(figure))
        .findFirst()
        .map(FigureCheck::describe)
        .orElseThrow(
            () ->
                new AssertionError(
                    "No check for \""
                        + figure
                        + "\" among "
                        + checks.stream()
                            .map(c -> c.figure() + " -> " + c.describe())
                            .collect(Collectors.joining("; "))));
  }

  private String verdict(String text, String figure) {
    return verdict(story, text, figure);
  }

  // Sites

  @Test
  void a_figure_at_the_qeh_is_not_matched_against_the_n_and_n() {
    // Site and type named: QEH's outpatient figure written wrong, not N&N's.
    String qeh =
        "differs: the data says 882 (QEH's outpatient appointments in the junior doctors' strike"
            + " of 13 to 15 March 2023 (the returns: qeh.csv))";
    assertEquals(qeh, verdict("In March the QEH moved 2,976 outpatient appointments.", "2,976"));
    // The site after the figure, past the thousands comma inside "2,976", is the figure's site.
    assertEquals(NOT_FOUND, verdict("In March 2,976 appointments were moved at the QEH.", "2,976"));
    // The site named before the figure's clause, when the clause names none.
    assertEquals(
        qeh, verdict("At the QEH, 2,976 outpatient appointments were moved in March.", "2,976"));
  }

  @Test
  void the_site_in_brackets_is_the_site_of_the_figure_in_them() {
    String text = "In March the QEH moved 882 outpatient appointments (2,976 at the N&N).";
    assertEquals(QEH_OUTPATIENT, verdict(text, "882"));
    assertEquals(NN_OUTPATIENT, verdict(text, "2,976"));
  }

  @Test
  void the_site_named_at_the_start_of_the_sentence_is_the_site_of_its_first_figure() {
    String text = "QEH moved 882 outpatient appointments in March and the N&N 2,976.";
    assertEquals(QEH_OUTPATIENT, verdict(text, "882"));
    assertEquals(NN_OUTPATIENT, verdict(text, "2,976"));
  }

  @Test
  void of_two_sites_before_a_figure_the_nearer_is_its_site() {
    assertEquals(
        QEH_OUTPATIENT,
        verdict("After the N&N the QEH moved 882 outpatient appointments in March.", "882"));
    // Named in the clause before: the nearer still.
    assertEquals(
        QEH_OUTPATIENT,
        verdict(
            "After the N&N came the QEH: 882 outpatient appointments were moved in March.", "882"));
  }

  @Test
  void of_two_sites_after_a_figure_the_nearer_is_its_site() {
    assertEquals(
        QEH_OUTPATIENT,
        verdict(
            "In March 882 outpatient appointments were moved at the QEH rather than the N&N.",
            "882"));
  }

  @Test
  void across_the_three_hospitals_is_all_sites_even_after_a_sites_figure() {
    String text = "In March 3,451 were moved at the N&N, out of 4,726 across the three hospitals.";
    assertEquals(
        "matches: N&N's total for the junior doctors' strike of 13 to 15 March 2023"
            + " (the returns: nnuh.xlsx)",
        verdict(text, "3,451"));
    assertEquals(
        "matches: all sites' total for the junior doctors' strike of 13 to 15 March 2023"
            + " (the sum of the returns: nnuh.xlsx, qeh.csv, jpuh.xlsx)",
        verdict(text, "4,726"));
  }

  @Test
  void a_comma_that_opens_the_sentence_ends_no_figure() {
    assertEquals(
        "matches: N&N's total for the junior doctors' strike of 13 to 15 March 2023"
            + " (the returns: nnuh.xlsx)",
        verdict(",5 and 3,451 at the N&N in March.", "3,451"));
  }

  // Activity types

  @Test
  void a_figure_with_no_type_words_of_its_own_is_of_any_type() {
    assertEquals(NN_OUTPATIENT, verdict("In March the N&N moved 2,976 appointments.", "2,976"));
    // "inpatient" belongs to the next figure, not to 2,976.
    assertEquals(
        NN_OUTPATIENT,
        verdict("In March the N&N moved 2,976 and 475 inpatient procedures.", "2,976"));
  }

  @Test
  void the_type_words_before_the_next_figure_are_this_figures() {
    String text = "In March the N&N moved 475 inpatient and 2,976 outpatient appointments.";
    assertEquals(NN_OUTPATIENT, verdict(text, "2,976"));
    assertEquals(
        "matches: N&N's inpatient and day case procedures in the junior doctors' strike of 13 to 15"
            + " March 2023 (the returns: nnuh.xlsx)",
        verdict(text, "475"));
  }

  @Test
  void a_figure_of_one_type_is_not_matched_against_another() {
    // Site and type named, so each differs from that type's figure, never matches the other's.
    String inpatient =
        "differs: the data says 475 (N&N's inpatient and day case procedures in the junior"
            + " doctors' strike of 13 to 15 March 2023 (the returns: nnuh.xlsx))";
    assertEquals(
        inpatient, verdict("The N&N rescheduled 2,976 inpatient procedures in March.", "2,976"));
    assertEquals(
        "differs: the data says 2,976 (N&N's outpatient appointments in the junior doctors'"
            + " strike of 13 to 15 March 2023 (the returns: nnuh.xlsx))",
        verdict("The N&N moved 475 outpatient appointments in March.", "475"));
    // The type words before the figure, when none follow it.
    assertEquals(
        inpatient,
        verdict("The N&N's inpatient procedures moved in March came to 2,976.", "2,976"));
    // Words of a type that count no activity ("beds") are not that type's figure.
    assertEquals(NOT_FOUND, verdict("The N&N opened 30 inpatient beds in March.", "30"));
  }

  @Test
  void of_two_type_words_after_a_figure_the_first_is_its_type() {
    assertEquals(
        NN_OUTPATIENT,
        verdict(
            "In March the N&N moved 2,976 outpatient rather than inpatient appointments.",
            "2,976"));
  }

  // Strikes

  @Test
  void a_clause_that_names_no_strike_is_of_the_strike_its_sentence_names() {
    // 500 is April's figure: the verdict says so, and gives March's.
    assertEquals(
        "differs: 500 is N&N's inpatient and day case procedures in the junior doctors' strike of"
            + " 11 to 14 April 2023 (the returns: nnuh-april.xlsx), not a figure of the junior"
            + " doctors' strike of 13 to 15 March 2023; the figure for the junior doctors' strike of"
            + " 13 to 15 March 2023 is 475 (N&N's inpatient and day case procedures in the junior"
            + " doctors' strike of 13 to 15 March 2023 (the returns: nnuh.xlsx))",
        verdict(Drafts.withApril(), "In March, the N&N moved 500 inpatient procedures.", "500"));
  }

  @Test
  void the_strike_a_sentence_names_holds_for_the_next_sentence_that_goes_on_from_it() {
    String april =
        "differs: 475 is N&N's inpatient and day case procedures in the junior doctors' strike of"
            + " 13 to 15 March 2023 (the returns: nnuh.xlsx), not a figure of the junior doctors'"
            + " strike of 11 to 14 April 2023; the figure for the junior doctors' strike of 11 to 14"
            + " April 2023 is 500 (N&N's inpatient and day case procedures in the junior doctors'"
            + " strike of 11 to 14 April 2023 (the returns: nnuh-april.xlsx))";
    for (String next :
        List.of(
            "During it, the N&N moved 475 inpatient procedures.",
            "Of these, the N&N moved 475 inpatient procedures.",
            "They moved 475 inpatient procedures at the N&N.",
            "Over the same strike the N&N moved 475 inpatient procedures.")) {
      assertEquals(
          april,
          verdict(Drafts.withApril(), "In April the junior doctors struck again. " + next, "475"),
          next);
    }
  }

  @Test
  void a_sentence_that_starts_afresh_is_read_as_it_would_be_alone() {
    // 475 is N&N's inpatient figure in March; a sentence naming no strike and not going on from
    // the one before may be of any strike.
    assertEquals(
        "matches: N&N's inpatient and day case procedures in the junior doctors' strike of 13 to"
            + " 15 March 2023 (the returns: nnuh.xlsx)",
        verdict(
            Drafts.withApril(),
            "In April the junior doctors struck again. The N&N moved 475 inpatient procedures.",
            "475"));
  }

  @Test
  void a_projection_is_not_matched_against_an_outcome() {
    assertEquals(
        NOT_FOUND,
        verdict("The April strike could see 3,451 appointments moved at the N&N.", "3,451"));
  }

  // Times of day

  @Test
  void a_time_of_day_at_the_end_of_a_line_is_no_figure() {
    assertEquals(List.of(), FigureChecker.check(story, "The strike ends at 7am"));
    assertEquals(List.of(), FigureChecker.check(story, "The strike ends at 07:00"));
  }
}
