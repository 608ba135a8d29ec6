package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The pack's workbook stores its formulas without POI checking them as they are written ({@link
 * BoardPackWorkbook#newWorkbook()}), so this checks them all afterwards: every formula cell of a
 * written pack parses, on the sheet and row it is on, as POI's check would have.
 */
class FormulasParseTest {

  @Test
  void every_formula_in_a_written_pack_parses() throws IOException {
    try (XSSFWorkbook workbook =
        LiveWorkbookTest.readBack(
            LiveWorkbookTest.write(
                new BoardPackWorkbook(),
                ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request())))) {
      XSSFEvaluationWorkbook parsing = XSSFEvaluationWorkbook.create(workbook);
      List<String> malformed = new ArrayList<>();
      int formulas = 0;
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        XSSFSheet sheet = workbook.getSheetAt(s);
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() != CellType.FORMULA) {
              continue;
            }
            formulas++;
            try {
              FormulaParser.parse(
                  cell.getCellFormula(), parsing, FormulaType.CELL, s, row.getRowNum());
            } catch (FormulaParseException e) {
              malformed.add(
                  sheet.getSheetName()
                      + "!"
                      + cell.getAddress()
                      + " "
                      + cell.getCellFormula()
                      + ": "
                      + e.getMessage());
            }
          }
        }
      }
      assertTrue(formulas > 50, "the pack has its live formulas, found " + formulas);
      assertEquals(List.of(), malformed);
    }
  }

  @Test
  void a_malformed_formula_is_caught_by_the_parse() throws IOException {
    try (XSSFWorkbook workbook = BoardPackWorkbook.newWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Summary");
      // Stored as given: the workbook does not check it ...
      sheet.createRow(0).createCell(0).setCellFormula("SUM(A2:A3");
      assertEquals("SUM(A2:A3", sheet.getRow(0).getCell(0).getCellFormula());
      // ... so the parse above is what catches it.
      boolean thrown = false;
      try {
        FormulaParser.parse(
            "SUM(A2:A3", XSSFEvaluationWorkbook.create(workbook), FormulaType.CELL, 0, 0);
      } catch (FormulaParseException e) {
        thrown = true;
      }
      assertTrue(thrown);
      assertFalse(workbook.getCellFormulaValidation());
    }
  }
}
