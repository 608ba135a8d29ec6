package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "More than", "about" and the rest at their edges, and the numbers a draft writes that are years:
 * the cases bench/mutation found untested in model.check.
 */
class QualifierTest {

  @Test
  void more_than_and_fewer_than_are_strict_at_least_and_up_to_are_not() {
    assertFalse(FigureChecker.holds("more than", 500, 500));
    assertTrue(FigureChecker.holds("more than", 501, 500));
    assertFalse(FigureChecker.holds("over", 500, 500));
    assertTrue(FigureChecker.holds("at least", 500, 500));
    assertFalse(FigureChecker.holds("at least", 499, 500));
    assertFalse(FigureChecker.holds("fewer than", 500, 500));
    assertTrue(FigureChecker.holds("fewer than", 499, 500));
    assertFalse(FigureChecker.holds("under", 500, 500));
    assertTrue(FigureChecker.holds("up to", 500, 500));
    assertFalse(FigureChecker.holds("up to", 501, 500));
  }

  @Test
  void almost_is_below_and_within_a_tenth() {
    assertFalse(FigureChecker.holds("almost", 500, 500));
    assertTrue(FigureChecker.holds("almost", 450, 500));
    assertFalse(FigureChecker.holds("almost", 449, 500));
    assertTrue(FigureChecker.holds("nearly", 499, 500));
  }

  @Test
  void about_allows_a_tenth_either_way_and_no_more() {
    assertTrue(FigureChecker.holds("about", 550, 500));
    assertTrue(FigureChecker.holds("about", 450, 500));
    assertFalse(FigureChecker.holds("about", 551, 500));
    assertFalse(FigureChecker.holds("around", 449, 500));
  }

  @Test
  void a_year_is_not_a_figure_but_a_count_outside_the_years_is() {
    Analysis story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    List<String> figures =
        FigureChecker.check(
                story,
                "In 1990 and in 2100 nothing happened. The N&N rescheduled 1989 and then 2101 and"
                    + " 1,990.")
            .stream()
            .map(FigureCheck::figure)
            .toList();
    assertEquals(List.of("1989", "2101", "1,990"), figures);
  }

  @Test
  void the_action_named_holds_for_the_sentences_after_it() {
    Analysis story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    List<FigureCheck> checks =
        FigureChecker.check(
            story,
            "In the nursing strikes the N&N rescheduled 1,506. It was 376.5 a day.\n"
                + "Then in March it rescheduled 3,451.");
    assertEquals(List.of(1, 1, 2), checks.stream().map(FigureCheck::line).toList());
    assertEquals(
        List.of(Verdict.MATCHES, Verdict.MATCHES, Verdict.MATCHES),
        checks.stream().map(FigureCheck::verdict).toList(),
        () -> checks.stream().map(FigureCheck::describe).toList().toString());
  }
}
