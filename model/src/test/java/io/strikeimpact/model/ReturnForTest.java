package io.strikeimpact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReturnForTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static IndustrialAction action(String id, String from, String to) {
    return new IndustrialAction(
        id,
        "BMA",
        Set.of(StaffGroup.JUNIOR_DOCTORS),
        List.of(
            new ActionPeriod(
                ZonedDateTime.of(java.time.LocalDateTime.parse(from), LONDON),
                ZonedDateTime.of(java.time.LocalDateTime.parse(to), LONDON))));
  }

  private static final IndustrialAction MARCH =
      action("bma-jd-2023-03", "2023-03-13T07:00", "2023-03-16T07:00");
  private static final IndustrialAction APRIL =
      action("bma-jd-2023-04", "2023-04-11T06:59", "2023-04-15T06:59");
  private static final StrikeCalendar CALENDAR = new StrikeCalendar(List.of(MARCH, APRIL));
  private static final ParticipationTable UNKNOWN = new ParticipationTable(List.of());

  private static Optional<String> notFor(String file, IndustrialAction action) {
    return ReturnFor.notFor(file, action, CALENDAR, UNKNOWN, "RCX");
  }

  @Test
  void a_name_that_names_another_month_is_not_for_the_action() {
    assertEquals(
        Optional.of("its name says April 2023"),
        notFor("returns/RCX/qeh-junior-doctors-april-2023.csv", MARCH));
    assertEquals(Optional.empty(), notFor("returns/RCX/qeh-junior-doctors-april-2023.csv", APRIL));
    assertEquals(Optional.empty(), notFor("returns/RCX/qeh-junior-doctors-march-2023.csv", MARCH));
    assertEquals(
        Optional.of("its name says July 2025"),
        notFor("returns/RM1/nnuh-resident-doctors-july-2025.csv", MARCH));
    assertEquals(
        Optional.of("its name says July 2025"),
        notFor("returns/RM1/nnuh-resident-doctors-july-2025.csv", APRIL));
    // A month without a year is that month of any year; words that merely contain one are not one.
    assertEquals(Optional.empty(), notFor("returns/RCX/qeh-Mar.xlsx", MARCH));
    assertEquals(Optional.empty(), notFor("returns/RCX/qeh-summary-decision.csv", MARCH));
  }

  /** Red team: "QEH return 3 April 2023.csv", March's revision, was taken for April's return. */
  @Test
  void a_full_date_in_a_name_is_the_date_sent_not_the_month_covered() {
    assertEquals(Optional.empty(), notFor("returns/RCX/QEH return 3 April 2023.csv", MARCH));
    assertEquals(
        Optional.empty(), ReturnFor.monthsNamed("returns/RCX/QEH return 3 April 2023.csv"));
    assertEquals(Optional.empty(), notFor("returns/RCX/qeh-03-Apr-2023.csv", MARCH));
    assertEquals(Optional.empty(), notFor("returns/RCX/qeh_3rd_april_2023.csv", MARCH));
    // Sent after the April action ended: April's, by the next rule.
    assertEquals(
        Optional.of("it is dated 18 April 2023, after bma-jd-2023-04 (11 to 14 April 2023) ended"),
        notFor("returns/RCX/QEH return 18 April 2023.csv", MARCH));
    // A bare month, with or without its year, still names the month covered.
    assertEquals(
        Optional.of("its name says April 2023"),
        notFor("returns/RCX/QEH return April 2023.csv", MARCH));
    assertEquals(
        Optional.of("its name says April"), notFor("returns/RCX/QEH return April.csv", MARCH));
    // A bare month beside the date sent: the month covered is March, sent on 3 April.
    assertEquals(Optional.empty(), notFor("returns/RCX/QEH march return 3 April 2023.csv", MARCH));
    assertEquals(
        Optional.of(java.time.LocalDate.of(2023, 4, 3)),
        ReturnOrder.date("returns/RCX/QEH return 3 April 2023.csv"));
    // The days a return covers are not the date it was sent.
    assertEquals(Optional.empty(), ReturnOrder.date("returns/RCX/qeh-13-15-march-2023.csv"));
    assertEquals(Optional.empty(), ReturnOrder.date("returns/RCX/qeh 13 to 15 March 2023.csv"));
    assertEquals(Optional.empty(), notFor("returns/RCX/qeh-13-15-march-2023.csv", MARCH));
  }

  @Test
  void a_return_dated_after_a_later_action_ended_is_not_for_the_earlier_one() {
    assertEquals(
        Optional.of("it is dated 18 April 2023, after bma-jd-2023-04 (11 to 14 April 2023) ended"),
        notFor("returns/RCX/qeh-return-2023-04-18.csv", MARCH));
    assertEquals(Optional.empty(), notFor("returns/RCX/qeh-return-2023-04-18.csv", APRIL));
    // On the day the April action ended, or before it: still March's, as a late revision may be.
    assertEquals(Optional.empty(), notFor("returns/RCX/qeh-return-2023-04-15.csv", MARCH));
    assertEquals(Optional.empty(), notFor("returns/RCX/qeh-return-20230327.csv", MARCH));
    // A month in the name rules over the date: a late revision of March that says March.
    assertEquals(Optional.empty(), notFor("returns/RCX/qeh-march-2023-04-18.csv", MARCH));
    // No date, no month: it may be for any action.
    assertEquals(Optional.empty(), notFor("returns/RCX/qeh-revised.csv", MARCH));
  }

  @Test
  void a_later_action_the_site_did_not_take_part_in_does_not_count() {
    ParticipationTable notApril =
        new ParticipationTable(
            List.of(
                new SiteParticipation(
                    "bma-jd-2023-04", "RCX", Participation.DID_NOT_TAKE_PART, "")));
    assertEquals(
        Optional.empty(),
        ReturnFor.notFor(
            "returns/RCX/qeh-return-2023-04-18.csv", MARCH, CALENDAR, notApril, "RCX"));
  }

  @Test
  void the_likely_actions_are_those_of_the_months_named_or_the_latest_before_the_date() {
    assertEquals(
        List.of(APRIL),
        ReturnFor.likely("returns/RCX/qeh-april-2023.csv", CALENDAR, UNKNOWN, "RCX"));
    assertEquals(
        List.of(APRIL),
        ReturnFor.likely("returns/RCX/qeh-return-2023-04-18.csv", CALENDAR, UNKNOWN, "RCX"));
    assertEquals(
        List.of(MARCH),
        ReturnFor.likely("returns/RCX/qeh-return-2023-03-27.csv", CALENDAR, UNKNOWN, "RCX"));
    assertEquals(
        List.of(), ReturnFor.likely("returns/RM1/nnuh-july-2025.csv", CALENDAR, UNKNOWN, "RM1"));
    assertEquals(
        List.of(MARCH, APRIL),
        ReturnFor.likely("returns/RCX/qeh-revised.csv", CALENDAR, UNKNOWN, "RCX"));
  }
}
