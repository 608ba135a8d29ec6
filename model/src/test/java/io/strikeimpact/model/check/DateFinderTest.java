package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.ActionPeriod;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.check.DateFinder.DateMention;
import io.strikeimpact.model.fixtures.StoryData;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
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

  @Test
  void a_dates_day_is_read_once_not_again_as_a_bare_ordinal() {
    DateMention d = only("The walkout began on Monday 13th March.");
    assertEquals("Monday 13th March", d.text());
    assertEquals(List.of(MonthDay.of(Month.MARCH, 13)), d.days());
    assertEquals(List.of(Optional.of(DayOfWeek.MONDAY)), d.weekdays());
  }

  @Test
  void dates_come_back_in_the_order_written_whatever_their_form() {
    List<DateMention> found =
        DateFinder.find("On 13/03/2023 and again on 14 March, then the 15th.");
    assertEquals(
        List.of("13/03/2023", "14 March", "15th"), found.stream().map(DateMention::text).toList());
  }

  @Test
  void a_range_has_a_weekday_for_each_end() {
    DateMention d = only("The strike ran from Monday 13 to Wednesday 15 March 2023.");
    assertEquals(
        List.of(Optional.of(DayOfWeek.MONDAY), Optional.of(DayOfWeek.WEDNESDAY)), d.weekdays());
    DateMention one = only("The strike began on 13 March 2023.");
    assertEquals(List.of(Optional.empty()), one.weekdays());
  }

  @Test
  void the_wrong_weekday_at_the_end_of_a_range_is_caught() {
    FigureCheck c = onlyCheck("The strike ran from Monday 13 to Thursday 15 March 2023.");
    assertEquals(Verdict.DIFFERS, c.verdict(), c.describe());
    assertEquals(
        "15 March 2023 was a Wednesday, not a Thursday; the dates of the junior doctors' strike of"
            + " 13 to 15 March 2023 (07:00 on 13 March 2023 to 07:00 on 16 March 2023)",
        c.detail());
  }

  @Test
  void the_year_of_a_range_across_months_is_read_wherever_it_is_written() {
    assertEquals(Optional.of(2023), only("From 30 April 2023 to 1 May the talks ran.").year());
    assertEquals(Optional.of(2023), only("From 30 April to 1 May 2023 the talks ran.").year());
    assertEquals(Optional.empty(), only("From 30 April to 1 May the talks ran.").year());
  }

  @Test
  void the_first_and_last_days_of_a_month_are_dates() {
    assertEquals(List.of(MonthDay.of(Month.MARCH, 31)), only("It ran to 31 March 2023.").days());
    assertEquals(List.of(MonthDay.of(Month.MAY, 1)), only("It ran to 1 May 2023.").days());
    assertEquals(List.of(), DateFinder.find("It ran to 32 March 2023 and 0 May."));
  }

  @Test
  void january_and_december_are_months_written_in_figures() {
    assertEquals(
        List.of(MonthDay.of(Month.JANUARY, 18)), only("Nurses struck on 18/01/2023.").days());
    assertEquals(
        List.of(MonthDay.of(Month.DECEMBER, 1)), only("The briefing is dated 1/12/2026.").days());
    assertEquals(List.of(), DateFinder.find("The code 1/13/2026 is no date."));
    assertEquals(List.of(), DateFinder.find("The code 1/00/2026 is no date."));
  }

  @Test
  void a_date_in_figures_is_checked_against_the_calendar() {
    FigureCheck c = onlyCheck("The nurses struck on 18/01/2023.");
    assertEquals(Verdict.MATCHES, c.verdict(), c.describe());
    assertEquals(
        "the dates of the nursing strike of 18 and 19 January 2023 (08:00 on 18 January 2023 to"
            + " 20:00 on 19 January 2023)",
        c.detail());
  }

  @Test
  void a_date_in_a_year_without_a_strike_is_not_found_not_matched_to_that_month_in_another_year() {
    assertEquals(Optional.of(2022), only("The strike of 14 March 2022 hit clinics.").year());
    FigureCheck c = onlyCheck("The strike of 14 March 2022 hit clinics.");
    assertEquals(Verdict.NOT_FOUND, c.verdict(), c.describe());
    FigureCheck wrongDay = onlyCheck("The strike of 20 March 2023 hit clinics.");
    assertEquals(
        "differs: the data says the junior doctors' strike of 13 to 15 March 2023 (07:00 on 13"
            + " March 2023 to 07:00 on 16 March 2023) (the strike calendar)",
        wrongDay.describe());
  }

  // The calendar's side: which strike a date is of.

  private static IndustrialAction action(String id, StaffGroup group, String from, String to) {
    return new IndustrialAction(
        id,
        group == StaffGroup.NURSES ? "RCN" : "BMA",
        java.util.Set.of(group),
        List.of(ActionPeriod.london(LocalDateTime.parse(from), LocalDateTime.parse(to))));
  }

  /** March 2023 with two strikes in it, and one that runs from March into April. */
  private static DateChecker twoInMarch() {
    return new DateChecker(
        new StrikeCalendar(
            List.of(
                action("jd-mar", StaffGroup.JUNIOR_DOCTORS, "2023-03-13T07:00", "2023-03-16T07:00"),
                action("rcn-mar", StaffGroup.NURSES, "2023-03-27T08:00", "2023-03-28T20:00"),
                action("rcn-apr", StaffGroup.NURSES, "2023-04-03T08:00", "2023-04-04T20:00"),
                action(
                    "jd-mar-apr",
                    StaffGroup.JUNIOR_DOCTORS,
                    "2023-03-30T07:00",
                    "2023-04-02T07:00"))));
  }

  private static List<String> actionsOf(DateChecker dates, String sentence) {
    return dates.actionsOf(only(sentence)).stream().map(IndustrialAction::id).toList();
  }

  @Test
  void a_wrong_date_is_of_the_strike_that_began_nearest_to_it_in_its_month() {
    DateChecker dates = twoInMarch();
    assertEquals(List.of("rcn-mar"), actionsOf(dates, "Nurses struck on 25 March."));
    assertEquals(List.of("jd-mar"), actionsOf(dates, "Doctors struck on 17 March."));
    FigureCheck c = dates.check(only("Nurses struck on 25 March."), 1).orElseThrow();
    assertEquals(Verdict.DIFFERS, c.verdict());
    assertEquals(
        "the data says the nursing strike of 27 and 28 March 2023 (08:00 on 27 March 2023 to 20:00"
            + " on 28 March 2023) (the strike calendar)",
        c.detail());
  }

  @Test
  void a_right_date_is_of_the_strike_it_falls_in_even_one_that_began_the_month_before() {
    DateChecker dates = twoInMarch();
    assertEquals(List.of("jd-mar-apr"), actionsOf(dates, "Doctors were out on 1 April."));
    assertEquals(List.of("jd-mar"), actionsOf(dates, "Doctors were out on 14 March."));
    assertEquals(List.of(), actionsOf(dates, "Nothing happened on 14 March 2022."));
  }

  @Test
  void a_date_of_the_story_names_its_strike() {
    DateChecker dates = new DateChecker(StoryData.calendar());
    assertEquals(List.of(StoryData.JD_MARCH), actionsOf(dates, "Doctors struck on 20 March."));
  }
}
