package io.strikeimpact.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.table.stream.XlsxAsUserModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A sheet's position counts the visible sheets, as a person counts the tabs they see: the red
 * team's JPUH workbook had a hidden "Draft v1" sheet first, with doubled figures, and the default
 * (sheet 1) read it. A hidden sheet is still read when the profile names it.
 */
class HiddenSheetTest {

  private static byte[] workbook(Workbook workbook) throws IOException {
    workbook.createSheet("Draft v1").createRow(0).createCell(0).setCellValue("draft");
    workbook.createSheet("Lookups").createRow(0).createCell(0).setCellValue("lookups");
    workbook.createSheet("Return").createRow(0).createCell(0).setCellValue("return");
    workbook.setSheetVisibility(0, SheetVisibility.HIDDEN);
    workbook.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
    workbook.setActiveSheet(2);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    workbook.close();
    return out.toByteArray();
  }

  private static String firstCell(byte[] bytes, SheetChoice choice) throws Exception {
    List<RawRow> rows = new ArrayList<>();
    new WorkbookTableReader().read(new ByteArrayInputStream(bytes), choice, rows::add);
    return rows.getFirst().sheet() + ": " + rows.getFirst().text(0);
  }

  @Test
  void sheet_one_is_the_first_visible_sheet_in_xlsx_read_either_way_and_in_xls() throws Exception {
    byte[] xlsx = workbook(new XSSFWorkbook());
    assertEquals("Return: return", firstCell(xlsx, SheetChoice.FIRST));
    List<RawRow> userModel = new ArrayList<>();
    WorkbookTableReader.readWithUserModel(
        new ByteArrayInputStream(xlsx), SheetChoice.FIRST, userModel::add);
    assertEquals("Return", userModel.getFirst().sheet());
    assertEquals(
        "Return", XlsxAsUserModel.read(xlsx, SheetChoice.FIRST).orElseThrow().getFirst().sheet());
    assertEquals("Return: return", firstCell(workbook(new HSSFWorkbook()), SheetChoice.FIRST));
  }

  @Test
  void a_hidden_sheet_named_in_the_profile_is_read() throws Exception {
    byte[] xlsx = workbook(new XSSFWorkbook());
    assertEquals("Draft v1: draft", firstCell(xlsx, new SheetChoice("Draft v1")));
    assertEquals("Lookups: lookups", firstCell(xlsx, new SheetChoice("lookups")));
  }
}
