package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12: "1 figures", "1 differ" read wrong; counts agree with their nouns and verbs. */
class CheckSummaryTest {
  private static List<FigureCheck> checks(int matches, int differs, int notFound) {
    List<FigureCheck> c = new ArrayList<>();
    c.addAll(Collections.nCopies(matches, new FigureCheck("1", 1, Verdict.MATCHES, "x")));
    c.addAll(Collections.nCopies(differs, new FigureCheck("2", 1, Verdict.DIFFERS, "y")));
    c.addAll(Collections.nCopies(notFound, new FigureCheck("3", 1, Verdict.NOT_FOUND, "")));
    return c;
  }

  @Test
  void should_write_one_in_the_singular() {
    assertEquals(
        "1 figure: 0 match, 1 differs, 0 not found in the data.", CheckSummary.of(checks(0, 1, 0)));
    assertEquals(
        "1 figure: 1 matches, 0 differ, 0 not found in the data.",
        CheckSummary.of(checks(1, 0, 0)));
  }

  @Test
  void should_write_several_in_the_plural_with_a_comma_above_999() {
    assertEquals(
        "1,003 figures: 1,000 match, 2 differ, 1 not found in the data.",
        CheckSummary.of(checks(1000, 2, 1)));
  }
}
