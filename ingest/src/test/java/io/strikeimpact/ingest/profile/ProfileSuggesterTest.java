package io.strikeimpact.ingest.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.layouts.NhsEnglandByTrust;
import io.strikeimpact.ingest.samples.SampleWorkbooks;
import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.ingest.table.UnreadableFileException;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A suggested profile reads the return it was made from once its site is filled in. */
class ProfileSuggesterTest {
  private static final Path SAMPLES = Path.of("../samples/data");

  private static Dataset readWith(String profile, String file, byte[] bytes) throws IOException {
    InMemorySourceFolder folder = new InMemorySourceFolder();
    for (String name :
        List.of("reference/sites.csv", "reference/calendar.csv", "reference/participation.csv")) {
      folder.put(name, Files.readAllBytes(SAMPLES.resolve(name)));
    }
    return DataFolderReader.read(
        folder.put("profiles/suggested.properties", profile).put(file, bytes));
  }

  private static long total(Dataset data) {
    return data.counts().stream().mapToLong(DisruptionCount::count).sum();
  }

  @Test
  void suggests_the_jpuh_profile_from_its_workbook_below_a_title_block() throws Exception {
    ProfileSuggester.Suggestion s =
        ProfileSuggester.suggest("jpuh.xlsx", SampleWorkbooks.jpuhJuniorDoctors());
    assertEquals(
        """
        # Suggested by 'strike-impact profile suggest' from jpuh.xlsx, sheet 'Rescheduled'.
        # Check every line, then save it as profiles/<name>.properties in the data folder.
        # header found at row 4, below a title block.
        # TO DO site: set site to the hospital's ODS code from reference/sites.csv, and the folder in files
        name = jpuh
        files = returns/ODS-CODE/*.xlsx
        sheet = Rescheduled
        header.row = auto
        site = ODS-CODE
        column.date = Date
        column.type = Appointment type
        column.count = Number rescheduled
        action = by-date
        type.outpatient = New, F/U
        type.inpatient = Elective, DC
        date.format = dd/MM/yyyy
        totals.label = Total|Grand total
        """,
        s.properties());
    Dataset data =
        readWith(
            s.properties().replace("ODS-CODE", "RGP"),
            "returns/RGP/jpuh.xlsx",
            SampleWorkbooks.jpuhJuniorDoctors());
    assertEquals(List.of(), data.problems());
    assertEquals(343, total(data));
  }

  @Test
  void suggests_a_wide_layout_by_type_from_the_qeh_csv() throws Exception {
    byte[] qeh =
        Files.readAllBytes(SAMPLES.resolve("returns/RCX/qeh-junior-doctors-march-2023.csv"));
    ProfileSuggester.Suggestion s = ProfileSuggester.suggest("qeh.csv", qeh);
    String p = s.properties();
    assertEquals(
        true, p.contains("columns.by-type = Outpatients=outpatient, Inpatients=inpatient\n"), p);
    assertEquals(true, p.contains("column.specialty-code = Treatment function code\n"), p);
    assertEquals(true, p.contains("action = ACTION-ID\n"), p);
    Dataset data =
        readWith(
            p.replace("ODS-CODE", "RCX").replace("ACTION-ID", "bma-jd-2023-03"),
            "returns/RCX/qeh.csv",
            qeh);
    assertEquals(List.of(), data.problems());
    assertEquals(932, total(data));
  }

  @Test
  void suggests_the_nhs_england_layout_by_day_and_type() throws Exception {
    ProfileSuggester.Suggestion s =
        ProfileSuggester.suggest("by-trust.xlsx", NhsEnglandByTrust.singleHeader());
    String p = s.properties();
    assertEquals(true, p.contains("column.site = Org Code\nsites.other = skip\n"), p);
    assertEquals(true, p.contains("columns.by-day-and-type = {date} {type}\n"), p);
    assertEquals(
        true,
        p.contains(
            "type.outpatient = Outpatient\ntype.inpatient = Elective\ndate.format = dd-MMM-yy\n"),
        p);
    Dataset data =
        readWith(
            p.replace("Total|Grand total", "England|Total"),
            "returns/NHSE/by-trust.xlsx",
            NhsEnglandByTrust.singleHeader());
    assertEquals(4726, total(data));
  }

  @Test
  void unknown_type_words_are_listed_to_place() throws Exception {
    String csv = "Date,Activity,Rescheduled\n13/03/2023,OP,5\n13/03/2023,Virtual,6\n";
    ProfileSuggester.Suggestion s = ProfileSuggester.suggest("x.csv", csv.getBytes());
    assertEquals(
        List.of(
            "site: set site to the hospital's ODS code from reference/sites.csv, and the folder in files",
            "type word \"Virtual\": add it to type.outpatient, type.inpatient or type.total-only"),
        s.unplaced());
  }

  /**
   * Red-team defect 11: one impossible date among dd/MM/yyyy dates still gives date.format =
   * dd/MM/yyyy, and the cell that fits no pattern is named to correct.
   */
  @Test
  void one_impossible_date_keeps_the_pattern_of_the_rest_and_is_named_by_its_cell()
      throws Exception {
    ProfileSuggester.Suggestion s =
        ProfileSuggester.suggest(
            "bad-date.csv",
            java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("src/test/resources/redteam/k-suggest/bad-date.csv")));
    assertTrue(s.properties().contains("\ndate.format = dd/MM/yyyy\n"), s.properties());
    assertEquals(
        List.of(
            "site: set site to the hospital's ODS code from reference/sites.csv, and the folder in files",
            "date.format: 1 date fits no pattern and will be refused when the file is read:"
                + " \"31/02/2023\" (cell A4); correct it in the file, or add its pattern to"
                + " date.format"),
        s.unplaced());
  }

  @Test
  void dates_in_two_forms_are_given_both_patterns() throws Exception {
    String csv = "Date,Activity,Rescheduled\n13/03/2023,OP,5\n2023-03-14,OP,6\n15/03/2023,OP,7\n";
    ProfileSuggester.Suggestion s = ProfileSuggester.suggest("x.csv", csv.getBytes());
    assertTrue(s.properties().contains("\ndate.format = dd/MM/yyyy|yyyy-MM-dd\n"), s.properties());
  }

  @Test
  void a_file_without_a_header_row_is_refused() {
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class,
            () -> ProfileSuggester.suggest("x.csv", "just a line\n".getBytes()));
    assertEquals(
        "no row of two or more column headings in the first 30 rows; expected a table with a header row",
        e.getMessage());
  }

  @Test
  void a_pas_extract_is_suggested_as_line_level_and_no_identifier_is_proposed() throws Exception {
    byte[] extract =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of("src/test/resources/line-level-csv/extract.csv"));
    String p = ProfileSuggester.suggest("returns/RM1/extract.csv", extract).properties();
    assertTrue(p.contains("\nlayout = line-level\n"), p);
    assertTrue(p.contains("\nfilter.column = Attendance code\n"), p);
    assertTrue(p.contains("\nfilter.values = CHANGE-ME\n"), p);
    assertTrue(p.contains("# TO DO filter.column, filter.values"), p);
    assertTrue(p.contains("\ncolumn.date = Appointment date\n"), p);
    assertTrue(p.contains("# column B (\"NHS Number\") holds NHS numbers: never read"), p);
    assertFalse(p.contains("column.count"), p);
    for (String line : p.split("\n")) {
      if (!line.startsWith("#")) {
        assertFalse(line.contains("NHS Number"), line);
      }
    }
    assertFalse(p.contains("4000000004"), "no value of the identifier column");
  }

  /**
   * Red-team report of 3 December 2026, item 2: "Pt Name", "Date of Birth (dd/mm/yyyy)" and
   * "Contact number" went unrecognised, so suggest proposed column.count = Contact number and no
   * line-level layout. Fixture made by the red team (src/test/resources/redteam/README.md).
   */
  @Test
  void the_red_teams_extract_is_line_level_and_no_patient_column_is_proposed() throws Exception {
    byte[] extract =
        java.nio.file.Files.readAllBytes(
            java.nio.file.Path.of("src/test/resources/redteam/e-names-undetected/extract.csv"));
    String p = ProfileSuggester.suggest("returns/RM1/extract.csv", extract).properties();
    assertTrue(p.contains("\nlayout = line-level\n"), p);
    assertFalse(p.contains("column.count"), p);
    assertTrue(p.contains("# column D (\"Contact number\") holds phone numbers: never read"), p);
    assertTrue(p.contains("# column B (\"Pt Name\") holds patient names: never read"), p);
    for (String line : p.split("\n")) {
      if (!line.startsWith("#")) {
        for (String header : List.of("Pt Name", "Date of Birth", "Contact number")) {
          assertFalse(line.contains(header), line);
        }
      }
    }
    assertFalse(p.contains("07700"), "no value of the phone column: " + p);
    assertFalse(p.contains("Zzsmith"), "no value of the name column: " + p);
  }

  /** The same phone numbers under a header that does not say so: known by their content. */
  @Test
  void a_column_of_phone_numbers_is_never_proposed_whatever_its_header() throws Exception {
    StringBuilder csv = new StringBuilder("Appt date,Activity,Ref,Status\n");
    for (int i = 0; i < 12; i++) {
      csv.append("13/03/2023,OP,07700 9000").append(10 + i).append(",CANC-IA\n");
    }
    String p =
        ProfileSuggester.suggest(
                "extract.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .properties();
    assertTrue(p.contains("# column C (\"Ref\") holds phone numbers: never read"), p);
    assertFalse(p.contains("= Ref\n"), p);
    assertFalse(p.contains("07700"), p);
  }

  @Test
  void suggests_the_column_of_staff_taking_part_and_never_a_column_naming_a_staff_group()
      throws Exception {
    byte[] csv =
        ("Date,Staff group,Activity,Rescheduled,Staff on strike\n"
                + "18/01/2023,Nurses,OP,100,302\n"
                + "18/01/2023,Nurses,IP,20,302\n"
                + "19/01/2023,Nurses,OP,90,272\n"
                + "19/01/2023,Nurses,IP,15,272\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ProfileSuggester.Suggestion s = ProfileSuggester.suggest("nnuh.csv", csv);
    String p = s.properties();
    assertTrue(p.contains("column.staff = Staff on strike\n"), p);
    assertTrue(p.contains("column.count = Rescheduled\n"), p);
    assertTrue(p.contains("staff.note = illustrative"), p);
    Dataset data = readWith(p.replace("ODS-CODE", "RM1"), "returns/RM1/nnuh.csv", csv);
    assertEquals(List.of(), data.problems());
    assertEquals(225, total(data));
    assertEquals(
        List.of(302L, 272L),
        data.staff().stream().map(io.strikeimpact.model.StaffTakingPart::staff).toList());
  }
}
