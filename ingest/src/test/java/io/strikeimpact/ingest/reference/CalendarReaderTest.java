package io.strikeimpact.ingest.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.Read;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.StrikeCalendar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarReaderTest {
  static StrikeCalendar samples() throws IOException {
    byte[] bytes = Files.readAllBytes(Path.of("../samples/data/reference/calendar.csv"));
    Read<StrikeCalendar> read =
        new CalendarReader().read(bytes, new Provenance(CalendarReader.FILE, "x", "", ""));
    assertEquals(List.of(), read.problems());
    return read.value();
  }

  @Test
  void sample_calendar_holds_the_18_actions_of_2022_to_2024() throws IOException {
    StrikeCalendar calendar = samples();
    assertEquals(18, calendar.actions().size());
    assertEquals("rcn-2022-12", calendar.actions().getFirst().id());
    assertEquals("bma-jd-2024-06", calendar.actions().getLast().id());
  }

  @Test
  void junior_doctors_march_2023_is_72_hours_over_three_days() throws IOException {
    IndustrialAction march = samples().get("bma-jd-2023-03");
    assertEquals(72.0, march.hours());
    assertEquals(
        List.of(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 14), LocalDate.of(2023, 3, 15)),
        march.days());
    assertEquals(Set.of(StaffGroup.JUNIOR_DOCTORS), march.staffGroups());
    assertEquals("BMA", march.union());
  }

  @Test
  void nursing_january_2023_is_two_12_hour_day_shifts() throws IOException {
    IndustrialAction january = samples().get("rcn-2023-01");
    assertEquals(2, january.periods().size());
    assertEquals(List.of(12.0, 12.0), january.periods().stream().map(p -> p.hours()).toList());
    assertEquals(24.0, january.hours());
    assertEquals(List.of(LocalDate.of(2023, 1, 18), LocalDate.of(2023, 1, 19)), january.days());
  }

  @Test
  void junior_doctors_april_2023_is_96_hours_from_0659() throws IOException {
    IndustrialAction april = samples().get("bma-jd-2023-04");
    assertEquals(96.0, april.hours());
    assertEquals("2023-04-11T06:59+01:00[Europe/London]", april.start().toString());
  }

  @Test
  void joint_action_has_two_staff_groups_and_nursing_may_ended_at_midnight() throws IOException {
    StrikeCalendar calendar = samples();
    assertEquals(
        Set.of(StaffGroup.CONSULTANTS, StaffGroup.JUNIOR_DOCTORS),
        calendar.get("bma-joint-2023-10").staffGroups());
    assertEquals(28.0, calendar.get("rcn-2023-04").hours());
  }

  @Test
  void a_bad_time_is_a_problem_with_its_cell_and_the_row_is_kept_aside() {
    String csv =
        "action_id,union,staff_groups,start,end\nx-1,BMA,junior doctors,13/03/2023 07:00,2023-03-16T07:00\nx-2,BMA,porters 2,2023-03-13T07:00,2023-03-16T07:00\n";
    Read<StrikeCalendar> read =
        new CalendarReader()
            .read(
                csv.getBytes(StandardCharsets.UTF_8),
                new Provenance(CalendarReader.FILE, "x", "", ""));
    assertEquals(0, read.value().actions().size());
    assertEquals(
        List.of(
            "reference/calendar.csv, cell D2: found \"13/03/2023 07:00\"; expected a local London time as yyyy-MM-ddTHH:mm, e.g. 2023-03-13T07:00. Fix: correct the start time",
            "reference/calendar.csv, cell C3: found \"porters 2\"; expected staff groups separated by ';', each a name in words, such as nurses, junior doctors, consultants, ambulance staff, other staff or radiographers. Fix: correct the staff group"),
        read.problems().stream().map(p -> p.message()).toList());
    assertEquals(2, read.rejected().size());
  }

  @Test
  void a_staff_group_the_suite_does_not_know_by_name_is_taken_in_the_calendars_words() {
    String csv =
        "action_id,union,staff_groups,start,end\n"
            + "sor-2023-09,SoR,Radiographers,2023-09-05T08:00,2023-09-05T20:00\n"
            + "sor-2023-09,SoR,Radiographers,2023-09-06T08:00,2023-09-06T20:00\n"
            + "x-3,RCN,nurse,2023-01-18T08:00,2023-01-18T20:00\n";
    Read<StrikeCalendar> read =
        new CalendarReader()
            .read(
                csv.getBytes(StandardCharsets.UTF_8),
                new Provenance(CalendarReader.FILE, "x", "", ""));
    assertEquals(List.of(), read.problems());
    IndustrialAction radiographers = read.value().get("sor-2023-09");
    assertEquals(Set.of(new StaffGroup("radiographers")), radiographers.staffGroups());
    assertEquals(24.0, radiographers.hours());
    assertEquals(2, radiographers.dayCount());
    // "nurse" is the nurses the suite knows, with their unions' words
    assertEquals(Set.of(StaffGroup.NURSES), read.value().get("x-3").staffGroups());
  }
}
