package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Red-team defect 12: a cell with a time is in its operational day of action (07:00 to 07:00). The
 * junior doctors' strike ran from 07:00 on 13 March to 07:00 on 16 March 2023, so 16/03/2023 06:29
 * is in the day of 15 March and counts, and 13/03/2023 06:00 is in the day of 12 March, before it.
 * Messages quote a date cell as a British computer shows it, never the US 3/16/23.
 */
class DateTimesTest {
  private static final Path RED_TEAM = Path.of("src/test/resources/redteam/m-datetimes");

  private static final String LONG_PROFILE =
      """
      site = RM1
      files = returns/RM1/*.xlsx
      column.date = Appointment date/time
      column.type = Activity
      column.count = Count
      action = by-date
      type.outpatient = OP
      type.inpatient = IP
      """;

  private static Map<String, Long> byDay(Dataset data) {
    return data.counts().stream()
        .collect(
            Collectors.groupingBy(
                c -> c.date().orElseThrow() + " " + c.type(),
                TreeMap::new,
                Collectors.summingLong(DisruptionCount::count)));
  }

  @Test
  void the_red_team_workbook_counts_06_29_on_16_march_for_15_march_and_not_06_00_on_13_march()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/test.properties", LONG_PROFILE)
                .put("returns/RM1/nnuh.xlsx", Files.readAllBytes(RED_TEAM.resolve("nnuh.xlsx"))));
    assertEquals(Map.of("2023-03-13 OUTPATIENT", 100L, "2023-03-15 OUTPATIENT", 7L), byDay(data));
    assertEquals(
        List.of(
            "ERROR returns/RM1/nnuh.xlsx, sheet 'Sheet1', cell A4: found \"13/03/2023 06:00\";"
                + " expected a day of an action in reference/calendar.csv; 13/03/2023 06:00 is in"
                + " the day of 12 March 2023 (07:00 to 07:00), which is not one. Fix: correct the"
                + " date in the return, or add the action to reference/calendar.csv",
            "ERROR returns/RM1/nnuh.xlsx, sheet 'Sheet1', cell C5: found \"TRUE\"; expected a whole"
                + " number of 0 or more. Fix: write the count as a number, e.g. 1,234, and send the"
                + " return again",
            "ERROR returns/RM1/nnuh.xlsx, sheet 'Sheet1', cell C6: found \"#DIV/0! (an Excel"
                + " error: the formula divides by zero or a blank)\"; expected a whole number of 0"
                + " or more. Fix: correct the formula in the cell (check the cell it divides by), or"
                + " type the figure in its place, save the return and send it again; an error is no"
                + " figure and is never read as 0"),
        messages(data));
    // The rejected row keeps the date as a British computer shows it, not POI's 3/13/23.
    assertEquals("13/03/2023 06:00", data.rejectedRows().getFirst().values().getFirst());
  }

  @Test
  void a_date_written_with_a_time_of_midnight_is_a_date_alone_not_the_day_before()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    """
                    site = RM1
                    files = returns/RM1/*
                    layout = line-level
                    column.date = Appointment date
                    column.type = Activity
                    action = bma-jd-2023-03
                    type.outpatient = OP
                    type.inpatient = IP
                    """)
                .put(
                    "returns/RM1/extract.csv",
                    """
                    Appointment date,Activity
                    13/03/2023 00:00,OP
                    2023-03-15 00:00:00,IP
                    2023-03-14T00:00,OP
                    """));
    // As a database exports a date alone: 13 March is the strike's first day, not 12 March.
    assertEquals(
        Map.of(
            "2023-03-13 OUTPATIENT", 1L, "2023-03-14 OUTPATIENT", 1L, "2023-03-15 INPATIENT", 1L),
        byDay(data));
    assertEquals(List.of(), messages(data));
  }

  @Test
  void a_line_level_extract_of_date_times_counts_each_row_on_its_day_of_action()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    """
                    site = RM1
                    files = returns/RM1/*
                    layout = line-level
                    column.date = Appointment date/time
                    column.type = Activity
                    action = bma-jd-2023-03
                    type.outpatient = OP
                    type.inpatient = IP
                    """)
                .put(
                    "returns/RM1/extract.csv",
                    """
                    Appointment date/time,Activity
                    13/03/2023 07:00,OP
                    14/03/2023 00:10,OP
                    16/03/2023 06:29,OP
                    2023-03-16T06:59:59,IP
                    13/03/2023 06:00,OP
                    """));
    assertEquals(
        Map.of(
            "2023-03-13 OUTPATIENT", 2L, "2023-03-15 OUTPATIENT", 1L, "2023-03-15 INPATIENT", 1L),
        byDay(data));
    // 06:00 on 13 March is in the day of 12 March, a day of no action: left out, not an error.
    assertEquals(List.of(), messages(data));
    assertEquals(
        "5 rows read, 4 counted, 1 not counted (dates outside any action: 1 row (12 March 2023),"
            + " first at cell A6)",
        data.sources().stream()
            .filter(s -> s.name().equals("returns/RM1/extract.csv"))
            .findFirst()
            .orElseThrow()
            .rowsSummary());
  }
}
