package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StaffData;
import io.strikeimpact.model.fixtures.StoryData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * check-text on figures of staff taking part ({@link StaffData}: 302 and 272 nurses at N&amp;N on
 * 18 and 19 January 2023, public; the rest illustrative). A count of staff is a fact only for a
 * sentence that says it counts staff ("on strike", "took part"), so "rescheduled 302" is never
 * taken for it.
 */
class StaffFiguresCheckTest {
  private final Analysis data = ImpactAnalysis.analyse(StaffData.dataset(), StoryData.request());

  /** The check of the sentence's one figure that is not a date. */
  private FigureCheck only(String text) {
    List<FigureCheck> checks =
        FigureChecker.check(data, text).stream()
            .filter(c -> !c.figure().matches("\\d+ (January|March)"))
            .toList();
    assertEquals(1, checks.size(), checks::toString);
    return checks.getFirst();
  }

  @Test
  void a_days_staff_on_strike_matches_the_returns_figure_and_names_its_cell() {
    FigureCheck c = only("At the N&N 302 nurses were on strike on 18 January.");
    assertEquals(Verdict.MATCHES, c.verdict(), c::describe);
    assertTrue(c.describe().contains("N&N's staff taking part on 18 January 2023"), c::describe);
    assertTrue(c.describe().contains("nnuh-rcn.csv"), c::describe);
  }

  @Test
  void a_wrong_count_of_staff_differs_with_the_days_figure() {
    FigureCheck c = only("At the N&N 280 nurses took part on 19 January.");
    assertEquals(Verdict.DIFFERS, c.verdict(), c::describe);
    assertTrue(c.describe().startsWith("differs: the data says 272"), c::describe);
  }

  @Test
  void an_illustrative_figure_is_said_to_be_one() {
    FigureCheck c = only("At the N&N 400 junior doctors were on strike on 13 March.");
    assertEquals(Verdict.MATCHES, c.verdict(), c::describe);
    assertTrue(c.describe().contains("an illustrative figure"), c::describe);
  }

  @Test
  void activity_is_never_taken_for_a_count_of_staff() {
    // 302 is a count of nurses on strike, not of appointments: no staff words, no staff fact.
    FigureCheck c = only("In January the N&N rescheduled 302 appointments.");
    assertNotEquals(Verdict.MATCHES, c.verdict(), c::describe);
  }
}
