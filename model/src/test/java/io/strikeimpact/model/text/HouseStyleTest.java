package io.strikeimpact.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HouseStyleTest {
  @Test
  void counts_have_a_comma_above_999() {
    assertEquals("999", HouseStyle.count(999));
    assertEquals("4,726", HouseStyle.count(4726));
    assertEquals("1,000,000", HouseStyle.count(1_000_000));
  }

  @Test
  void ratios_and_rates_have_one_decimal_place() {
    assertEquals("3.1 times", HouseStyle.ratio((3451 / 3.0) / (1506 / 4.0)));
    assertEquals("1.5 times", HouseStyle.ratio((3451 / 72.0) / (1506 / 48.0)));
    assertEquals("31.4", HouseStyle.rate(1506 / 48.0));
    assertEquals("1,150", HouseStyle.wholeRate(3451 / 3.0));
    assertEquals("377", HouseStyle.wholeRate(376.5));
  }

  @Test
  void percentages_round_to_whole_numbers_and_small_shares_say_so() {
    assertEquals("73%", HouseStyle.percent(3451 / 4726.0));
    assertEquals("less than 1%", HouseStyle.percent(0.004));
    assertEquals("0%", HouseStyle.percent(0));
    assertEquals("+206%", HouseStyle.signedPercent(2.055));
  }

  @Test
  void dates_have_no_ordinals_and_ranges_use_to() {
    assertEquals("13 March 2023", HouseStyle.date(LocalDate.of(2023, 3, 13)));
    assertEquals(
        "13 to 15 March 2023",
        HouseStyle.dateRange(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 15)));
    assertEquals(
        "30 April to 1 May 2023",
        HouseStyle.dateRange(LocalDate.of(2023, 4, 30), LocalDate.of(2023, 5, 1)));
    assertEquals(
        "20 December 2023 to 3 January 2024",
        HouseStyle.dateRange(LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 3)));
  }

  @Test
  void split_days_are_written_as_runs() {
    List<LocalDate> rcn =
        List.of(
            LocalDate.of(2023, 1, 18),
            LocalDate.of(2023, 1, 19),
            LocalDate.of(2023, 2, 6),
            LocalDate.of(2023, 2, 7));
    assertEquals("18 and 19 January and 6 and 7 February 2023", HouseStyle.days(rcn));
    assertEquals(
        "13 to 15 March 2023",
        HouseStyle.days(
            List.of(
                LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 14), LocalDate.of(2023, 3, 15))));
    assertEquals(
        "15 and 20 December 2022",
        HouseStyle.days(List.of(LocalDate.of(2022, 12, 15), LocalDate.of(2022, 12, 20))));
  }

  @Test
  void single_days_of_one_month_stay_one_part_of_a_longer_list() {
    assertEquals(
        "15 and 20 December 2022, 18 and 19 January 2023 and 6 and 7 February 2023",
        HouseStyle.days(
            List.of(
                LocalDate.of(2022, 12, 15),
                LocalDate.of(2022, 12, 20),
                LocalDate.of(2023, 1, 18),
                LocalDate.of(2023, 1, 19),
                LocalDate.of(2023, 2, 6),
                LocalDate.of(2023, 2, 7))));
    assertEquals(
        "3, 5 and 9 May, 14 to 16 June and 2 July 2023",
        HouseStyle.days(
            List.of(
                LocalDate.of(2023, 5, 3),
                LocalDate.of(2023, 5, 5),
                LocalDate.of(2023, 5, 9),
                LocalDate.of(2023, 6, 14),
                LocalDate.of(2023, 6, 15),
                LocalDate.of(2023, 6, 16),
                LocalDate.of(2023, 7, 2))));
  }

  @Test
  void rates_are_whole_from_100_and_to_one_decimal_below_on_every_page() {
    assertEquals("377", HouseStyle.shownRate(376.5));
    assertEquals("1,150", HouseStyle.shownRate(1150.33));
    assertEquals("47.9", HouseStyle.shownRate(47.93));
    assertEquals("100", HouseStyle.shownRate(99.96));
  }

  @Test
  void hours_are_whole_when_they_round_to_a_whole_number() {
    assertEquals("113", HouseStyle.hours(112.98));
    assertEquals("95.5", HouseStyle.hours(95.5));
    assertEquals("72", HouseStyle.hours(72));
  }

  @Test
  void numbers_in_prose_are_numerals_throughout_as_house_style_has_it() {
    assertEquals("2 stated totals", HouseStyle.quantity(2, "stated total", "stated totals"));
    assertEquals("1 stated total", HouseStyle.quantity(1, "stated total", "stated totals"));
    assertEquals("1,200 rows", HouseStyle.quantity(1200, "row", "rows"));
  }

  @Test
  void lists_join_with_and_without_an_oxford_comma() {
    assertEquals("N&N, QEH and JPUH", HouseStyle.joinWithAnd(List.of("N&N", "QEH", "JPUH")));
  }
}
