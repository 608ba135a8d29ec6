package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red team, 5 December 2026, item 1: QEH's March return was refused (redteam/qeh-refused, its
 * workbook damaged), and the reconciliation said of the ICB's 932 for QEH "no returns cover it",
 * checked the ICB's 4,736 for all sites against the other two returns as if they were all ("a
 * difference of 942"), and the England share said the running total "lacks returns" from QEH. A
 * refused return is never called no return: each output names the file and points to Data quality.
 */
class RefusedReturnWordingCliTest {
  private static final String DATA = "src/test/resources/redteam/qeh-refused";
  private static final String AS_OF = "2023-04-03";
  private static final String FILE = "returns/RCX/qeh-junior-doctors-march-2023.xlsx";
  private static final String QEH_TOTAL =
      "cell D4 states 932 for the junior doctors' strike of 13 to 15 March 2023, QEH; not checked:"
          + " the return for this site ("
          + FILE
          + ") was refused; see Data quality.";
  private static final String ALL_SITES =
      "cell D2 states 4,736 for the junior doctors' strike of 13 to 15 March 2023, all sites; not"
          + " checked: the return for QEH ("
          + FILE
          + ") was refused, so the other returns, which add to 3,794, lack its figures; see Data"
          + " quality.";
  private static final String RUNNING =
      "the local running total lacks figures for the junior doctors' strike of 13 to 15 March 2023"
          + " (QEH, whose return "
          + FILE
          + " was refused; see Data quality)";

  @TempDir Path temp;

  @Test
  void a_refused_return_is_named_and_never_no_return_in_the_pdf_workbook_and_terminal()
      throws IOException {
    CliRun pack =
        CliRun.of("board-pack", "--as-of", AS_OF, "--data", DATA, "--out", temp.toString());
    assertEquals(0, pack.exitCode(), pack.err());

    String pdf = pdfText(temp.resolve("board-pack.pdf"));
    assertTrue(pdf.contains(QEH_TOTAL), pdf);
    assertTrue(pdf.contains(ALL_SITES), pdf);
    assertTrue(pdf.contains(RUNNING), pdf);
    assertFalse(pdf.contains("no returns cover it"), pdf);
    assertFalse(pdf.contains("a difference of 942"), pdf);
    assertFalse(pdf.contains("lacks returns for"), pdf);

    try (XSSFWorkbook book =
        new XSSFWorkbook(Files.newInputStream(temp.resolve("board-pack.xlsx")))) {
      Sheet quality = book.getSheet("Data quality");
      Row qeh = rowContaining(quality, "cell D4 states 932");
      assertEquals("cannot be checked", qeh.getCell(1).getStringCellValue());
      assertTrue(qeh.getCell(5).getStringCellValue().endsWith(QEH_TOTAL));
      Row all = rowContaining(quality, "cell D2 states 4,736");
      assertEquals("cannot be checked", all.getCell(1).getStringCellValue());
      assertTrue(all.getCell(5).getStringCellValue().endsWith(ALL_SITES));
      assertEquals("n/a", all.getCell(8).getStringCellValue());
      for (Sheet sheet : book) {
        for (String text : cellTexts(sheet)) {
          assertFalse(text.contains("no returns cover it"), sheet.getSheetName() + ": " + text);
          assertFalse(text.contains("lacks returns for"), sheet.getSheetName() + ": " + text);
        }
      }
      assertTrue(cellTexts(book.getSheet("England")).stream().anyMatch(t -> t.contains(RUNNING)));
    }

    CliRun summary = CliRun.of("summary", "--as-of", AS_OF, "--data", DATA, "--wide");
    String out = summary.out().replaceAll("\\s+", " ");
    assertTrue(out.contains(QEH_TOTAL), summary.out());
    assertTrue(out.contains(ALL_SITES), summary.out());
    assertTrue(out.contains("n/a: local figures missing: " + RUNNING + "."), summary.out());
    assertFalse(out.contains("no returns cover it"), summary.out());
    assertFalse(out.contains("local returns missing"), summary.out());

    // The press briefing does not say a total checked against two of three returns differs.
    CliRun press =
        CliRun.of("press-briefing", "--as-of", AS_OF, "--data", DATA, "--format", "text");
    assertEquals(0, press.exitCode(), press.err());
    assertFalse(press.out().contains("A stated total differs"), press.out());
    assertFalse(press.out().contains("no return"), press.out());
  }

  private static Row rowContaining(Sheet sheet, String text) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
          return row;
        }
      }
    }
    throw new AssertionError("no row with " + text + " on " + sheet.getSheetName());
  }

  private static List<String> cellTexts(Sheet sheet) {
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          texts.add(cell.getStringCellValue());
        }
      }
    }
    return texts;
  }

  private static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      // Lines joined and spaces squeezed, so a phrase matches wherever the layout breaks it; a
      // file name broken after one of its hyphens is joined again.
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ").replace("- ", "-");
    }
  }
}
