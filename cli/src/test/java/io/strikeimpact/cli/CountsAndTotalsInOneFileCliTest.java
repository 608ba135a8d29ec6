package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A return whose Summary sheet states a total its Detail sheet does not add up to: validate and
 * summary name the sheet and cell of the stated total, both figures and the difference.
 */
class CountsAndTotalsInOneFileCliTest {
  @TempDir Path temp;

  Path folder(long stated) throws IOException {
    Path samples = Path.of("../samples/data");
    for (String name : List.of("reference/sites.csv", "reference/calendar.csv")) {
      Files.createDirectories(temp.resolve(name).getParent());
      Files.copy(samples.resolve(name), temp.resolve(name));
    }
    // QEH's part alone: the samples' register would have N&N and JPUH owe returns not here.
    Files.writeString(
        temp.resolve("reference/participation.csv"),
        "action_id,ods_code,participation,note\nbma-jd-2023-03,RCX,took part,\n");
    Files.createDirectories(temp.resolve("profiles"));
    Files.writeString(
        temp.resolve("profiles/qeh-detail.properties"),
        """
        name = QEH detail
        site = RCX
        files = returns/RCX/*.xlsx
        sheet = Detail
        column.specialty = Specialty
        columns.by-type = Outpatients=outpatient, Inpatients=inpatient
        action = bma-jd-2023-03
        """);
    Files.writeString(
        temp.resolve("profiles/qeh-summary.properties"),
        """
        name = QEH summary sheet
        role = stated-totals
        site = RCX
        files = returns/RCX/*.xlsx
        sheet = Summary
        column.label = Description
        column.count = Total
        action = bma-jd-2023-03
        """);
    Files.createDirectories(temp.resolve("returns/RCX"));
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(temp.resolve("returns/RCX/qeh-march.xlsx"))) {
      Sheet detail = book.createSheet("Detail");
      row(detail, 0, "Specialty", "Outpatients", "Inpatients");
      row(detail, 1, "General Surgery", 132, 9);
      row(detail, 2, "Urology", 96, 6);
      Sheet summary = book.createSheet("Summary");
      row(summary, 0, "Description", "Total");
      row(summary, 1, "Appointments rescheduled, QEH", stated);
      book.write(out);
    }
    return temp;
  }

  static void row(Sheet sheet, int index, Object... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Number n) {
        row.createCell(i).setCellValue(n.doubleValue());
      } else {
        row.createCell(i).setCellValue(values[i].toString());
      }
    }
  }

  @Test
  void a_summary_sheet_that_disagrees_with_its_detail_is_named_with_both_figures()
      throws IOException {
    Path data = folder(250);
    String mismatch =
        "returns/RCX/qeh-march.xlsx, sheet 'Summary', cell B2 states 250 for the junior doctors'"
            + " strike of 13 to 15 March 2023, QEH; the returns add to 243"
            + " (returns/RCX/qeh-march.xlsx), a difference of 7";
    CliRun validate = CliRun.of("validate", "--data", data.toString(), "--wide");
    assertEquals(0, validate.exitCode(), validate.err());
    assertTrue(validate.out().contains(mismatch), validate.out());
    // Six files, though the workbook was read twice: once for its counts, once for its total.
    assertTrue(
        validate
            .out()
            .contains(
                "6 files read; 0 errors, 0 warnings, 0 rows rejected; 1 of 1 stated total does not agree"),
        validate.out());
    CliRun summary =
        CliRun.of("summary", "--data", data.toString(), "--as-of", "2023-04-01", "--wide");
    assertEquals(0, summary.exitCode(), summary.err());
    assertTrue(summary.out().contains(mismatch), summary.out());
    assertTrue(summary.out().lines().anyMatch(l -> l.matches("QEH +228 +15 +n/a +243 .*")));
  }

  @Test
  void a_summary_sheet_that_agrees_gives_no_warning() throws IOException {
    CliRun validate = CliRun.of("validate", "--data", folder(243).toString(), "--wide");
    assertEquals(0, validate.exitCode(), validate.err());
    assertTrue(
        validate
            .out()
            .equals(
                "Problems in the data: none.\n6 files read; 0 errors, 0 warnings, 0 rows rejected;"
                    + " 1 stated total checked, it agrees with its parts.\n"),
        validate.out());
  }
}
