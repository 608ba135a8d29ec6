package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/** Each kind of bad input gives a problem a person can act on, with its exact message. */
class InvalidInputTest {
  static final String PROFILE =
      """
      site = RM1
      files = returns/RM1/*
      column.date = Date
      column.type = Activity
      column.count = Rescheduled
      action = by-date
      type.outpatient = OP
      type.inpatient = IP
      type.total-only = All activity
      """;

  /** The sample reference files and a profile for N&N-style csv returns. */
  static InMemorySourceFolder folder() throws IOException {
    InMemorySourceFolder folder = SampleReference.folder();
    return folder.put("profiles/test.properties", PROFILE);
  }

  static List<String> messages(Dataset data) {
    return data.problems().stream().map(p -> p.severity() + " " + p.message()).toList();
  }

  @Test
  void every_problem_of_a_row_is_reported_and_the_row_kept_aside() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "returns/RM1/bad.csv",
                    """
                    Date,Activity,Rescheduled
                    13/03/2023,OP,-3
                    13/03/2023,OP,2.5
                    13/03/2023,IP,
                    13/03/2023,Outpt,10
                    31/02/2023,OP,10
                    14/03/2023,OP,"1,234"
                    13/03/2023,Clinic,lots
                    """));
    assertEquals(
        List.of(
            "ERROR returns/RM1/bad.csv, cell C2: found \"-3\"; expected a whole number of 0 or more. Fix: correct the count in the return and send it again; a count of activity rescheduled cannot be negative",
            "ERROR returns/RM1/bad.csv, cell C3: found \"2.5\"; expected a whole number of 0 or more. Fix: correct the count in the return and send it again; appointments are counted in whole numbers",
            "ERROR returns/RM1/bad.csv, cell C4: found an empty cell; expected a whole number of 0 or more. Fix: fill in the count (0 if nothing was rescheduled) and send the return again",
            "ERROR returns/RM1/bad.csv, cell B5: found \"Outpt\"; expected one of the activity words profiles/test.properties accepts: outpatient: \"OP\", \"outpatient\"; inpatient: \"IP\", \"inpatient\"; total-only: \"All activity\", \"total only\". Fix: add \"Outpt\" to type.outpatient, type.inpatient or type.total-only in profiles/test.properties",
            "ERROR returns/RM1/bad.csv, cell A6: found \"31/02/2023\"; expected a date written as dd/MM/yyyy or yyyy-MM-dd, or an Excel date. Fix: correct the date in the return, or add its pattern to date.format in profiles/test.properties",
            "ERROR returns/RM1/bad.csv, cell B8: found \"Clinic\"; expected one of the activity words profiles/test.properties accepts: outpatient: \"OP\", \"outpatient\"; inpatient: \"IP\", \"inpatient\"; total-only: \"All activity\", \"total only\". Fix: add \"Clinic\" to type.outpatient, type.inpatient or type.total-only in profiles/test.properties",
            "ERROR returns/RM1/bad.csv, cell C8: found \"lots\"; expected a whole number of 0 or more. Fix: write the count as a number, e.g. 1,234, and send the return again"),
        messages(data));
    assertEquals(List.of(1234L), data.counts().stream().map(DisruptionCount::count).toList());
    assertEquals("C7", data.counts().getFirst().provenance().cell());
    assertEquals(
        List.of("row 2", "row 3", "row 4", "row 5", "row 6", "row 8"),
        data.rejectedRows().stream().map(r -> r.row().cell()).toList());
    RejectedRow last = data.rejectedRows().getLast();
    assertEquals(List.of("13/03/2023", "Clinic", "lots"), last.values());
    assertEquals(2, last.problems().size());
    SourceFile source =
        data.sources().stream()
            .filter(s -> s.name().equals("returns/RM1/bad.csv"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(7, 1, 6), List.of(source.rowsRead(), source.rowsUsed(), source.rowsRejected()));
  }

  @Test
  void a_date_outside_the_action_filed_under_is_rejected() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    PROFILE.replace("action = by-date", "action = bma-jd-2023-03"))
                .put(
                    "returns/RM1/late.csv",
                    "Date,Activity,Rescheduled\n13/03/2023,OP,5\n20/03/2023,OP,7\n"));
    assertEquals(
        List.of(
            "ERROR returns/RM1/late.csv, cell A3: found \"20/03/2023\"; expected a day of bma-jd-2023-03: 13 March 2023, 14 March 2023, 15 March 2023. Fix: correct the date in the return, or file the row under its own action (action in profiles/test.properties)"),
        messages(data));
    assertEquals(1, data.counts().size());
  }

  @Test
  void a_date_on_no_action_day_is_rejected_when_reading_by_date() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder().put("returns/RM1/x.csv", "Date,Activity,Rescheduled\n2023-03-20,OP,7\n"));
    assertEquals(
        List.of(
            "ERROR returns/RM1/x.csv, cell A2: found \"2023-03-20\"; expected a day of an action in reference/calendar.csv; 20 March 2023 is not one. Fix: correct the date in the return, or add the action to reference/calendar.csv"),
        messages(data));
  }

  @Test
  void an_empty_activity_type_says_which_words_to_fill_in() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder().put("returns/RM1/x.csv", "Date,Activity,Rescheduled\n13/03/2023,,7\n"));
    assertEquals(
        List.of(
            "ERROR returns/RM1/x.csv, cell B2: found an empty cell; expected one of the activity words profiles/test.properties accepts: outpatient: \"OP\", \"outpatient\"; inpatient: \"IP\", \"inpatient\"; total-only: \"All activity\", \"total only\". Fix: fill in the activity type with a word listed under type.outpatient, type.inpatient or type.total-only in profiles/test.properties"),
        messages(data));
  }

  @Test
  void a_site_code_not_in_sites_csv_is_rejected() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties", PROFILE.replace("site = RM1", "column.site = Site"))
                .put(
                    "returns/RM1/sites.csv",
                    "Site,Date,Activity,Rescheduled\nRM1,13/03/2023,OP,5\nXYZ,13/03/2023,OP,7\n"));
    assertEquals(
        List.of(
            "ERROR returns/RM1/sites.csv, cell A3: found \"XYZ\"; expected an ODS code,"
                + " abbreviation, initials or name from reference/sites.csv, or a name under"
                + " site.names in profiles/test.properties: RM1, RCX, RGP, QMM. Fix: correct the"
                + " site in the return; if it is another name of a site in reference/sites.csv,"
                + " add site.names.<ODS code> = XYZ to profiles/test.properties, and if it is a new"
                + " site, add it to reference/sites.csv"),
        messages(data));
  }

  @Test
  void a_missing_column_names_the_columns_found() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder().put("returns/RM1/cols.csv", "Date,Type,Count\n13/03/2023,OP,5\n"));
    assertEquals(
        List.of(
            "ERROR returns/RM1/cols.csv, row 1: found \"no columns Activity and Rescheduled in row 1, which has the columns Date, Type, Count\"; expected a header row with the columns \"Date\", \"Activity\", \"Rescheduled\"; missing \"Activity\", \"Rescheduled\". Fix: rename the column in the return, or add its header to column.type and column.count in profiles/test.properties (synonyms separated by |)"),
        messages(data));
    assertEquals(0, data.counts().size());
  }

  @Test
  void a_file_matching_no_profile_is_a_warning_and_not_read() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder().put("returns/ZZZ/orphan.csv", "Date,Activity,Rescheduled\n13/03/2023,OP,5\n"));
    assertEquals(
        List.of(
            "WARNING returns/ZZZ/orphan.csv: found \"returns/ZZZ/orphan.csv\"; expected a file matched by a profile's files in profiles/, or a reference file (reference/sites.csv, reference/calendar.csv, reference/participation.csv). Fix: write a profile for this hospital's layout, or widen files in its profile; until then the file is not read"),
        messages(data));
    assertEquals(
        "not read",
        data.sources().stream()
            .filter(s -> s.name().equals("returns/ZZZ/orphan.csv"))
            .findFirst()
            .orElseThrow()
            .role());
  }

  @Test
  void corrupt_and_empty_files_are_one_error_each_and_the_run_goes_on() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("returns/RM1/a-corrupt.xlsx", "this is not a workbook")
                .put("returns/RM1/b-empty.csv", new byte[0])
                .put("returns/RM1/c-good.csv", "Date,Activity,Rescheduled\n13/03/2023,OP,5\n"));
    List<DataProblem> problems = data.problems();
    assertEquals(2, problems.size());
    assertEquals(Severity.ERROR, problems.get(0).severity());
    assertEquals("returns/RM1/a-corrupt.xlsx", problems.get(0).where().file());
    assertEquals("an .xlsx or .xls workbook", problems.get(0).expected());
    assertEquals(
        "returns/RM1/b-empty.csv: found \"0 bytes\"; expected a return with a table of figures. Fix: send the return again; the file is empty",
        problems.get(1).message());
    assertEquals(List.of(5L), data.counts().stream().map(DisruptionCount::count).toList());
  }

  @Test
  void a_count_for_a_site_that_did_not_take_part_is_a_warning() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    PROFILE
                        .replace("site = RM1", "site = RCX")
                        .replace("returns/RM1/*", "returns/RCX/*"))
                .put(
                    "returns/RCX/nurses.csv",
                    "Date,Activity,Rescheduled\n18/01/2023,All activity,5\n19/01/2023,All activity,6\n"));
    assertEquals(
        List.of(
            "WARNING returns/RCX/nurses.csv, cell C2: found \"a count for RCX in rcn-2023-01\"; expected counts only for sites that took part; reference/participation.csv says RCX did not take part in rcn-2023-01 (did not take part in the nursing strikes). Fix: check the return is filed under the right action; if the site did take part, correct reference/participation.csv"),
        messages(data));
    assertEquals(2, data.counts().size());
  }

  @Test
  void reads_an_xls_workbook_with_date_cells_and_a_wrong_sheet_is_one_error() throws IOException {
    byte[] xls;
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      Sheet sheet = wb.createSheet("Data");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("Date");
      header.createCell(1).setCellValue("Activity");
      header.createCell(2).setCellValue("Rescheduled");
      Row row = sheet.createRow(1);
      var date = row.createCell(0);
      date.setCellValue(java.time.LocalDate.of(2023, 3, 14));
      var style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat("d-mmm-yy"));
      date.setCellStyle(style);
      row.createCell(1).setCellValue("IP");
      row.createCell(2).setCellFormula("40+2");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      xls = out.toByteArray();
    }
    Dataset data = DataFolderReader.read(folder().put("returns/RM1/old.xls", xls));
    assertEquals(List.of(), messages(data));
    DisruptionCount c = data.counts().getFirst();
    assertEquals(
        List.of("bma-jd-2023-03", "INPATIENT", "2023-03-14", "42", "Data", "C2"),
        List.of(
            c.actionId(),
            c.type().name(),
            c.date().orElseThrow().toString(),
            String.valueOf(c.count()),
            c.provenance().sheet(),
            c.provenance().cell()));

    Dataset wrongSheet =
        DataFolderReader.read(
            folder()
                .put("profiles/test.properties", PROFILE + "sheet = Summary\n")
                .put("returns/RM1/old.xls", xls));
    assertEquals(
        List.of(
            "ERROR returns/RM1/old.xls: found \"sheets 'Data'\"; expected sheet 'Summary'. Fix: set sheet= in the profile to one of the sheets found, or rename the sheet in the workbook"),
        messages(wrongSheet));
  }

  @Test
  void a_profile_with_an_unknown_action_is_not_used() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    PROFILE.replace("action = by-date", "action = bma-2099"))
                .put("returns/RM1/x.csv", "Date,Activity,Rescheduled\n13/03/2023,OP,5\n"));
    List<String> messages = messages(data);
    assertEquals(2, messages.size());
    assertEquals(
        true,
        messages
            .get(0)
            .startsWith(
                "ERROR profiles/test.properties: found \"action = bma-2099\"; expected by-date or an action id from reference/calendar.csv: rcn-2022-12, rcn-2023-01,"));
    // The return it names was sent: an error on the return, not "no profile names it".
    assertEquals(
        "ERROR returns/RM1/x.csv: found \"its profile, profiles/test.properties, has errors\";"
            + " expected a profile without errors that names this file in its files. Fix: correct"
            + " the errors listed for profiles/test.properties; until then this return is not read"
            + " and counts for nothing",
        messages.get(1));
  }

  @Test
  void a_bom_and_windows_line_ends_are_read() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "returns/RM1/bom.csv",
                    "\uFEFFDate,Activity,Rescheduled\r\n13/03/2023,OP,5\r\n"));
    assertEquals(List.of(), messages(data));
    assertEquals(5, data.counts().getFirst().count());
  }
}
