package io.strikeimpact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndustrialActionTest {
  private static ActionPeriod period(String start, String end) {
    return ActionPeriod.london(LocalDateTime.parse(start), LocalDateTime.parse(end));
  }

  @Test
  void a_72_hour_strike_from_7am_is_three_days_of_action() {
    IndustrialAction march =
        new IndustrialAction(
            "bma-jd-2023-03",
            "BMA",
            Set.of(StaffGroup.JUNIOR_DOCTORS),
            List.of(period("2023-03-13T07:00", "2023-03-16T07:00")));
    assertEquals(72.0, march.hours(), 1e-9);
    assertEquals(
        List.of(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 14), LocalDate.of(2023, 3, 15)),
        march.days());
  }

  @Test
  void a_moment_before_7am_belongs_to_the_operational_day_before() {
    assertEquals(
        LocalDate.of(2023, 3, 15),
        ActionPeriod.operationalDate(LocalDateTime.parse("2023-03-16T06:29")));
    assertEquals(
        LocalDate.of(2023, 3, 12),
        ActionPeriod.operationalDate(LocalDateTime.parse("2023-03-13T06:00")));
    assertEquals(
        LocalDate.of(2023, 3, 13),
        ActionPeriod.operationalDate(LocalDateTime.parse("2023-03-13T07:00")));
  }

  @Test
  void the_april_strike_from_6_59_runs_96_hours_over_four_days() {
    IndustrialAction april =
        new IndustrialAction(
            "bma-jd-2023-04",
            "BMA",
            Set.of(StaffGroup.JUNIOR_DOCTORS),
            List.of(period("2023-04-11T06:59", "2023-04-15T06:59")));
    assertEquals(96.0, april.hours(), 1e-9);
    assertEquals(4, april.dayCount());
  }

  @Test
  void split_day_shifts_count_their_own_hours_and_days() {
    IndustrialAction rcn =
        new IndustrialAction(
            "rcn-2023-01",
            "RCN",
            Set.of(StaffGroup.NURSES),
            List.of(
                period("2023-01-19T08:00", "2023-01-19T20:00"),
                period("2023-01-18T08:00", "2023-01-18T20:00")));
    assertEquals(24.0, rcn.hours(), 1e-9);
    assertEquals(List.of(LocalDate.of(2023, 1, 18), LocalDate.of(2023, 1, 19)), rcn.days());
    assertEquals(LocalDate.of(2023, 1, 18), rcn.start().toLocalDate());
  }

  @Test
  void hours_are_counted_between_instants_across_a_clock_change() {
    // Clocks went forward at 01:00 on 26 March 2023: that day had 23 hours.
    ActionPeriod spring = period("2023-03-25T07:00", "2023-03-27T07:00");
    assertEquals(47.0, spring.hours(), 1e-9);
    // Clocks went back at 02:00 on 29 October 2023: that day had 25 hours.
    assertEquals(49.0, period("2023-10-28T07:00", "2023-10-30T07:00").hours(), 1e-9);
  }

  @Test
  void a_strike_that_ended_at_midnight_touches_two_days() {
    ActionPeriod rcnMay = period("2023-04-30T20:00", "2023-05-02T00:00");
    assertEquals(28.0, rcnMay.hours(), 1e-9);
    assertEquals(
        List.of(LocalDate.of(2023, 4, 30), LocalDate.of(2023, 5, 1)), rcnMay.operationalDates());
  }

  @Test
  void a_period_that_ends_before_it_starts_is_refused() {
    assertThrows(
        IllegalArgumentException.class, () -> period("2023-03-16T07:00", "2023-03-13T07:00"));
  }
}
