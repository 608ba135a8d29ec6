package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.ingest.table.writers.WriterFixturesTest;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same extract saved by every writer in fixtures/writers (LibreOffice, Gnumeric, openpyxl with
 * date-times and in the 1904 date system, XlsxWriter, POI, an Open XML SDK style file, an .xls, csv
 * with each line ending, separator and Windows-1252), read whole as a line-level return through a
 * data folder: every writer gives the same counts, the same rows not counted and the same rejected
 * rows, so a hospital's choice of tool never changes a board figure.
 */
class LineLevelEveryWriterTest {
  static final Path SAMPLES = Path.of("../samples/data");

  static final String PROFILE =
      """
      name = Writers' extract
      layout = line-level
      files = returns/writer/*
      column.site = Site
      column.date = Appointment Date
      column.specialty-code = Specialty Code
      column.specialty = Specialty
      type = outpatient
      action = bma-jd-2023-03
      filter.column = Outcome
      filter.values = 2
      date.format = yyyy-MM-dd HH:mm|dd/MM/yyyy HH:mm|dd/MM/yyyy
      """;

  static Stream<String> fixtures() throws Exception {
    return WriterFixturesTest.fixtures();
  }

  static Dataset read(String fixture) throws Exception {
    InMemorySourceFolder folder = new InMemorySourceFolder();
    for (String name : List.of("reference/sites.csv", "reference/participation.csv")) {
      folder.put(name, Files.readAllBytes(SAMPLES.resolve(name)));
    }
    // 16 March 2023 a day of another action, so the extract's rows of that day, filed under the
    // junior doctors' strike of 13 to 15 March, are a fault of each writer's file to quote; a day
    // of no action would be left out, not counted, without a message a row.
    folder.put(
        "reference/calendar.csv",
        Files.readString(SAMPLES.resolve("reference/calendar.csv"), StandardCharsets.UTF_8)
            + "test-2023-03-16,BMA,junior doctors,2023-03-16T07:00,2023-03-17T07:00\n");
    folder.put("profiles/writer.properties", PROFILE.getBytes(StandardCharsets.UTF_8));
    folder.put(
        "returns/writer/" + fixture,
        Files.readAllBytes(WriterFixturesTest.folder().resolve(fixture)));
    return DataFolderReader.read(folder);
  }

  static Map<String, Long> bySiteDaySpecialty(Dataset data) {
    return data.counts().stream()
        .collect(
            Collectors.groupingBy(
                c -> c.odsCode() + " " + c.date().orElseThrow() + " " + c.specialty().orElse("-"),
                TreeMap::new,
                Collectors.summingLong(DisruptionCount::count)));
  }

  /**
   * Outcome 2 on the three days of the March 2023 junior doctors' strike: RM1 on the 13th, RCX on
   * the 13th, 14th and 15th. RGN is not in the samples' register, and two rows fall on 16 March.
   * One specialty key each, whatever the writer did to the text ("Dermatology_x000D_" and a newline
   * from XlsxWriter, a trailing newline in a quoted csv cell).
   */
  static final Map<String, Long> COUNTED =
      Map.of(
          "RCX 2023-03-13 120 Ear, Nose & Throat",
          1L,
          "RCX 2023-03-14 330 Dermatology",
          1L,
          "RCX 2023-03-15 100 General Surgery",
          1L,
          "RM1 2023-03-13 110 Trauma & Orthopaedics",
          1L);

  @ParameterizedTest
  @MethodSource("fixtures")
  void every_writer_gives_the_same_counts_and_the_same_rejected_rows(String fixture)
      throws Exception {
    Dataset data = read(fixture);
    assertEquals(COUNTED, bySiteDaySpecialty(data), fixture);
    assertTrue(
        data.counts().stream()
            .allMatch(
                c ->
                    c.actionId().equals("bma-jd-2023-03") && c.type().name().equals("OUTPATIENT")));
    SourceFile source =
        data.sources().stream()
            .filter(s -> s.name().equals("returns/writer/" + fixture))
            .findFirst()
            .orElseThrow();
    assertEquals(12, source.rowsRead(), fixture);
    assertEquals(4, source.rowsUsed(), fixture);
    assertEquals(3, source.rowsRejected(), fixture);
    assertEquals(3, data.rejectedRows().size(), fixture);
    // Row 11 holds both faults: a site not in the register and a day after the action.
    List<String> errors =
        data.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .map(p -> p.where().cell() + " " + p.found())
            .sorted()
            .toList();
    assertEquals(4, errors.size(), errors.toString());
    assertEquals(
        List.of("A11", "A13", "B11 RGN", "B8 RGN"),
        errors.stream().map(e -> e.startsWith("A") ? e.substring(0, 3) : e).toList());
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void a_date_cell_is_quoted_as_the_date_a_person_sees(String fixture) throws Exception {
    DataProblem late =
        read(fixture).problems().stream()
            .filter(p -> p.where().cell().equals("A11"))
            .findFirst()
            .orElseThrow();
    // Text as written ("2023-03-16 10:10", "16/03/2023 10:10"); a date cell as a British computer
    // shows it, with its time, never 45001.4236111111099987 nor POI's US 3/16/23.
    assertTrue(
        late.found().equals("2023-03-16 10:10") || late.found().equals("16/03/2023 10:10"),
        fixture + ": " + late.found());
  }

  @Test
  void the_1904_workbook_stores_serials_four_years_smaller_and_reads_the_same_days()
      throws Exception {
    DataProblem late =
        read("openpyxl-1904.xlsx").problems().stream()
            .filter(p -> p.where().cell().equals("A11"))
            .findFirst()
            .orElseThrow();
    assertEquals("16/03/2023 10:10", late.found());
  }

  @Test
  void the_windows_1252_csv_says_how_it_was_read() throws Exception {
    DataProblem note =
        read("csv-windows-1252.csv").problems().stream()
            .filter(p -> p.severity() == Severity.WARNING)
            .findFirst()
            .orElseThrow();
    assertTrue(note.found().contains("King\u2019s Lynn"), note.found());
    assertTrue(note.fix().contains("CSV UTF-8"), note.fix());
  }
}
