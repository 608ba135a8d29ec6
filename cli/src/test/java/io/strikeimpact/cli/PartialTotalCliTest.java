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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red-team cases of 4 December 2026 (src/test/resources/redteam): an all-sites total that lacks a
 * site that took part is said to be partial, with the site and why, in every output that gives it
 * (terminal, press briefing, cover, executive summary, workbook, forecast); a press briefing under
 * --site or --type names what it covers; and a site whose returns came and could not be counted has
 * "no figure", never "not applicable".
 */
class PartialTotalCliTest {
  private static final Path REDTEAM = Path.of("src/test/resources/redteam");
  private static final String AS_OF = "2023-04-03";
  private static final String MARCH = "the junior doctors' strike of 13 to 15 March 2023";

  @TempDir Path temp;

  @Test
  void two_overlapping_returns_make_every_all_sites_figure_partial_and_name_the_site() {
    String data = REDTEAM.resolve("nnuh-twice-two-formats").toString();
    CliRun summary = CliRun.of("summary", "--data", data, "--as-of", AS_OF, "--wide");
    assertEquals(0, summary.exitCode(), summary.err());
    assertTrue(
        summary
            .squeezed()
            .contains(
                "All sites 1,144 131 n/a 1,275 100% 425.0 17.7 partial: N&N's 2 returns"
                    + " overlap and neither was counted (see Data quality)"),
        summary.out());

    CliRun press =
        CliRun.of("press-briefing", "--data", data, "--as-of", AS_OF, "--format", "text");
    assertEquals(0, press.exitCode(), press.err());
    String text = press.out();
    assertTrue(
        text.contains(
            "More than 1,200 appointments and procedures were rescheduled at 2 of the 3"
                + " hospitals in Norfolk and Waveney because of "
                + MARCH
                + "."),
        text);
    assertTrue(
        text.contains(
            "Queen Elizabeth Hospital, King's Lynn and James Paget University Hospital, Gorleston"
                + " rescheduled 1,275 appointments and procedures because of "
                + MARCH
                + ", according to their returns. The figure for Norfolk and Waveney is partial:"
                + " the 2 returns of Norfolk and Norwich University Hospital overlap and neither"
                + " was counted."),
        text);
    assertTrue(
        text.contains(
            "It leaves out Norfolk and Norwich University Hospital, which has no figures for a"
                + " comparable past strike."),
        text);
    assertTrue(text.contains("the 1,275 appointments and procedures rescheduled at 2 of"), text);
    assertFalse(text.contains("the 3 trusts"), text);
    assertFalse(text.contains("Hospitals in Norfolk and Waveney rescheduled"), text);

    CliRun forecast = CliRun.of("forecast", "--data", data, "--as-of", AS_OF, "--wide");
    assertTrue(
        forecast
            .squeezed()
            .contains(
                "It leaves out N&N, which has no figures for "
                    + MARCH
                    + ", so the estimate is partial."),
        forecast.out());
  }

  @Test
  void the_board_pack_says_its_total_is_partial_on_the_cover_in_the_summary_and_the_workbook()
      throws IOException {
    String data = REDTEAM.resolve("nnuh-twice-two-formats").toString();
    CliRun pack =
        CliRun.of("board-pack", "--data", data, "--as-of", AS_OF, "--out", temp.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    assertTrue(
        pack.out()
            .contains(
                "1,275 rescheduled in all (partial: N&N's 2 returns overlap and neither was"
                    + " counted); 2 reconciliation warnings, 0 returns that could not be read, 2"
                    + " returns that overlap and were not counted, 0 rows rejected (see Data"
                    + " quality)."),
        pack.out());
    String pdf = pdfText(temp.resolve("board-pack.pdf"));
    assertTrue(
        pdf.contains(
            "1,275 appointments and procedures rescheduled at QEH and JPUH because of "
                + MARCH
                + ". The total is partial: N&N's 2 returns overlap and neither was counted (see"
                + " Data quality)."),
        pdf);
    assertFalse(pdf.contains("across all reporting sites"), pdf);
    assertTrue(
        pdf.contains(
            "Hospitals in Norfolk and Waveney that sent figures rescheduled 1,275 appointments and"
                + " procedures because of "
                + MARCH
                + ": QEH 932 (73%) and JPUH 343 (27%). The total is partial: N&N's 2 returns"
                + " overlap and neither was counted (see Data quality)."),
        pdf);
    assertTrue(
        pdf.contains("All sites: partial: N&N's 2 returns overlap and neither was counted"), pdf);
    assertTrue(pdf.contains("No site has figures for both " + MARCH), pdf);
    assertFalse(pdf.contains("No site sent returns for both"), pdf);
    assertTrue(
        pdf.contains(
            "It leaves out N&N, which has no figures for "
                + MARCH
                + ", so the estimate is partial."),
        pdf);
    // N&N took part and sent returns: its footnote is no figure, never not applicable.
    assertTrue(pdf.contains("n/a: no figure \u2014 2 returns overlap; neither counted"), pdf);
    assertFalse(pdf.contains("not applicable \u2014 two returns overlap"), pdf);
    assertTrue(pdf.contains("no figure: 2 returns overlap; neither counted"), pdf);
    assertFalse(pdf.contains("not applicable: two returns overlap"), pdf);
    try (XSSFWorkbook book =
        new XSSFWorkbook(Files.newInputStream(temp.resolve("board-pack.xlsx")))) {
      assertEquals(
          "partial: N&N's 2 returns overlap and neither was counted (see Data quality)",
          column(book.getSheet("Summary"), "All sites", 2));
      assertEquals(
          "no figure: 2 returns overlap; neither counted (see Data quality):"
              + " returns/RM1/nnuh-junior-doctors-march-2023.csv and"
              + " returns/RM1/nnuh-junior-doctors-march-2023.xlsx, so has no figures for the junior"
              + " doctors' strike",
          column(book.getSheet("Comparison"), "N&N", 1));
      // QEH did not take part in the nursing strikes: that is not applicable.
      assertEquals("not applicable", column(book.getSheet("Comparison"), "QEH", 1));
    }
  }

  @Test
  void a_refused_return_makes_the_total_partial_in_the_terminal_and_the_press_lead() {
    String data = REDTEAM.resolve("qeh-refused").toString();
    CliRun summary = CliRun.of("summary", "--data", data, "--as-of", AS_OF, "--wide");
    assertTrue(
        summary
            .squeezed()
            .contains(
                "All sites 3,238 556 n/a 3,794 100% 1,264.7 52.7 partial: QEH's return could not"
                    + " be read (see Data quality)"),
        summary.out());
    CliRun press =
        CliRun.of("press-briefing", "--data", data, "--as-of", AS_OF, "--format", "text");
    assertTrue(
        press
            .out()
            .contains(
                "Norfolk and Norwich University Hospital and James Paget University Hospital,"
                    + " Gorleston rescheduled 3,794 appointments and procedures because of "
                    + MARCH
                    + ", according to their returns. The figure for Norfolk and Waveney is"
                    + " partial: the return of Queen Elizabeth Hospital, King's Lynn could not be"
                    + " read."),
        press.out());
    assertFalse(press.out().contains("according to the returns of the"), press.out());
  }

  @Test
  void sites_that_took_part_and_sent_no_return_make_the_total_partial() {
    CliRun summary =
        CliRun.of(
            "summary",
            "--data",
            REDTEAM.resolve("dst-actions").toString(),
            "--as-of",
            "2024-04-03",
            "--action",
            "test-autumn-2023",
            "--wide");
    assertEquals(0, summary.exitCode(), summary.err());
    assertTrue(
        summary
            .squeezed()
            .contains(
                "All sites 980 n/a n/a 980 100% 490.0 20.0 partial: QEH and JPUH took part but"
                    + " sent no return"),
        summary.out());
  }

  @Test
  void a_press_briefing_for_one_site_names_the_site_not_the_area() {
    CliRun press =
        CliRun.of("press-briefing", "--as-of", AS_OF, "--format", "text", "--site", "QEH");
    assertEquals(0, press.exitCode(), press.err());
    assertTrue(
        press
            .out()
            .contains(
                "More than 930 appointments and procedures were rescheduled at Queen Elizabeth"
                    + " Hospital, King's Lynn because of "
                    + MARCH
                    + "."),
        press.out());
    assertTrue(
        press
            .out()
            .contains(
                "Queen Elizabeth Hospital, King's Lynn rescheduled 932 appointments and procedures"
                    + " because of "
                    + MARCH
                    + ", according to the trust's return."),
        press.out());
    assertFalse(press.out().contains("rescheduled in Norfolk and Waveney"), press.out());
  }

  @Test
  void a_press_briefing_for_one_activity_type_names_the_type_not_all_activity() {
    CliRun press =
        CliRun.of("press-briefing", "--as-of", AS_OF, "--format", "text", "--type", "outpatient");
    assertEquals(0, press.exitCode(), press.err());
    assertTrue(
        press
            .out()
            .contains(
                "More than 4,100 outpatient appointments were rescheduled in Norfolk and Waveney"
                    + " because of "
                    + MARCH
                    + "."),
        press.out());
    assertTrue(
        press
            .out()
            .contains(
                "Hospitals in Norfolk and Waveney rescheduled 4,120 outpatient appointments"
                    + " because of "
                    + MARCH
                    + ", according to the returns of the 3 trusts."),
        press.out());
    assertFalse(press.out().contains("4,120 appointments and procedures"), press.out());
  }

  /** The cell in {@code column} of the row whose first cell is {@code label}. */
  private static String column(Sheet sheet, String label, int column) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
        return row.getCell(column).getStringCellValue();
      }
    }
    throw new AssertionError("no row for " + label + " on " + sheet.getSheetName());
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      // Lines joined and spaces squeezed, so a phrase matches wherever the layout breaks it.
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
