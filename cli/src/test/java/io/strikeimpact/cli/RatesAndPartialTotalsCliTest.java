package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red-team cases of 4 December 2026 (src/test/resources/redteam) where the rule of partial figures
 * was not yet kept: the forecast and the history divided by every day of action, a day a return by
 * day has no figure for included; the England share and the press briefing's table gave a partial
 * total as whole; a suppressed cell left its site's status blank; and a site that took part and
 * sent no return read "not applicable". Each output is read back: the PDF's text, the workbook's
 * cells, formulas and their cached values.
 */
class RatesAndPartialTotalsCliTest {
  private static final Path REDTEAM = Path.of("src/test/resources/redteam");
  private static final String AS_OF = "2023-04-03";
  private static final String DAY_MISSING = REDTEAM.resolve("nnuh-nursing-day-missing").toString();
  private static final String DAYS_SENTENCE =
      "Each rate divides by the hours with figures: N&N's return by day gives no figure for 19"
          + " January 2023, so its rate is worked over the 36 hours with figures (18 January and 6"
          + " and 7 February 2023), not all 48; so is all sites'.";

  @TempDir Path temp;

  @Test
  void the_forecast_divides_by_the_hours_with_figures_in_the_terminal_pdf_and_workbook()
      throws IOException {
    CliRun forecast =
        CliRun.of(
            "forecast",
            "--as-of",
            AS_OF,
            "--wide",
            "--data",
            DAY_MISSING,
            "--action",
            "rcn-2023-04");
    assertEquals(0, forecast.exitCode(), forecast.err());
    // 1,134 over 36 hours, 31.5 an hour, times 28: 882; 18 January 380 over 12, February 754
    // over 24. It was 662 (443 to 880) over all 48 hours.
    assertTrue(forecast.squeezed().contains("N&N n/a n/a 882 880 887 31.5"), forecast.out());
    assertTrue(forecast.squeezed().contains(DAYS_SENTENCE), forecast.out());

    CliRun pack =
        CliRun.of(
            "board-pack",
            "--as-of",
            AS_OF,
            "--data",
            DAY_MISSING,
            "--action",
            "rcn-2023-04",
            "--out",
            temp.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    String pdf = pdfText(temp.resolve("board-pack.pdf"));
    assertTrue(pdf.contains("N&N n/a [1] n/a [1] 882 880 887 31.5 an hour"), pdf);
    assertTrue(pdf.contains(DAYS_SENTENCE), pdf);
    try (XSSFWorkbook book = workbook()) {
      Sheet projection = book.getSheet("Projection");
      Row nnuh = row(projection, "N&N");
      String jan =
          "SUMIFS(Data_table[Count],Data_table[Action id],\"rcn-2023-01\",Data_table[Site (ODS"
              + " code)],\"RM1\")";
      String feb = jan.replace("rcn-2023-01", "rcn-2023-02");
      assertEquals("(" + jan + "+" + feb + ")/(12+24)*$H2", nnuh.getCell(4).getCellFormula());
      assertEquals("MIN(" + jan + "/12," + feb + "/24)*$H2", nnuh.getCell(5).getCellFormula());
      assertEquals(1134 / 36.0 * 28, nnuh.getCell(4).getNumericCellValue(), 1e-9);
      assertEquals(754 / 24.0 * 28, nnuh.getCell(5).getNumericCellValue(), 1e-9);
      assertEquals(380 / 12.0 * 28, nnuh.getCell(6).getNumericCellValue(), 1e-9);
      assertEquals(31.5, nnuh.getCell(8).getNumericCellValue(), 1e-9);
      assertTrue(nnuh.getCell(9).getStringCellValue().endsWith(DAYS_SENTENCE));
      assertEquals(
          "("
              + jan.replace(",Data_table[Site (ODS code)],\"RM1\"", "")
              + "+"
              + feb.replace(",Data_table[Site (ODS code)],\"RM1\"", "")
              + ")/(12+24)*$H3",
          row(projection, "All sites").getCell(4).getCellFormula());
      assertEveryFormulaGivesItsCachedFigure(book, "Projection");
    }
  }

  @Test
  void the_history_divides_all_sites_by_the_days_with_figures_in_the_pdf_and_workbook()
      throws IOException {
    CliRun pack =
        CliRun.of("board-pack", "--as-of", AS_OF, "--data", DAY_MISSING, "--out", temp.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    String note =
        "No return by day gives a figure for 19 January 2023: the rates are worked over the 1 day"
            + " with figures (18 January 2023, 12 hours), not all 2";
    String pdf = pdfText(temp.resolve("board-pack.pdf"));
    // 380 over 1 day and 12 hours, not 190.0 and 15.8 over 2 days and 24 hours.
    assertTrue(
        pdf.contains(
            "Nursing strike, 18 and 19 January 2023 Nurses 24 [1] 1 [2] 380 380 380 380 over 1 day"
                + " 31.7 380 over 12 hours"),
        pdf);
    assertTrue(pdf.contains("[1] " + note + "."), pdf);
    // The all-sites figures lack a day of N&N's: partial, and which day, beside the sites count.
    String partial =
        "partial: N&N's figures lack 19 January 2023, a day its return by day has no row for (see"
            + " Data quality)";
    assertTrue(pdf.contains("[2] " + partial + "."), pdf);
    try (XSSFWorkbook book = workbook()) {
      Row jan = row(book.getSheet("History"), "rcn-2023-01");
      assertEquals(380, jan.getCell(7).getNumericCellValue(), 1e-9);
      assertEquals(1, jan.getCell(10).getNumericCellValue(), 1e-9);
      assertEquals(12, jan.getCell(11).getNumericCellValue(), 1e-9);
      assertEquals("H3/K3", jan.getCell(12).getCellFormula());
      assertEquals(380.0, jan.getCell(12).getNumericCellValue(), 1e-9);
      assertEquals("H3/L3", jan.getCell(13).getCellFormula());
      assertEquals(380 / 12.0, jan.getCell(13).getNumericCellValue(), 1e-9);
      assertEquals(note, jan.getCell(14).getStringCellValue());
      assertEquals(partial, jan.getCell(15).getStringCellValue());
      assertEquals(
          "every day of action",
          row(book.getSheet("History"), "rcn-2023-02").getCell(14).getStringCellValue());
      assertEveryFormulaGivesItsCachedFigure(book, "History");
    }
  }

  @Test
  void the_england_share_and_the_press_table_say_a_total_that_lacks_a_site_is_partial()
      throws IOException {
    String data = REDTEAM.resolve("nnuh-twice-two-formats").toString();
    CliRun pack =
        CliRun.of("board-pack", "--as-of", AS_OF, "--data", data, "--out", temp.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    String why = "N&N's 2 returns overlap and neither was counted (see Data quality)";
    String pdf = pdfText(temp.resolve("board-pack.pdf"));
    assertTrue(
        pdf.contains(
            "Beside England: 1,275 of the 175,122 rescheduled in England, 0.7% (England's figure"
                + " covers every trust that sent NHS England a return, the local figure only the"
                + " sites here that sent one). The local figure is partial: "
                + why
                + "."),
        pdf);
    try (XSSFWorkbook book = workbook()) {
      assertTrue(
          cellTexts(book.getSheet("England"))
              .contains("The local figure is partial: " + why + "."));
    }
    CliRun summary = CliRun.of("summary", "--as-of", AS_OF, "--wide", "--data", data);
    assertTrue(summary.out().contains("The local figure is partial: " + why + "."), summary.out());

    CliRun press =
        CliRun.of("press-briefing", "--as-of", AS_OF, "--data", data, "--out", temp.toString());
    assertEquals(0, press.exitCode(), press.err());
    String text = Files.readString(temp.resolve("press-briefing.txt"));
    assertTrue(text.contains("All hospitals (partial)"), text);
    assertTrue(
        text.replaceAll(" +", " ").contains("All hospitals (partial) 1,144 131 1,275"), text);
    assertTrue(
        text.contains(
            "rescheduled at 2 of the 3 hospitals in Norfolk and Waveney were 0.7% of the"
                + " 175,122"),
        text);
    assertTrue(
        pdfText(temp.resolve("press-briefing.pdf"))
            .contains("All hospitals (partial) 1,144 131 1,275"));
  }

  @Test
  void a_suppressed_cell_marks_its_site_and_every_total_with_it_partial() throws IOException {
    String data = REDTEAM.resolve("qeh-suppressed").toString();
    String cells = "returns/RCX/qeh-junior-doctors-march-2023.csv, cells D3, D5, D6, D7, D8 and D9";
    CliRun summary = CliRun.of("summary", "--as-of", AS_OF, "--wide", "--data", data);
    assertEquals(0, summary.exitCode(), summary.err());
    assertTrue(
        summary
            .squeezed()
            .contains(
                "QEH 882 23 n/a 905 19% 301.7 12.6 partial: 6 cells withheld as small numbers ("
                    + cells
                    + ") not counted; see Data quality"),
        summary.out());
    String allSites =
        "partial: QEH's figures lack 6 cells withheld as small numbers ("
            + cells
            + "); see Data quality";
    assertTrue(
        summary.squeezed().contains("All sites 4,120 579 n/a 4,699 100% 1,566.3 65.3 " + allSites),
        summary.out());

    CliRun pack =
        CliRun.of("board-pack", "--as-of", AS_OF, "--data", data, "--out", temp.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    assertTrue(
        pack.out()
            .contains("4,699 rescheduled in all (partial: QEH's figures lack 6 cells withheld"),
        pack.out());
    String pdf = pdfText(temp.resolve("board-pack.pdf"));
    // The cover's box: every site sent figures, so "across all reporting sites", and partial.
    // (A file's name may break at its hyphens, so the cells are matched apart from it.)
    assertTrue(
        pdf.contains(
            "4,699 appointments and procedures rescheduled across all reporting sites because of the"
                + " junior doctors' strike of 13 to 15 March 2023. The total is partial: QEH's"
                + " figures lack 6 cells withheld as small numbers (returns/RCX/qeh-"),
        pdf);
    assertTrue(pdf.contains("cells D3, D5, D6, D7, D8 and D9); see Data quality."), pdf);
    try (XSSFWorkbook book = workbook()) {
      assertEquals(
          allSites, row(book.getSheet("Summary"), "All sites").getCell(2).getStringCellValue());
      assertTrue(
          row(book.getSheet("Summary"), "QEH")
              .getCell(2)
              .getStringCellValue()
              .startsWith("partial: 6 cells withheld as small numbers"));
    }
    CliRun press =
        CliRun.of("press-briefing", "--as-of", AS_OF, "--data", data, "--format", "text");
    assertTrue(
        press
            .out()
            .contains(
                "Queen Elizabeth Hospital, King's Lynn (QEH), 905 (partial: its figures lack 6 cells"
                    + " withheld as small numbers)"),
        press.out());
    assertTrue(
        press
            .out()
            .contains(
                "The figure for Norfolk and Waveney is partial: the figures of Queen Elizabeth"
                    + " Hospital, King's Lynn lack 6 cells withheld as small numbers."),
        press.out());
    assertFalse(press.out().contains("could not be read"), press.out());
    assertTrue(
        press
            .out()
            .contains(
                "the 4,699 appointments and procedures rescheduled in Norfolk and Waveney, a partial"
                    + " figure (see the note on sources), were 2.7% of the 175,122"),
        press.out());
  }

  @Test
  void a_site_that_took_part_and_sent_no_return_reads_no_return_never_not_applicable()
      throws IOException {
    CliRun pack =
        CliRun.of(
            "board-pack",
            "--data",
            REDTEAM.resolve("dst-actions").toString(),
            "--as-of",
            "2024-04-03",
            "--action",
            "test-autumn-2023",
            "--out",
            temp.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    String pdf = pdfText(temp.resolve("board-pack.pdf"));
    assertTrue(pdf.contains("n/a: no return \u2014 took part; no return received."), pdf);
    assertFalse(pdf.contains("not applicable \u2014 took part"), pdf);
    assertTrue(pdf.contains("QEH no return no return no return: took part in the"), pdf);
    assertFalse(pdf.contains("not applicable: took part"), pdf);
    // Did not take part is still not applicable.
    assertTrue(
        pdf.contains("n/a: not applicable \u2014 the return gave outpatient and inpatient"), pdf);
    try (XSSFWorkbook book = workbook()) {
      assertEquals(
          "no return: took part in the junior doctors' strike but sent no return",
          row(book.getSheet("Comparison"), "QEH").getCell(1).getStringCellValue());
    }
  }

  // --- helpers ---

  private XSSFWorkbook workbook() throws IOException {
    return new XSSFWorkbook(Files.newInputStream(temp.resolve("board-pack.xlsx")));
  }

  /** The row whose first cell is {@code label}. */
  private static Row row(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && label.equals(first.getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row for " + label + " on " + sheet.getSheetName());
  }

  private static java.util.List<String> cellTexts(Sheet sheet) {
    java.util.List<String> texts = new java.util.ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          texts.add(cell.getStringCellValue());
        }
      }
    }
    return texts;
  }

  /** Recalculated, every formula of the sheet gives the figure cached beside it: the PDF's. */
  private static void assertEveryFormulaGivesItsCachedFigure(XSSFWorkbook book, String sheet) {
    XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
    int formulas = 0;
    for (Row row : book.getSheet(sheet)) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.FORMULA
            && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
          double cached = cell.getNumericCellValue();
          assertEquals(
              cached,
              evaluator.evaluate(cell).getNumberValue(),
              1e-9 * Math.max(1, Math.abs(cached)),
              sheet + "!" + cell.getAddress() + " " + cell.getCellFormula());
          formulas++;
        }
      }
    }
    assertTrue(formulas > 0, "no formula on " + sheet);
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      // Lines joined and spaces squeezed, so a phrase matches wherever the layout breaks it.
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
