package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.ActionPeriod;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.fixtures.StoryData;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which strikes a sentence speaks of, read from its dates, months and staff groups: what every
 * figure of the sentence is then checked against.
 */
class ContextReaderTest {
  private static final String JD_MARCH = StoryData.JD_MARCH;
  private static final String JD_APRIL = StoryData.JD_APRIL;
  private static final String RCN_JAN = StoryData.RCN_JAN;
  private static final String RCN_FEB = StoryData.RCN_FEB;

  private final ContextReader story = reader(StoryData.calendar());

  private static ContextReader reader(StrikeCalendar calendar) {
    return new ContextReader(calendar, new DateChecker(calendar), List.of(), List.of());
  }

  @Test
  void a_month_names_the_strikes_held_in_it() {
    assertEquals(Set.of(JD_MARCH), story.actionsOf("In March the hospitals moved appointments."));
    assertEquals(
        Set.of(RCN_JAN, JD_APRIL), story.actionsOf("Compare January with April at the N&N."));
  }

  @Test
  void a_month_with_a_year_names_only_that_years_strikes() {
    assertEquals(Set.of(JD_MARCH), story.actionsOf("In March 2023 the hospitals moved more."));
    assertEquals(Set.of(), story.actionsOf("In March 2022 the hospitals moved more."));
  }

  @Test
  void the_month_of_a_date_is_read_with_the_date_not_again_on_its_own() {
    // The date's year says 2022, when no strike was held; its month alone would say March 2023.
    assertEquals(Set.of(), story.actionsOf("The strike of March 13, 2022 was a different one."));
    assertEquals(Set.of(), story.actionsOf("The strike of 13 March 2022 was a different one."));
    assertEquals(Set.of(JD_MARCH), story.actionsOf("The strike of March 13, 2023 hit clinics."));
  }

  @Test
  void a_month_outside_the_sentences_date_is_read_as_well() {
    assertEquals(
        Set.of(JD_MARCH, JD_APRIL),
        story.actionsOf("Doctors struck on 13 March and again in April."));
  }

  @Test
  void a_wrong_date_still_names_the_strike_of_its_month() {
    assertEquals(Set.of(JD_MARCH), story.actionsOf("Doctors struck on 20 March."));
  }

  @Test
  void a_staff_group_with_a_month_keeps_the_groups_strike_in_that_month() {
    assertEquals(
        Set.of(JD_MARCH), story.actionsOf("The junior doctors' strike in March cost the most."));
    assertEquals(
        Set.of(JD_MARCH),
        story.actionsOf("The junior doctors' strike in March came after February."));
  }

  @Test
  void a_staff_group_without_a_strike_in_the_months_written_keeps_all_of_its_strikes() {
    assertEquals(
        Set.of(JD_MARCH, RCN_JAN, RCN_FEB),
        story.actionsOf("The junior doctors' strike in March, against the nursing strikes."));
  }

  @Test
  void a_sentence_is_not_about_what_it_measures_its_figures_against() {
    String n1 =
        "At the N&N, the strike rescheduled 1,150 appointments per day, 3.1 times the rate during"
            + " the nursing strikes.";
    assertEquals(Set.of(), story.aboutOf(n1));
    assertEquals(Set.of(RCN_JAN, RCN_FEB), story.measuredAgainst(n1));
    assertEquals(
        Set.of(JD_MARCH),
        story.aboutOf(
            "In March junior doctors rescheduled three times as many a day at the N&N as the"
                + " nursing strikes."));
    assertEquals(
        Set.of(JD_MARCH),
        story.aboutOf("Compared with the nursing strikes, the March strike moved 3,451."));
  }

  @Test
  void more_than_a_figure_measures_nothing_against_anything() {
    String s = "More than 3,000 appointments were moved in March.";
    assertEquals(Set.of(JD_MARCH), story.aboutOf(s));
    assertEquals(Set.of(), story.measuredAgainst(s));
  }

  @Test
  void doctors_without_a_grade_are_junior_doctors_and_consultants() {
    assertEquals(Set.of(JD_MARCH, JD_APRIL), story.actionsOf("The BMA's doctors walked out."));
    assertEquals(Set.of(JD_MARCH, JD_APRIL), story.actionsOf("Junior doctors walked out."));
    assertEquals(Set.of(RCN_JAN, RCN_FEB), story.actionsOf("Nurses walked out."));
    assertEquals(Set.of(), story.actionsOf("Porters walked out."));
  }

  @Test
  void consultants_are_their_own_staff_group() {
    IndustrialAction consultants =
        new IndustrialAction(
            "bma-cons-2023-07",
            "BMA",
            Set.of(StaffGroup.CONSULTANTS),
            List.of(
                ActionPeriod.london(
                    LocalDateTime.parse("2023-07-20T07:00"),
                    LocalDateTime.parse("2023-07-22T07:00"))));
    List<IndustrialAction> actions = new java.util.ArrayList<>(StoryData.calendar().actions());
    actions.add(consultants);
    ContextReader withConsultants = reader(new StrikeCalendar(actions));
    assertEquals(Set.of("bma-cons-2023-07"), withConsultants.actionsOf("Consultants walked out."));
    assertEquals(
        Set.of(JD_MARCH, JD_APRIL), withConsultants.actionsOf("Junior doctors walked out."));
    assertEquals(
        Set.of(JD_MARCH, JD_APRIL, "bma-cons-2023-07"),
        withConsultants.actionsOf("The BMA's doctors walked out."));
  }
}
