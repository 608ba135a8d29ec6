package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.profile.DateFormats;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeekLabelTest {
  private static final DateFormats PROFILE = DateFormats.parse(DateFormats.DEFAULT);
  private static final LocalDate MONDAY = LocalDate.of(2023, 3, 13);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "w/c 13/03/2023",
        "W/C 13/03/23",
        "w/c: 13/03/2023",
        "wc 13/03/2023",
        "w.c. 13/3/2023",
        "w/b 13/03/2023",
        "Week commencing 13 March 2023",
        "Week beginning 13th March 2023",
        "Week starting 13-Mar-23",
        "wk comm 13/03/2023",
        "Week of 2023-03-13",
      })
  void a_week_named_by_its_first_day(String text) {
    assertEquals(
        Optional.of(new WeekLabel(MONDAY, MONDAY.plusDays(6))), WeekLabel.parse(text, PROFILE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"w/e 19/03/2023", "W/E 19/03/23", "Week ending 19 March 2023", "we 19/03/2023"})
  void a_week_named_by_its_last_day(String text) {
    assertEquals(
        Optional.of(new WeekLabel(MONDAY, MONDAY.plusDays(6))), WeekLabel.parse(text, PROFILE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "13/03/2023",
        "Wednesday 15/03/2023",
        "Wed 15/03/2023",
        "w/c",
        "w/c 31/02/2023",
        "Total"
      })
  void text_that_names_no_week(String text) {
    assertTrue(WeekLabel.parse(text, PROFILE).isEmpty(), text);
  }
}
