package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12: every British date crashed check-text with "No group 6". Each form a press officer or a
 * journalist writes is read as one date and checked against the story's calendar.
 */
class BritishDatesTest {
  private final Analysis story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Junior doctors struck on 13 March 2023.                     | 13 March 2023                 | MATCHES   | 13 to 15 March 2023
          The strike ran from 13 to 15 March 2023.                    | from 13 to 15 March 2023          | MATCHES   | 13 to 15 March 2023
          Doctors walked out between 13 and 15 March.                 | between 13 and 15 March       | MATCHES   | 13 to 15 March 2023
          Doctors walked out 13-15 March.                             | 13-15 March                   | MATCHES   | 13 to 15 March 2023
          Doctors walked out 13\u201315 March 2023.                   | 13\u201315 March 2023         | MATCHES   | 13 to 15 March 2023
          The walkout began on Monday 13th March.                     | Monday 13th March             | MATCHES   | 13 to 15 March 2023
          The walkout began on Monday, 13 March 2023.                 | Monday, 13 March 2023         | MATCHES   | 13 to 15 March 2023
          The next strike runs from 11 April.                         | from 11 April                 | MATCHES   | 11 to 14 April 2023
          It ends at 6.59am on Saturday 15 April.                   | Saturday 15 April             | MATCHES   | 11 to 14 April 2023
          It ends at 06:59 on 15 April.                     | 15 April                      | MATCHES   | 11 to 14 April 2023
          The strike on 13/03/2023 hit clinics.                       | 13/03/2023                    | MATCHES   | 13 to 15 March 2023
          The strike on 14.3.23 hit clinics.                          | 14.3.23                       | MATCHES   | 13 to 15 March 2023
          The strike, held between March 13 and 15, hit clinics.      | between March 13 and 15       | MATCHES   | 13 to 15 March 2023
          Nurses struck on 18 and 19 January.                         | 18 and 19 January             | MATCHES   | 18 and 19 January 2023
          The walkout began on Tuesday 13 March 2023.                 | Tuesday 13 March 2023         | DIFFERS   | was a Monday, not a Tuesday
          The strike ran from 13 to 14 March 2023.                    | from 13 to 14 March 2023          | DIFFERS   | 13 to 15 March 2023
          The next strike runs from 12 April.                         | from 12 April                 | DIFFERS   | 11 to 14 April 2023
          The briefing is dated 1 December 2026.                      | 1 December 2026               | NOT_FOUND | ''
          """)
  void should_read_the_date_as_written_and_check_it_against_the_calendar(
      String sentence, String figure, Verdict verdict, String detail) {
    List<FigureCheck> checks = FigureChecker.check(story, sentence);
    FigureCheck date =
        checks.stream()
            .filter(c -> c.figure().equals(figure))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No check for \"" + figure + "\" in " + checks));
    assertEquals(verdict, date.verdict(), date.describe());
    assertTrue(date.detail().contains(detail), date.describe());
    // The date's numbers are the date, not figures of their own.
    assertEquals(1, checks.size(), checks::toString);
  }
}
