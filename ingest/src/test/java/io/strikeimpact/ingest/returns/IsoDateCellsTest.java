package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Date cells written as ISO 8601 ({@code t="d"}), as openpyxl with {@code iso_dates} writes them
 * (fixtures/iso-dates/README.md): read as the dates Excel shows. POI's user model refused the whole
 * workbook, so N&amp;N's return "could not be read" though Excel opens it.
 */
class IsoDateCellsTest {
  private static final String PROFILE =
      String.join(
          "\n",
          "site = RM1",
          "files = returns/RM1/*.xlsx",
          "column.date = Date",
          "columns.by-type = Outpatients=outpatient, Inpatients=inpatient",
          "action = by-date",
          "");

  @Test
  void iso_date_cells_are_read_as_their_dates_and_a_time_before_seven_is_the_day_before()
      throws Exception {
    byte[] file =
        Files.readAllBytes(
            Path.of("src/test/resources/fixtures/iso-dates/nnuh-openpyxl-iso-dates.xlsx"));
    Dataset data =
        DataFolderReader.read(
            SampleReference.folder()
                .put("profiles/nnuh.properties", PROFILE)
                .put("returns/RM1/nnuh.xlsx", file));
    assertEquals(List.of(), data.problems(), data.problems().toString());
    Map<LocalDate, Long> outpatients = new TreeMap<>();
    for (DisruptionCount c : data.counts()) {
      if (c.type() == ActivityType.OUTPATIENT) {
        outpatients.merge(c.date().orElseThrow(), c.count(), Long::sum);
      }
    }
    assertEquals(
        Map.of(
            LocalDate.of(2023, 3, 13), 1000L,
            LocalDate.of(2023, 3, 14), 990L,
            LocalDate.of(2023, 3, 15), 986L),
        outpatients);
    assertEquals(
        160 + 158 + 157,
        data.counts().stream()
            .filter(c -> c.type() == ActivityType.INPATIENT)
            .mapToLong(DisruptionCount::count)
            .sum());
    DisruptionCount first =
        data.counts().stream().filter(c -> c.count() == 1000).findFirst().orElseThrow();
    assertEquals("B2", first.provenance().cell());
    assertEquals("March", first.provenance().sheet());
  }

  @Test
  void a_line_level_extract_with_iso_date_cells_counts_each_row_on_its_day_of_action()
      throws Exception {
    byte[] file =
        Files.readAllBytes(
            Path.of("src/test/resources/fixtures/iso-dates/nnuh-openpyxl-iso-dates.xlsx"));
    String profile =
        String.join(
            "\n",
            "site = RM1",
            "files = returns/RM1/*.xlsx",
            "layout = line-level",
            "column.date = Date",
            "type = outpatient",
            "action = by-date",
            "");
    Dataset data =
        DataFolderReader.read(
            SampleReference.folder()
                .put("profiles/nnuh.properties", profile)
                .put("returns/RM1/nnuh.xlsx", file));
    assertEquals(List.of(), data.problems(), data.problems().toString());
    Map<LocalDate, Long> byDay = new TreeMap<>();
    for (DisruptionCount c : data.counts()) {
      byDay.merge(c.date().orElseThrow(), c.count(), Long::sum);
    }
    // 06:30 on 16 March is in the day of action that began at 07:00 on 15 March.
    assertEquals(
        Map.of(
            LocalDate.of(2023, 3, 13), 1L,
            LocalDate.of(2023, 3, 14), 1L,
            LocalDate.of(2023, 3, 15), 2L),
        byDay);
  }
}
