package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A sum over any number of sites is a formula Excel accepts, with the right value. */
class SumOfRowsTest {
  @Test
  void runs_of_rows_become_ranges() {
    assertEquals("SUM(B6:B8,B10)", ComparisonSheet.sumOfRows(List.of(5, 7, 6, 9), 1));
    assertEquals("B6", ComparisonSheet.sumOfRows(List.of(5), 1));
    assertEquals("SUM(B6:B7)", ComparisonSheet.sumOfRows(List.of(5, 6), 1));
  }

  @Test
  void a_thousand_scattered_sites_sum_right_under_the_255_argument_limit() throws Exception {
    // Every other row, so no two rows make a range: 1,000 arguments before nesting.
    List<Integer> rows = IntStream.range(0, 1000).map(i -> 1 + 2 * i).boxed().toList();
    String formula = ComparisonSheet.sumOfRows(rows, 1);
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet();
      long expected = 0;
      for (int r : rows) {
        sheet.createRow(r).createCell(1).setCellValue(r);
        expected += r;
      }
      Row top = sheet.createRow(0);
      Cell sum = top.createCell(0);
      sum.setCellFormula(formula);
      double value = wb.getCreationHelper().createFormulaEvaluator().evaluate(sum).getNumberValue();
      assertEquals(expected, (long) value);
    }
  }
}
