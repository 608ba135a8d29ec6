package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each command in-process on the bundled samples and checks what it prints and writes. */
class CommandsTest {
  @TempDir Path temp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void board_pack_with_no_data_option_writes_the_pdf_and_workbook_from_the_bundled_samples()
      throws IOException {
    Path out = temp.resolve("out");
    CliRun r = run("board-pack", "--out", out.toString(), "--as-of", "2023-04-03");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("4,726 rescheduled in all"), r.out());

    byte[] pdf = Files.readAllBytes(out.resolve("board-pack.pdf"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      for (String figure :
          List.of(
              "4,726",
              "3,451",
              "2,976",
              "475",
              "932",
              "882",
              "343",
              "262",
              "81",
              "1,506",
              "3.1 times",
              "1.5 times",
              "4,736")) {
        assertTrue(text.contains(figure), "PDF lacks " + figure);
      }
    }
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            new ByteArrayInputStream(Files.readAllBytes(out.resolve("board-pack.xlsx"))))) {
      Sheet data = wb.getSheet("Data");
      double sum = 0;
      for (int i = 1; i <= data.getLastRowNum(); i++) {
        var row = data.getRow(i);
        for (var cell : row) {
          // The samples give planned activity: its rows, after the counts, have "n/a" as Count.
          if (data.getRow(0).getCell(cell.getColumnIndex()).getStringCellValue().equals("Count")
              && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
            sum += cell.getNumericCellValue();
          }
        }
      }
      assertEquals(
          4726 + 1506, sum, 1e-9, "Data sheet counts add to March plus the nursing strikes");
    }
    try (Stream<Path> left = Files.list(out)) {
      assertEquals(
          List.of("board-pack.pdf", "board-pack.xlsx", "rejected-rows.csv"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary files are left behind");
    }
  }

  @Test
  void summary_prints_the_site_table_and_the_comparison_with_its_basis() {
    CliRun r = run("summary", "--as-of", "2023-04-03", "--wide");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("Junior doctors' strike, 13 to 15 March 2023"), r.out());
    assertTrue(
        r.out().replaceAll(" +", " ").contains("All sites 4,120 606 n/a 4,726 100%"), r.out());
    assertTrue(r.out().contains("did not take part in the nursing strikes"), r.out());
    assertTrue(r.out().contains("3.1 times"), r.out());
    assertTrue(r.out().contains("a difference of 10"), r.out());
  }

  @Test
  void a_missing_data_folder_is_a_message_with_exit_code_3_and_no_stack_trace() {
    CliRun r = run("summary", "--data", temp.resolve("nowhere").toString());
    assertEquals(3, r.exitCode());
    assertTrue(r.err().startsWith("strike-impact: No data folder at "), r.err());
    assertTrue(r.err().contains("Fix: give --data the folder"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
  }

  @Test
  void an_unknown_action_is_a_usage_error_naming_the_known_ids() {
    CliRun r = run("summary", "--action", "bma-jd-2099-01");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("No action or group with id \"bma-jd-2099-01\""), r.err());
    assertTrue(r.err().contains("bma-jd-2023-03"), r.err());
  }

  @Test
  void a_bad_date_is_a_usage_error() {
    CliRun r = run("summary", "--as-of", "13/03/2023");
    assertEquals(2, r.exitCode());
    assertEquals(
        "strike-impact: Invalid value for option '--as-of': '13/03/2023' is not a date; expected"
            + " yyyy-MM-dd, e.g. 2023-03-13\nRun 'strike-impact summary --help' for its options.\n",
        r.err().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void a_bad_date_says_the_form_expected() {
    CliRun r = run("summary", "--as-of", "2023-13-01");
    assertEquals(2, r.exitCode());
    assertTrue(
        r.err()
            .contains(
                "Invalid value for option '--as-of': '2023-13-01' is not a date; expected"
                    + " yyyy-MM-dd, e.g. 2023-03-13"),
        r.err());
    CliRun month = run("summary", "--month", "March");
    assertEquals(2, month.exitCode());
    assertTrue(month.err().contains("expected yyyy-MM, e.g. 2023-03"), month.err());
  }

  @Test
  void an_output_folder_that_cannot_be_written_leaves_nothing_behind() throws IOException {
    Path blocker = temp.resolve("file-not-folder");
    Files.writeString(blocker, "x");
    CliRun r =
        run("board-pack", "--out", blocker.resolve("out").toString(), "--as-of", "2023-04-03");
    assertEquals(4, r.exitCode(), r.err());
    assertTrue(r.err().contains("Could not write the board pack"), r.err());
  }
}
