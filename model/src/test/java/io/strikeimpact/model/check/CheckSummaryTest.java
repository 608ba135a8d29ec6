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

  @Test
  void should_count_a_figure_of_a_site_that_did_not_take_part_apart_and_only_when_there_is_one() {
    List<FigureCheck> c = checks(1, 0, 1);
    c.add(new FigureCheck("0", 1, Verdict.NOT_APPLICABLE, "QEH did not take part"));
    assertEquals(
        "3 figures: 1 matches, 0 differ, 1 not found in the data, 1 not applicable (a site that"
            + " did not take part).",
        CheckSummary.of(c));
  }
}
