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
 * Red-team defects 3, 4, 5 and 7, end to end on the red team's own folders
 * (src/test/resources/redteam): the words the model gives a site's standing reach the terminal, the
 * PDF and the workbook alike.
 */
class SiteStandingCliTest {
  private static final Path REDTEAM = Path.of("src/test/resources/redteam");
  private static final String AS_OF = "2023-04-03";

  @TempDir Path temp;

  @Test
  void overlapping_returns_zeros_not_taking_part_and_rejected_rows_are_said_so_in_every_output()
      throws IOException {
    String data = REDTEAM.resolve("f-odd-counts").toString();
    CliRun summary = CliRun.of("summary", "--data", data, "--as-of", AS_OF, "--wide");
    assertEquals(0, summary.exitCode(), summary.err());
    String text = summary.squeezed();
    assertTrue(
        text.contains(
            "QEH n/a n/a n/a n/a n/a n/a n/a 2 returns overlap; neither counted (see Data"
                + " quality): returns/RCX/qeh-march.csv and returns/RCX/qeh-march.xlsx"),
        summary.out());
    assertTrue(
        text.contains(
            // "*" keeps its row, withheld; "-" and "n/a" say none: 6 rows of 12 are rejected.
            "N&N 1,995 0 n/a 1,995 85% 665.0 27.7 partial: 6 rows rejected"
                + " (returns/RM1/nnuh-march.csv); see Data quality; partial: 1 cell withheld as a"
                + " small number (returns/RM1/nnuh-march.csv, cell C4) not counted; see Data"
                + " quality"),
        summary.out());
    // JPUH's zeros for January are no figure: January has no returns here, and no 0.0% beside it.
    assertTrue(
        text.contains("18 and 19 January 2023 n/a 27,826 published n/a ended; no returns received"),
        summary.out());
    assertFalse(text.contains("0.0%"), summary.out());
    assertFalse(text.contains("rescheduled none"), summary.out());
    assertFalse(text.contains("took part; no return received"), summary.out());

    CliRun pack =
        CliRun.of("board-pack", "--data", data, "--as-of", AS_OF, "--out", temp.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    String pdf = pdfText(temp.resolve("board-pack.pdf"));
    assertTrue(pdf.contains("2 returns overlap; neither counted (see Data quality)"), pdf);
    assertTrue(pdf.contains("N&N: partial: 6 rows rejected (returns/RM1/nnuh-march.csv)"), pdf);
    assertTrue(pdf.contains("as far as the returns could be read"), pdf);
    assertFalse(pdf.contains("took part; no return received"), pdf);
    // History and England: January has no returns here (JPUH's zeros are no figure), so no total
    // of 0, no 0.0% and no bar for it.
    assertTrue(
        pdf.contains("Nursing strike, 18 and 19 January 2023 Nurses 24 ended; no returns received"),
        pdf);
    assertTrue(
        pdf.contains("18 and 19 January 2023 ended; no returns received 27,826 57,402"), pdf);
    assertTrue(
        pdf.contains(
            "The local acute total as a share of England's, action by action: Junior doctors,"
                + " March 2023, 1.3% (2,338 of 175,122, partial: QEH's 2 returns overlap and"
                + " neither was counted; N&N's figures lack 6 rows rejected"
                + " (returns/RM1/nnuh-march.csv) and 1 cell withheld as a small number"
                + " (returns/RM1/nnuh-march.csv, cell C4); JPUH's figures lack 14 and 15 March 2023, days"
                + " its return by day has no row for (see Data quality)). England's"),
        pdf);
    try (XSSFWorkbook book =
        new XSSFWorkbook(Files.newInputStream(temp.resolve("board-pack.xlsx")))) {
      assertEquals(
          "2 returns overlap; neither counted (see Data quality): returns/RCX/qeh-march.csv and"
              + " returns/RCX/qeh-march.xlsx",
          status(book.getSheet("Summary"), "QEH"));
      assertEquals(
          "partial: 6 rows rejected (returns/RM1/nnuh-march.csv); see Data quality; partial: 1"
              + " cell withheld as a small number (returns/RM1/nnuh-march.csv, cell C4) not"
              + " counted; see Data quality",
          status(book.getSheet("Summary"), "N&N"));
    }
  }

  @Test
  void every_return_refused_is_returns_received_none_read_for_all_sites() {
    CliRun r =
        CliRun.of(
            "summary",
            "--data",
            REDTEAM.resolve("g-refused-partway").toString(),
            "--as-of",
            AS_OF,
            "--action",
            "bma-jd-2023-03",
            "--wide");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.squeezed()
            .contains(
                "All sites n/a n/a n/a n/a n/a n/a n/a returns received from N&N, QEH and JPUH,"
                    + " but none could be read (see Data quality)"),
        r.out());
  }

  @Test
  void figures_of_an_earlier_return_say_the_later_revision_could_not_be_read() {
    CliRun r =
        CliRun.of(
            "summary",
            "--data",
            REDTEAM.resolve("l-revision-damaged").toString(),
            "--as-of",
            AS_OF,
            "--wide");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.squeezed()
            .contains(
                "QEH 800 40 n/a 840 100% 280.0 11.7 later revision could not be read"
                    + " (returns/RCX/qeh-2023-03-27.csv); earlier figures used"
                    + " (returns/RCX/qeh-2023-03-20.csv)"),
        r.out());
  }

  @Test
  void a_stated_zero_for_a_site_that_did_not_take_part_is_not_checked_nor_counted_as_disagreeing() {
    CliRun r =
        CliRun.of(
            "validate",
            "--data",
            REDTEAM.resolve("i-icb-summary-names").toString(),
            "--as-of",
            AS_OF,
            "--wide");
    String text = r.squeezed();
    assertTrue(
        text.contains(
            "cell D7 states 0 for the nursing strike of 18 and 19 January 2023, QEH; not checked"
                + " (did not take part): QEH did not take part in it."),
        r.out());
    assertTrue(
        // 9: the rows naming N&N and QEH by name are read since red-team finding 13, and agree.
        text.contains("2 of 9 stated totals do not agree with their parts, 1 not checked"),
        r.out());
  }

  /** The Status cell (column C) of the site's row on the Summary sheet. */
  private static String status(Sheet sheet, String site) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && site.equals(row.getCell(0).getStringCellValue())) {
        return row.getCell(2).getStringCellValue();
      }
    }
    throw new AssertionError("no row for " + site + " on " + sheet.getSheetName());
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      // Lines joined and spaces squeezed, so a phrase matches wherever the layout breaks it.
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
