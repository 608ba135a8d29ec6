package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the Projection sheet sets the estimate the earlier actions gave for April beside what
 * April's returns say, read back with POI: counts are SUMIFS over the Data table, the difference
 * and its share are formulas of the cells beside them, and each recalculates to the model's figure.
 */
class EstimateAgainstOutcomeBlockTest {
  private static final double TOLERANCE = 1e-9;

  @Test
  void the_projection_sheet_has_the_block_with_formulas_that_recalculate_to_the_models_figures()
      throws IOException {
    try (XSSFWorkbook wb =
        LiveWorkbookTest.readBack(
            LiveWorkbookTest.write(new BoardPackWorkbook(), StoryData.withAprilReturns()))) {
      XSSFSheet s = wb.getSheet(ProjectionSheet.NAME);
      Row heading = rowStartingWith(s, EstimateAgainstOutcomeBlock.HEADING);
      assertEquals(
          "Estimate against outcome: the junior doctors' strike of 11 to 14 April 2023 (96 hours)",
          heading.getCell(0).getStringCellValue());
      int h = heading.getRowNum();
      assertEquals("Estimated", s.getRow(h + 1).getCell(2).getStringCellValue());

      Row nn = s.getRow(h + 2);
      assertEquals("N&N", nn.getCell(0).getStringCellValue());
      assertEquals("RM1", nn.getCell(1).getStringCellValue());
      assertEquals(4601.33, nn.getCell(2).getNumericCellValue(), 0.01);
      // Issue 13: the estimate is worked from March's counts on the Data sheet, not typed in.
      assertEquals(
          "SUMIFS(Data_table[Count],Data_table[Action id],\"bma-jd-2023-03\","
              + "Data_table[Site (ODS code)],\"RM1\")/72*96",
          nn.getCell(2).getCellFormula());
      assertEquals(
          "SUMIFS(Data_table[Count],Data_table[Action id],\"bma-jd-2023-04\","
              + "Data_table[Site (ODS code)],\"RM1\")",
          nn.getCell(3).getCellFormula());
      assertEquals(4900, nn.getCell(3).getNumericCellValue(), TOLERANCE);
      String d = "D" + (h + 3);
      String c = "C" + (h + 3);
      assertEquals(d + "-ROUND(" + c + ",0)", nn.getCell(4).getCellFormula());
      assertEquals(299, nn.getCell(4).getNumericCellValue(), TOLERANCE);
      assertEquals("E" + (h + 3) + "/ROUND(" + c + ",0)", nn.getCell(5).getCellFormula());
      assertEquals(299 / 4601.0, nn.getCell(5).getNumericCellValue(), TOLERANCE);
      assertEquals(
          "estimated 4,601; 4,900 rescheduled, 299 more (6%)", nn.getCell(6).getStringCellValue());

      Row all = s.getRow(h + 5);
      assertEquals("All sites", all.getCell(0).getStringCellValue());
      assertEquals("SUM(C" + (h + 3) + ":C" + (h + 5) + ")", all.getCell(2).getCellFormula());
      assertEquals("SUM(D" + (h + 3) + ":D" + (h + 5) + ")", all.getCell(3).getCellFormula());
      assertEquals(6050, all.getCell(3).getNumericCellValue(), TOLERANCE);
      assertEquals(-251, all.getCell(4).getNumericCellValue(), TOLERANCE);
      assertEquals(
          "estimated 6,301; 6,050 rescheduled, 251 fewer (4%)",
          all.getCell(6).getStringCellValue());
      assertTrue(
          s.getRow(h + 6).getCell(0).getStringCellValue().startsWith("What the earlier actions"));

      // Recalculated, every formula gives the figure the model cached.
      XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      for (int r = h + 2; r <= h + 5; r++) {
        for (Cell cell : s.getRow(r)) {
          if (cell.getCellType() == CellType.FORMULA) {
            double cached = cell.getNumericCellValue();
            assertEquals(
                cached,
                evaluator.evaluate(cell).getNumberValue(),
                1e-6,
                () -> cell.getAddress() + " " + cell.getCellFormula());
          }
        }
      }
      evaluator.evaluateAll();
      assertEquals(-251, all.getCell(4).getNumericCellValue(), TOLERANCE);
    }
  }

  @Test
  void without_an_estimate_against_outcome_the_projection_sheet_has_no_block() throws IOException {
    try (XSSFWorkbook wb =
        LiveWorkbookTest.readBack(
            LiveWorkbookTest.write(
                new BoardPackWorkbook(),
                ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request())))) {
      XSSFSheet s = wb.getSheet(ProjectionSheet.NAME);
      for (Row row : s) {
        Cell first = row.getCell(0);
        assertTrue(
            first == null
                || first.getCellType() != CellType.STRING
                || !first.getStringCellValue().startsWith(EstimateAgainstOutcomeBlock.HEADING),
            () -> "row " + (row.getRowNum() + 1));
      }
    }
  }

  private static Row rowStartingWith(XSSFSheet s, String prefix) {
    for (Row row : s) {
      Cell c = row.getCell(0);
      if (c != null
          && c.getCellType() == CellType.STRING
          && c.getStringCellValue().startsWith(prefix)) {
        return row;
      }
    }
    throw new AssertionError("no row starting \"" + prefix + "\" on " + s.getSheetName());
  }
}
