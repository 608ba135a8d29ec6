package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, staff taking part, on the bundled samples as a user runs them: N&N's nursing strike of
 * January 2023 with the Eastern Daily Press's 302 and 272 nurses on strike, every other staff
 * figure illustrative.
 */
class StaffTakingPartSamplesCliTest {
  @TempDir Path dir;

  private Path boardPack(String... more) {
    Path out = dir.resolve("out");
    String[] args = new String[5 + more.length];
    System.arraycopy(
        new String[] {"board-pack", "--out", out.toString(), "--as-of", "2023-04-03"},
        0,
        args,
        0,
        5);
    System.arraycopy(more, 0, args, 5, more.length);
    CliRun r = CliRun.of(args);
    assertEquals(0, r.exitCode(), r.err());
    return out;
  }

  private static String pdfText(Path out) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("board-pack.pdf")))) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static Row row(XSSFSheet s, String label) {
    for (Row r : s) {
      if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals(label)) {
        return r;
      }
    }
    throw new AssertionError("no row " + label + " on " + s.getSheetName());
  }

  private static int column(XSSFSheet s, String startsWith) {
    for (Cell c : s.getRow(0)) {
      if (c.getStringCellValue().startsWith(startsWith)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + startsWith + " on " + s.getSheetName());
  }

  @Test
  void january_2023_shows_nn_peak_302_and_average_287_from_the_eastern_daily_press()
      throws IOException {
    Path out = boardPack("--action", "rcn-2023-01");
    String text = pdfText(out);
    // The table wraps the file name at its hyphen.
    assertTrue(
        text.contains(
            "N&N 18 and 19 January 2023 302 (18 January 2023) 287 public: Eastern Daily Press;"
                + " returns/RM1/nnuh- nursing-strikes-2023.csv, cells E2 and E3"),
        text);
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            new ByteArrayInputStream(Files.readAllBytes(out.resolve("board-pack.xlsx"))))) {
      XSSFSheet s = wb.getSheet("Summary");
      Row nn = row(s, "N&N");
      assertEquals(
          302, nn.getCell(column(s, "Staff taking part, peak a day")).getNumericCellValue(), 1e-9);
      assertEquals(
          287,
          nn.getCell(column(s, "Staff taking part, average a day")).getNumericCellValue(),
          1e-9);
      assertEquals(
          "18 and 19 January 2023, peak on 18 January 2023; public: Eastern Daily Press;"
              + " returns/RM1/nnuh-nursing-strikes-2023.csv, cells E2 and E3",
          nn.getCell(column(s, "Staff figures")).getStringCellValue());
    }
  }

  @Test
  void the_default_pack_compares_per_staff_day_and_says_it_is_illustrative() throws IOException {
    String text = pdfText(boardPack());
    // 3,451 over 410 + 402 + 395 staff-days against 1,506 over 302 + 272 + 310 + 290.
    assertTrue(
        text.contains(
            "N&N 2.9 3,451 over 1,207 staff-days 1.3 1,506 over 1,174 staff-days 2.2 times"
                + " (illustrative)"),
        text);
    assertTrue(
        text.contains(
            "N&N 13 to 15 March 2023 410 (13 March 2023) 402.3 illustrative;"
                + " returns/RM1/nnuh-junior-doctors- march-2023.xlsx, sheet 'March 2023', cells E2,"
                + " E4 and E6"),
        text);
    assertTrue(text.contains("QEH n/a: no staff figures \u2014 the return gave none"), text);
  }

  @Test
  void a_site_without_figures_is_named_in_the_staff_table_with_the_reason() throws IOException {
    Path data = dir.resolve("data");
    AlteredSamples.copyInto(data);
    AlteredSamples.truncate(data, "returns/RGP/jpuh-junior-doctors-march-2023.xlsx", 500);
    String text = pdfText(boardPack("--data", data.toString()));
    int table = text.indexOf("Staff taking part in the action a day");
    assertTrue(table >= 0, text);
    assertTrue(
        text.substring(table)
            .contains("JPUH n/a: no figures \u2014 sent a return that could not be read"),
        text.substring(table));
  }
}
