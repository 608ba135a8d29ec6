package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import io.strikeimpact.reports.EnglandFixture;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the workbook's England sheet, read back with POI, from a national file of published,
 * blank, revised and derived figures ({@link EnglandFixture}). Rows 2 to 6 are December (no returns
 * here), January and February (England blank), March (the focus) and April (England derived).
 */
class EnglandSheetTest {
  private static final double EXACT = 1e-12;
  private static final int DECEMBER = 1;
  private static final int JANUARY = 2;
  private static final int FEBRUARY = 3;
  private static final int MARCH = 4;
  private static final int APRIL = 5;

  private XSSFWorkbook workbook;
  private XSSFSheet sheet;

  @BeforeEach
  void write() throws IOException {
    workbook =
        LiveWorkbookTest.readBack(
            LiveWorkbookTest.write(new BoardPackWorkbook(), EnglandFixture.analysis()));
    sheet = workbook.getSheet(EnglandSheet.NAME);
  }

  @AfterEach
  void close() throws IOException {
    workbook.close();
  }

  @Test
  void the_local_total_is_a_formula_over_the_data_sheet_and_the_share_a_formula_over_england() {
    Row march = sheet.getRow(MARCH);
    assertEquals("bma-jd-2023-03", march.getCell(EnglandSheet.ACTION_ID).getStringCellValue());
    assertEquals(
        "SUMIFS(Data_table[Count],Data_table[Action id],$A5)",
        march.getCell(EnglandSheet.HERE).getCellFormula());
    assertEquals(4_726, march.getCell(EnglandSheet.HERE).getNumericCellValue(), EXACT);
    assertEquals(175_122, march.getCell(EnglandSheet.ENGLAND).getNumericCellValue(), EXACT);
    assertEquals(
        17_866, march.getCell(EnglandSheet.ENGLAND_INPATIENT).getNumericCellValue(), EXACT);
    assertEquals(
        "IF(ISNUMBER(E5),IF(E5>0,G5/E5,\"n/a\"),\"not published\")",
        march.getCell(EnglandSheet.SHARE).getCellFormula());
    assertEquals(4_726.0 / 175_122, march.getCell(EnglandSheet.SHARE).getNumericCellValue(), EXACT);
    // Shown to one decimal place, as the pack says it.
    Cell share = march.getCell(EnglandSheet.SHARE);
    assertEquals(
        "2.7%",
        new DataFormatter()
            .formatRawCellContents(
                share.getNumericCellValue(),
                share.getCellStyle().getDataFormat(),
                share.getCellStyle().getDataFormatString()));
    // The running total adds each action to the last above with returns, as History does.
    assertEquals("G5+J4", march.getCell(EnglandSheet.HERE_CUMULATIVE).getCellFormula());
    assertEquals(
        "G3", sheet.getRow(JANUARY).getCell(EnglandSheet.HERE_CUMULATIVE).getCellFormula());
    assertEquals(
        "IF(ISNUMBER(I5),IF(I5>0,J5/I5,\"n/a\"),\"not published\")",
        march.getCell(EnglandSheet.CUMULATIVE_SHARE).getCellFormula());
    assertEquals(
        6_232.0 / 275_321,
        march.getCell(EnglandSheet.CUMULATIVE_SHARE).getNumericCellValue(),
        EXACT);
  }

  @Test
  void evaluating_the_formulas_gives_the_shares_and_not_published_where_england_is_blank() {
    XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    CellValue march = evaluator.evaluate(sheet.getRow(MARCH).getCell(EnglandSheet.SHARE));
    assertEquals(4_726.0 / 175_122, march.getNumberValue(), EXACT);
    assertEquals(
        6_232.0 / 275_321,
        evaluator
            .evaluate(sheet.getRow(MARCH).getCell(EnglandSheet.CUMULATIVE_SHARE))
            .getNumberValue(),
        EXACT);
    for (int r : List.of(JANUARY, FEBRUARY)) {
      Row row = sheet.getRow(r);
      assertEquals("not published", row.getCell(EnglandSheet.ENGLAND).getStringCellValue());
      assertEquals(
          CellType.STRING, row.getCell(EnglandSheet.SHARE).getCachedFormulaResultType(), "cached");
      assertEquals("not published", row.getCell(EnglandSheet.SHARE).getStringCellValue());
      CellValue share = evaluator.evaluate(row.getCell(EnglandSheet.SHARE));
      assertEquals(CellType.STRING, share.getCellType());
      assertEquals("not published", share.getStringValue());
      assertEquals(
          "not published",
          evaluator.evaluate(row.getCell(EnglandSheet.CUMULATIVE_SHARE)).getStringValue());
    }
    assertEquals(
        752 + 754,
        evaluator
            .evaluate(sheet.getRow(FEBRUARY).getCell(EnglandSheet.HERE_CUMULATIVE))
            .getNumberValue(),
        EXACT);
  }

  @Test
  void a_share_recalculates_when_a_count_changes_and_reads_not_published_when_england_is_cleared() {
    XSSFSheet data = workbook.getSheet(DataSheet.NAME);
    for (Row row : data) {
      if (row.getRowNum() > 0
          && row.getCell(0).getStringCellValue().equals("RM1")
          && row.getCell(2).getStringCellValue().equals("bma-jd-2023-03")
          && row.getCell(4).getStringCellValue().equals("Outpatient")) {
        row.getCell(7).setCellValue(3_976);
      }
    }
    XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    Cell share = sheet.getRow(MARCH).getCell(EnglandSheet.SHARE);
    assertEquals(5_726.0 / 175_122, evaluator.evaluate(share).getNumberValue(), EXACT);
    // An analyst who blanks England's cell gets "not published", not 0 nor #DIV/0!.
    sheet.getRow(MARCH).getCell(EnglandSheet.ENGLAND).setBlank();
    evaluator.clearAllCachedResultValues();
    CellValue blank = evaluator.evaluate(share);
    assertEquals(CellType.STRING, blank.getCellType());
    assertEquals("not published", blank.getStringValue());
  }

  @Test
  void each_of_englands_figures_says_how_it_is_known_and_where_it_comes_from() {
    Row march = sheet.getRow(MARCH);
    assertEquals("published", march.getCell(EnglandSheet.HOW_KNOWN).getStringCellValue());
    assertEquals(
        LocalDate.of(2023, 4, 17),
        march.getCell(EnglandSheet.RELEASE_DATE).getLocalDateTimeCellValue().toLocalDate());
    assertEquals(
        "NHS England press release", march.getCell(EnglandSheet.SOURCE).getStringCellValue());
    assertEquals(
        "reference/england.csv, row 6 (release of 2023-04-17)",
        march.getCell(EnglandSheet.ROW).getStringCellValue());
    assertEquals(
        "reference/england.csv, cell F6, release of 2023-04-17",
        march.getCell(EnglandSheet.ENGLAND_FROM).getStringCellValue());
    assertEquals(
        "reference/england.csv, cell J6, release of 2023-04-17",
        march.getCell(EnglandSheet.CUMULATIVE_FROM).getStringCellValue());

    Row april = sheet.getRow(APRIL);
    assertEquals(196_225, april.getCell(EnglandSheet.ENGLAND).getNumericCellValue(), EXACT);
    assertEquals(
        "derived by subtraction, not published",
        april.getCell(EnglandSheet.HOW_KNOWN).getStringCellValue());
    assertEquals(
        "derived by subtraction, not published: 196,225 = the cumulative 471,546 to"
            + " bma-jd-2023-04 (reference/england.csv, cell J7) minus the cumulative 275,321 to"
            + " bma-jd-2023-03 (reference/england.csv, cell J6)",
        april.getCell(EnglandSheet.ENGLAND_FROM).getStringCellValue());
    assertEquals(
        "not published", april.getCell(EnglandSheet.ENGLAND_OUTPATIENT).getStringCellValue());
    // No returns here for April (announced) or December: the status, not a figure.
    assertEquals(
        "announced; not yet started", april.getCell(EnglandSheet.HERE).getStringCellValue());
    assertEquals(
        "ended; no returns received",
        sheet.getRow(DECEMBER).getCell(EnglandSheet.SHARE).getStringCellValue());
  }

  @Test
  void nothing_unpublished_becomes_0_anywhere_on_the_sheet() {
    XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    List<String> zeros = new ArrayList<>();
    for (int r = 1; r <= APRIL; r++) {
      for (Cell cell : sheet.getRow(r)) {
        boolean number =
            cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA
                    && evaluator.evaluate(cell).getCellType() == CellType.NUMERIC;
        if (number
            && (cell.getCellType() == CellType.NUMERIC
                    ? cell.getNumericCellValue()
                    : evaluator.evaluate(cell).getNumberValue())
                == 0) {
          zeros.add(cell.getAddress().formatAsString());
        }
      }
    }
    assertEquals(List.of(), zeros);
  }

  @Test
  void below_the_table_the_focus_shares_the_caveat_and_the_check_that_fails() {
    List<String> lines = new ArrayList<>();
    for (int r = APRIL + 2; r <= sheet.getLastRowNum(); r++) {
      lines.add(sheet.getRow(r).getCell(0).getStringCellValue());
    }
    assertEquals(EnglandSheet.BELOW_HEADING, lines.getFirst());
    assertTrue(
        lines.contains(
            "Focus, acute total (inpatient and outpatient): 4,726 of the 175,122 rescheduled in"
                + " England, 2.7% (England's figure: reference/england.csv, cell F6, release of"
                + " 2023-04-17)."),
        lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("Check:") && l.contains("(difference +24)")),
        lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("Revised: bma-jd-2023-03 revised")),
        lines.toString());
  }

  @Test
  void without_a_national_file_the_sheet_says_so() throws IOException {
    try (XSSFWorkbook story =
        LiveWorkbookTest.readBack(
            LiveWorkbookTest.write(
                new BoardPackWorkbook(),
                ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request())))) {
      XSSFSheet s = story.getSheet(EnglandSheet.NAME);
      assertTrue(s.getRow(1).getCell(0).getStringCellValue().startsWith("No national figures"));
    }
  }
}
