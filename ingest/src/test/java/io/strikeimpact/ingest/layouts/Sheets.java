package io.strikeimpact.ingest.layouts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a one-sheet workbook from rows of values, for layout tests: a String is text, unless it
 * starts with "=" (a formula, evaluated so its cached value is saved, as Excel does); a Number is a
 * number; a LocalDate a date cell formatted d-mmm-yy; null a blank cell.
 */
public final class Sheets {
  private Sheets() {}

  public static byte[] xlsx(String sheetName, Object[][] rows, String... merged) {
    return write(new XSSFWorkbook(), sheetName, rows, merged);
  }

  public static byte[] xls(String sheetName, Object[][] rows, String... merged) {
    return write(new HSSFWorkbook(), sheetName, rows, merged);
  }

  private static byte[] write(Workbook wb, String sheetName, Object[][] rows, String... merged) {
    try (wb) {
      Sheet sheet = wb.createSheet(sheetName);
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.createDataFormat().getFormat("d-mmm-yy"));
      for (int r = 0; r < rows.length; r++) {
        if (rows[r] == null) {
          continue;
        }
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(c);
          if (v instanceof String s && s.startsWith("=")) {
            cell.setCellFormula(s.substring(1));
          } else if (v instanceof String s) {
            cell.setCellValue(s);
          } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
          }
        }
      }
      for (String range : merged) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
