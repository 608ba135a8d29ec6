package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * One {@link ShownCells} remembers styles and formatted figures across a sheet: what it says of a
 * cell is still what that cell alone shows, whatever cells came before it.
 */
class ShownCellsTest {
  @Test
  void the_same_figure_in_two_formats_and_styles_is_shown_as_each_says() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("s");
      XSSFCellStyle plain = wb.createCellStyle();
      plain.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
      XSSFCellStyle bold = wb.createCellStyle();
      XSSFFont font = wb.createFont();
      font.setBold(true);
      font.setFontHeightInPoints((short) 14);
      bold.setFont(font);
      bold.setWrapText(true);
      bold.setIndention((short) 2);
      bold.setDataFormat(wb.createDataFormat().getFormat("0.0_0"));
      Row row = sheet.createRow(0);
      Cell[] cells = new Cell[4];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = row.createCell(c);
        cells[c].setCellStyle(c % 2 == 0 ? plain : bold);
      }
      cells[0].setCellValue(12345);
      cells[1].setCellValue(12345);
      cells[2].setCellValue("text in the plain style");
      cells[3].setCellValue("text in the bold style");

      ShownCells shown = new ShownCells();
      for (int round = 0; round < 2; round++) {
        for (Cell cell : cells) {
          assertEquals(
              ColumnWidths.shown(cell), shown.shown(cell), "column " + cell.getColumnIndex());
        }
      }
      assertEquals("12,345", shown.text(cells[0]));
      assertEquals("12345.0", shown.text(cells[1]));
      assertEquals(3, shown.shown(cells[1]).indent(), "a figure's _0 asks an indent's room");
      assertEquals(2, shown.shown(cells[3]).indent(), "text is not a figure");
    }
  }
}
