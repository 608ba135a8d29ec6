package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.screen.InventedNhsNumbers;
import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The patient screen holds in every layout, whatever the profile says: by header, by content over
 * every value, and for dates of birth beside patient columns.
 */
class PatientScreenTest {
  private static final Path REFERENCE = Path.of("src/test/resources/line-level");

  private static InMemorySourceFolder folder(String profile, String file, String content)
      throws IOException {
    InMemorySourceFolder folder = new InMemorySourceFolder();
    for (String name :
        List.of("reference/sites.csv", "reference/calendar.csv", "reference/participation.csv")) {
      folder.put(name, Files.readAllBytes(REFERENCE.resolve(name)));
    }
    folder.put("profiles/p.properties", profile);
    return folder.put(file, content);
  }

  /** Every text the dataset hands on: counts, problems, rejected rows. */
  private static String everything(Dataset data) {
    StringBuilder s = new StringBuilder();
    for (DisruptionCount c : data.counts()) {
      s.append(c).append('\n');
    }
    for (DataProblem p : data.problems()) {
      s.append(p.message()).append('\n');
    }
    for (RejectedRow r : data.rejectedRows()) {
      s.append(r.values()).append(r.problems()).append('\n');
    }
    return s.toString();
  }

  private static final String WIDE =
      """
      name = wide
      files = returns/RM1/*
      site = RM1
      action = bma-jd-2023-03
      column.specialty = Specialty
      columns.by-type = Outpatients=outpatient, Inpatients=inpatient
      """;

  @Test
  void an_nhs_number_typed_into_a_label_cell_rejects_its_row_and_is_never_quoted()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder(
                WIDE,
                "returns/RM1/wide.csv",
                "Specialty,Outpatients,Inpatients\nCardiology,5,1\n943 476 5919,7,2\n"));
    assertEquals(6, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    DataProblem p =
        data.problems().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().get();
    assertEquals(
        "returns/RM1/wide.csv, cell A3: found \"a value that looks like an NHS number, not shown\";"
            + " expected a figure or label for column.specialty, not a patient identifier. Fix:"
            + " correct the cell in the return: patient identifiers are never read, so the row was"
            + " not counted",
        p.message());
    assertEquals(List.of("", "7", "2"), data.rejectedRows().getFirst().values());
    assertFalse(everything(data).contains("5919"));
  }

  @Test
  void a_column_known_by_content_refuses_a_profile_that_maps_it_and_counts_nothing()
      throws IOException {
    Random random = new Random(1);
    StringBuilder csv = new StringBuilder("Ref,Outpatients,Inpatients\n");
    for (int i = 0; i < 20; i++) {
      csv.append(InventedNhsNumbers.next(random)).append(",1,1\n");
    }
    Dataset data =
        DataFolderReader.read(
            folder(WIDE.replace("Specialty", "Ref"), "returns/RM1/wide.csv", csv.toString()));
    assertEquals(List.of(), data.counts());
    assertEquals(List.of(), data.rejectedRows());
    assertEquals(
        List.of(
            "returns/RM1/wide.csv, cell A1: found \"Ref\"; expected a profile that maps no column"
                + " of patient identifiers to column.specialty; column A holds NHS numbers (known by"
                + " its content: all of its 20 values). Fix: map column.specialty in"
                + " profiles/p.properties to the column of figures it stands for; if this is an"
                + " extract of one row per appointment, set layout = line-level. Nothing of this"
                + " file was counted"),
        data.problems().stream().map(DataProblem::message).toList());
  }

  @Test
  void dates_of_birth_beside_patient_columns_are_withheld_whatever_their_header()
      throws IOException {
    String profile =
        """
        name = forgot line-level
        files = returns/RM1/*
        site = RM1
        action = by-date
        column.date = Appointment date
        column.count = Outcome
        type = total-only
        """;
    String csv =
        """
        NHS Number,Name,D1,Appointment date,Outcome
        9434765919,Test Patient 0001,02/03/1951,13/03/2023,DNA
        4010232137,Test Patient 0002,1987-11-30,14/03/2023,4
        """;
    Dataset data = DataFolderReader.read(folder(profile, "returns/RM1/x.csv", csv));
    String all = everything(data);
    for (String leak : List.of("1951", "1987", "Test Patient", "9434765919", "4010232137")) {
      assertFalse(all.contains(leak), leak + " in\n" + all);
    }
    assertEquals(List.of("", "", "", "13/03/2023", "DNA"), data.rejectedRows().getFirst().values());
    assertEquals(4, data.counts().getFirst().count());
  }

  @Test
  void a_bare_name_column_is_a_patient_name_only_beside_other_patient_columns() throws IOException {
    String profile = WIDE.replace("column.specialty = Specialty", "column.specialty = Name");
    Dataset plain =
        DataFolderReader.read(
            folder(profile, "returns/RM1/w.csv", "Name,Outpatients,Inpatients\nCardiology,5,1\n"));
    assertEquals(6, plain.counts().stream().mapToLong(DisruptionCount::count).sum());
    Dataset patients =
        DataFolderReader.read(
            folder(
                profile,
                "returns/RM1/w.csv",
                "Name,NHS Number,Outpatients,Inpatients\nTest Patient 0001,9434765919,5,1\n"));
    assertEquals(List.of(), patients.counts());
    assertTrue(
        patients.problems().getFirst().message().contains("holds patient names"),
        patients.problems().getFirst().message());
  }

  @Test
  void a_line_level_column_is_judged_on_every_value_not_the_first_thousand() throws IOException {
    String profile =
        Files.readString(REFERENCE.resolve("profiles/extract.properties"))
            .replace(
                "column.specialty-code = Treatment function code", "column.specialty = Clinic");
    Random random = new Random(2);
    StringBuilder csv =
        new StringBuilder("Site,Appointment date,Activity,Clinic,Attendance code\n");
    for (int i = 0; i < 1500; i++) {
      // The first 1,200 rows leave Clinic blank; the rest hold NHS numbers.
      String clinic = i < 1200 ? "" : InventedNhsNumbers.next(random);
      csv.append("RM1,13/03/2023,OP,").append(clinic).append(",4\n");
    }
    Dataset data =
        DataFolderReader.read(folder(profile, "returns/RM1/extract.csv", csv.toString()));
    assertEquals(List.of(), data.counts(), "a mapped column of NHS numbers refuses the extract");
    String errors =
        data.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .map(DataProblem::message)
            .collect(Collectors.joining("\n"));
    assertTrue(errors.contains("column D holds NHS numbers (known by its content"), errors);
    assertFalse(everything(data).contains("999"), "no invented number anywhere");
  }

  @Test
  void no_invented_number_survives_any_cell_of_random_wide_tables() throws IOException {
    Random random = new Random(42);
    for (int t = 0; t < 30; t++) {
      List<String> numbers = new ArrayList<>();
      StringBuilder csv = new StringBuilder("Specialty,Outpatients,Inpatients,Notes\n");
      for (int r = 0; r < 8; r++) {
        String[] cells = {"Clinic " + r, String.valueOf(random.nextInt(50)), "2", "none"};
        if (random.nextBoolean()) {
          String n = InventedNhsNumbers.next(random);
          numbers.add(n);
          String spaced =
              switch (random.nextInt(3)) {
                case 0 -> n;
                case 1 -> n.substring(0, 3) + " " + n.substring(3, 6) + " " + n.substring(6);
                default -> n.substring(0, 3) + "-" + n.substring(3, 6) + "-" + n.substring(6);
              };
          cells[random.nextInt(4)] = spaced;
        }
        csv.append(String.join(",", cells)).append('\n');
      }
      String all =
          everything(DataFolderReader.read(folder(WIDE, "returns/RM1/w.csv", csv.toString())))
              .replaceAll("[ \\-]", "");
      for (String n : numbers) {
        assertFalse(all.contains(n), "table " + t + " leaked " + n + ":\n" + csv);
      }
    }
  }
}
