package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.source.DirectorySourceFolder;
import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A line-level extract is added up into counts, with patient identifiers named and never kept. */
class LineLevelExtractTest {
  static final Path FOLDER = Path.of("src/test/resources/line-level");
  static final String XLSX = "returns/RM1/pas-extract-march-2023.xlsx";

  static Dataset xlsx() throws IOException {
    return DataFolderReader.read(new DirectorySourceFolder(FOLDER));
  }

  /** The same folder in memory with the csv extract instead of the xlsx. */
  static InMemorySourceFolder csvFolder() throws IOException {
    InMemorySourceFolder folder = new InMemorySourceFolder();
    for (String name :
        List.of(
            "reference/sites.csv",
            "reference/calendar.csv",
            "reference/participation.csv",
            "profiles/extract.properties")) {
      folder.put(name, Files.readAllBytes(FOLDER.resolve(name)));
    }
    return folder.put(
        "returns/RM1/extract.csv",
        Files.readAllBytes(Path.of("src/test/resources/line-level-csv/extract.csv")));
  }

  static long sum(Dataset data, ActivityType type) {
    return data.counts().stream()
        .filter(c -> c.type() == type)
        .mapToLong(DisruptionCount::count)
        .sum();
  }

  static Map<LocalDate, Long> byDate(Dataset data) {
    return data.counts().stream()
        .collect(
            Collectors.groupingBy(
                c -> c.date().orElseThrow(),
                TreeMap::new,
                Collectors.summingLong(DisruptionCount::count)));
  }

  static final Map<LocalDate, Long> DAYS =
      Map.of(
          LocalDate.of(2023, 3, 13),
          85L,
          LocalDate.of(2023, 3, 14),
          86L,
          LocalDate.of(2023, 3, 15),
          86L);

  @Test
  void xlsx_extract_counts_only_provider_cancellations_by_day_type_and_specialty()
      throws IOException {
    Dataset data = xlsx();
    assertEquals(206, sum(data, ActivityType.OUTPATIENT));
    assertEquals(51, sum(data, ActivityType.INPATIENT));
    assertEquals(DAYS, byDate(data));
    assertEquals(
        48, data.counts().size(), "3 days x 8 treatment functions x OP or IP, as the rows fall");
    assertTrue(
        data.counts().stream()
            .allMatch(c -> c.odsCode().equals("RM1") && c.actionId().equals("bma-jd-2023-03")));
    assertEquals(
        33,
        data.counts().stream()
            .filter(c -> c.specialty().equals(Optional.of("110")))
            .mapToLong(DisruptionCount::count)
            .sum());
    SourceFile source =
        data.sources().stream().filter(s -> s.name().equals(XLSX)).findFirst().orElseThrow();
    assertEquals(300, source.rowsRead());
    assertEquals(257, source.rowsUsed());
    assertEquals(0, source.rowsRejected());
  }

  @Test
  void a_count_names_the_first_and_last_rows_added_into_it() throws IOException {
    DisruptionCount count =
        xlsx().counts().stream()
            .filter(
                c ->
                    c.date().equals(Optional.of(LocalDate.of(2023, 3, 13)))
                        && c.type() == ActivityType.OUTPATIENT
                        && c.specialty().equals(Optional.of("100")))
            .findFirst()
            .orElseThrow();
    assertEquals(9, count.count());
    assertEquals(XLSX + ", sheet 'Extract', rows 26 to 290", count.provenance().describe());
    assertEquals(64, count.provenance().sha256().length());
  }

  @Test
  void csv_extract_gives_the_same_counts_as_the_xlsx() throws IOException {
    Dataset csv = DataFolderReader.read(csvFolder());
    Dataset xlsx = xlsx();
    assertEquals(206, sum(csv, ActivityType.OUTPATIENT));
    assertEquals(51, sum(csv, ActivityType.INPATIENT));
    assertEquals(DAYS, byDate(csv));
    assertEquals(
        xlsx.counts().stream()
            .map(c -> List.of(c.date(), c.type(), c.specialty(), c.count(), c.provenance().cell()))
            .toList(),
        csv.counts().stream()
            .map(c -> List.of(c.date(), c.type(), c.specialty(), c.count(), c.provenance().cell()))
            .toList());
  }

  @Test
  void nhs_number_column_is_named_as_dropped_and_its_digits_appear_nowhere() throws IOException {
    for (Dataset data : List.of(xlsx(), DataFolderReader.read(csvFolder()))) {
      List<String> warnings = data.problems().stream().map(DataProblem::message).toList();
      assertEquals(1, warnings.size(), warnings.toString());
      assertTrue(
          warnings
              .getFirst()
              .contains(
                  "cell B1: found \"NHS Number\"; expected no patient identifiers in an extract: "
                      + "column B holds NHS numbers (known by its header); dropped, not stored."),
          warnings.getFirst());
      assertEquals(Severity.WARNING, data.problems().getFirst().severity());
      assertNoDigitsOf(data, "4000000004", "4000000071");
    }
  }

  /** An NHS number under a header that does not say so, and one where a date should be. */
  static final String HIDDEN =
      """
      Ref,Site,Appointment date,Activity,Treatment function code,Attendance code
      9434765919,RM1,13/03/2023,OP,110,4
      401 023 2137,RM1,13/03/2023,OP,110,4
      4010232137,RM1,943 476 5919,IP,110,4
      9434765919,RM1,14/03/2023,IP,120,3
      """;

  @Test
  void nhs_numbers_are_found_by_content_and_never_written_into_a_problem() throws IOException {
    InMemorySourceFolder folder = csvFolder();
    folder.put("returns/RM1/extract.csv", HIDDEN);
    Dataset data = DataFolderReader.read(folder);
    List<String> messages =
        data.problems().stream().map(p -> p.severity() + " " + p.message()).toList();
    assertEquals(
        List.of(
            "WARNING returns/RM1/extract.csv, cell A1: found \"Ref\"; expected no patient identifiers in an extract: "
                + "column A holds NHS numbers (known by its content: all of its 4 values); dropped, not stored. "
                + "Fix: nothing to do for this report; ask the hospital to leave column A out of future extracts",
            "ERROR returns/RM1/extract.csv, cell C4: found \"a value that looks like an NHS number, not shown\"; "
                + "expected a value of column Appointment date, not a patient identifier. Fix: correct the cell in "
                + "the extract: patient identifiers are never read, so the row was not counted"),
        messages);
    assertEquals(2, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(List.of("", "RM1", "", "IP", "110", "4"), data.rejectedRows().getFirst().values());
    assertNoDigitsOf(data, "9434765919", "4010232137", "401 023 2137", "943 476 5919");
  }

  @Test
  void a_profile_mapping_a_patient_identifier_column_counts_nothing() throws IOException {
    InMemorySourceFolder folder = csvFolder();
    folder.put(
        "profiles/extract.properties",
        new String(Files.readAllBytes(FOLDER.resolve("profiles/extract.properties")))
            .replace(
                "column.specialty-code = Treatment function code",
                "column.specialty = NHS Number"));
    Dataset data = DataFolderReader.read(folder);
    assertEquals(List.of(), data.counts());
    assertEquals(
        "ERROR profiles/extract.properties: found \"column.specialty = NHS Number\"; expected a column of figures "
            + "or labels; \"NHS Number\" is a column of NHS numbers, which are never read. Fix: set column.specialty "
            + "in profiles/extract.properties to the column that holds the specialty; for an extract of one row per "
            + "appointment, set layout = line-level and name its outcome or cancellation code in filter.column "
            + "('strike-impact profile suggest' writes such a profile). The profile was not used",
        data.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .map(p -> p.severity() + " " + p.message())
            .findFirst()
            .orElseThrow());
    assertNoDigitsOf(data, "4000000004", "4000000071");
  }

  @Test
  void a_line_level_profile_with_a_count_column_is_not_used() throws IOException {
    InMemorySourceFolder folder = csvFolder();
    folder.put(
        "profiles/extract.properties",
        new String(Files.readAllBytes(FOLDER.resolve("profiles/extract.properties")))
            + "column.count = Attendance code\n");
    Dataset data = DataFolderReader.read(folder);
    assertEquals(List.of(), data.counts());
    assertTrue(
        data.problems().stream()
            .anyMatch(
                p ->
                    p.message()
                        .equals(
                            "profiles/extract.properties: found \"column.count with layout = line-level\"; expected no count column: each row "
                                + "of a line-level extract counts one. Fix: remove the key; give the type with column.type or type in "
                                + "profiles/extract.properties")),
        data.problems().toString());
  }

  /** No digits of a patient identifier in any count, problem, rejected row or source. */
  static void assertNoDigitsOf(Dataset data, String... numbers) {
    String everything =
        String.join(
            "\n",
            data.counts().toString(),
            data.problems().toString(),
            data.rejectedRows().toString(),
            data.sources().toString(),
            data.statedTotals().toString());
    for (String n : numbers) {
      assertFalse(everything.contains(n), "the patient identifier " + n + " was written out");
      assertFalse(
          everything.contains(n.replace(" ", "")),
          "the patient identifier " + n + " was written out");
    }
  }
}
