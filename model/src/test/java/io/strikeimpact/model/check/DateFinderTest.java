package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.check.DateFinder.DateMention;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dates a draft writes, as read, and the strikes the calendar says they are of. */
class DateFinderTest {
  private final Analysis story = Drafts.story();

  private static DateMention only(String sentence) {
    List<DateMention> found = DateFinder.find(sentence);
    assertEquals(1, found.size(), found::toString);
    return found.getFirst();
  }

  private FigureCheck onlyCheck(String sentence) {
    List<FigureCheck> checks = FigureChecker.check(story, sentence);
    assertEquals(1, checks.size(), checks::toString);
    return checks.getFirst();
  }

  @Test
  void a_count_of_three_figures_after_a_month_is_a_figure_not_a_day() {
    // "March 262" was read as the date "March 26", and 262 was never checked.
    assertEquals(List.of(), DateFinder.find("In March 262 outpatient appointments were moved."));
    FigureCheck c = onlyCheck("In March 262 outpatient appointments were moved at the JPUH.");
    assertEquals("262", c.figure());
    assertEquals(
        "matches: JPUH's outpatient appointments in the junior doctors' strike of 13 to 15 March"
            + " 2023 (the returns: jpuh.xlsx)",
        c.describe());
    // "March 150" was "March 15", a date that matched, and the figure was lost.
    assertEquals("150", onlyCheck("In March 150 appointments were moved at the JPUH.").figure());
    // A day followed by a year or a list is still a day.
    assertEquals(List.of(MonthDay.of(Month.MARCH, 13)), only("On March 13, 2023 it began.").days());
  }
}
