package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.fixtures.EnglandData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * check-text on figures about England: NHS England's published figures are facts like the returns'
 * totals, but only a sentence that speaks of England can mean them, and "NHS England" (the body the
 * returns go to) does not make a sentence about the country. The national file is {@link
 * EnglandData#mixed}: March 175,122 (published), February not published but derived as 42,897.
 */
class EnglandFiguresCheckTest {
  private final Analysis data = EnglandData.analysis();

  private List<FigureCheck> check(String text) {
    return FigureChecker.check(data, text);
  }

  private FigureCheck only(String text) {
    List<FigureCheck> checks = check(text);
    assertEquals(1, checks.size(), checks::toString);
    return checks.getFirst();
  }

  @Test
  void a_round_national_figure_matches_englands_total_to_the_nearest_thousand() {
    FigureCheck c =
        only(
            "In the junior doctors' strike in March, 175,000 appointments and procedures were"
                + " rescheduled across England.");
    assertEquals(Verdict.MATCHES, c.verdict(), c::describe);
    assertTrue(
        c.describe().contains("the data says 175,122, 175,000 to the nearest thousand"),
        c::describe);
    assertTrue(c.describe().contains("England's acute total"), c::describe);
  }

  @Test
  void englands_exact_figure_matches_and_a_wrong_one_differs_with_englands_figure() {
    assertEquals(
        Verdict.MATCHES,
        only("Nationally, 175,122 were rescheduled in the junior doctors' strike in March.")
            .verdict());
    FigureCheck wrong =
        only("Across England 180,000 were rescheduled in the junior doctors' strike in March.");
    assertEquals(Verdict.DIFFERS, wrong.verdict(), wrong::describe);
    assertTrue(wrong.describe().startsWith("differs: the data says 175,122"), wrong::describe);
  }

  @Test
  void englands_parts_are_facts_too() {
    FigureCheck outpatient =
        only("In March 157,256 outpatient appointments were rescheduled across England.");
    assertEquals(Verdict.MATCHES, outpatient.verdict(), outpatient::describe);
    assertTrue(outpatient.describe().contains("England's outpatient figure"), outpatient::describe);
  }

  @Test
  void one_sentence_gives_the_local_figure_its_share_and_englands_figure_each_its_own_verdict() {
    List<FigureCheck> checks =
        check(
            "In the junior doctors' strike in March the three hospitals rescheduled 4,726, 2.7%"
                + " of the 175,122 rescheduled in England.");
    assertEquals(3, checks.size(), checks::toString);
    checks.forEach(c -> assertEquals(Verdict.MATCHES, c.verdict(), c::describe));
    assertTrue(checks.get(0).describe().contains("all sites' total"), checks.get(0)::describe);
    assertTrue(checks.get(1).describe().contains("share of England's"), checks.get(1)::describe);
    assertTrue(checks.get(2).describe().contains("England's acute total"), checks.get(2)::describe);
  }

  @Test
  void a_wrong_share_of_england_differs() {
    FigureCheck c =
        only("The three hospitals' 4% of England's total in the junior doctors' strike in March.");
    // 4% is a different figure from 2.7%; whatever it is taken for, it is not a match.
    assertNotEquals(Verdict.MATCHES, c.verdict(), c::describe);
  }

  @Test
  void a_derived_figure_is_said_to_be_derived_not_published() {
    FigureCheck c =
        only("In the nursing strike in February 42,897 were rescheduled across England.");
    assertEquals(Verdict.MATCHES, c.verdict(), c::describe);
    assertTrue(c.describe().contains("derived by subtraction, not published"), c::describe);
  }

  @Test
  void a_local_figure_said_of_england_is_not_vouched_for() {
    FigureCheck c = only("In March 4,726 were rescheduled across England.");
    assertNotEquals(Verdict.MATCHES, c.verdict(), c::describe);
  }

  @Test
  void an_english_figure_is_never_taken_for_a_sentence_that_names_no_place() {
    // 175,122 is England's; a sentence naming no place speaks of the sites here, which have none.
    assertEquals(
        Verdict.NOT_FOUND,
        only("In the junior doctors' strike in March 175,122 were rescheduled.").verdict());
  }

  @Test
  void nhs_england_names_the_body_the_returns_go_to_not_the_country() {
    FigureCheck c = only("Figures sent to NHS England show 3,451 rescheduled at the N&N in March.");
    assertEquals(Verdict.MATCHES, c.verdict(), c::describe);
    assertTrue(c.describe().contains("N&N's"), c::describe);
    FigureCheck all =
        only("The returns to NHS England give 4,726 across the three hospitals in March.");
    assertEquals(Verdict.MATCHES, all.verdict(), all::describe);
  }

  @Test
  void a_place_here_named_after_england_takes_the_figure_back_to_the_sites_here() {
    List<FigureCheck> checks =
        check(
            "Across England about 175,000 appointments were rescheduled in the junior doctors'"
                + " strike in March; in Norfolk 4,726.");
    assertEquals(2, checks.size(), checks::toString);
    assertEquals(Verdict.MATCHES, checks.get(0).verdict(), checks.get(0)::describe);
    assertTrue(checks.get(0).describe().contains("England's acute total"), checks.get(0)::describe);
    assertEquals(Verdict.MATCHES, checks.get(1).verdict(), checks.get(1)::describe);
    assertTrue(checks.get(1).describe().contains("all sites' total"), checks.get(1)::describe);
  }
}
