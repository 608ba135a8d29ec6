package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Reproducibility;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Table#createTable} builds its columns itself rather than through POI's {@code
 * createColumn}; the table's XML and the saved workbook must be the same bytes as POI's own {@code
 * sheet.createTable(area)} gives, with and without a header row on the sheet (the Data sheet's
 * header is streamed, so its table sheet has none), for one column and for many.
 */
class TableDeclarationTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 23})
  void the_table_is_the_one_poi_makes_over_a_written_header(int width) throws IOException {
    assertSame(width, true);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 23})
  void the_table_is_the_one_poi_makes_over_a_sheet_without_rows(int width) throws IOException {
    assertSame(width, false);
  }

  private static void assertSame(int width, boolean header) throws IOException {
    List<Column> columns =
        java.util.stream.IntStream.range(0, width)
            .mapToObj(c -> Column.of(c == 3 ? "Line\nbreak" : "Heading " + c, 10))
            .toList();
    BiFunction<XSSFSheet, Integer, XSSFTable> poi =
        (sheet, lastRow) ->
            sheet.createTable(
                new AreaReference(
                    new CellReference(0, 0),
                    new CellReference(lastRow, width - 1),
                    SpreadsheetVersion.EXCEL2007));
    BiFunction<XSSFSheet, Integer, XSSFTable> ours =
        (sheet, lastRow) -> Table.createTable(sheet, columns, lastRow);
    Written expected = write(columns, header, poi);
    Written actual = write(columns, header, ours);
    assertEquals(expected.tableXml(), actual.tableXml());
    assertArrayEquals(expected.bytes(), actual.bytes());
  }

  private record Written(String tableXml, byte[] bytes) {}

  /** Two tables on two sheets, made by {@code create}, then named as Table.declare names them. */
  private static Written write(
      List<Column> columns, boolean header, BiFunction<XSSFSheet, Integer, XSSFTable> create)
      throws IOException {
    try (XSSFWorkbook workbook = BoardPackWorkbook.newWorkbook()) {
      // Dated, so that the two workbooks differ only in how their tables were made.
      workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(0)));
      StringBuilder xml = new StringBuilder();
      for (String name : List.of("First", "Second")) {
        XSSFSheet sheet = workbook.createSheet(name);
        if (header) {
          XSSFRow row = sheet.createRow(0);
          for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellValue(columns.get(c).heading());
          }
          sheet.createRow(1).createCell(0).setCellValue("value");
        }
        XSSFTable table = create.apply(sheet, 3);
        table.setName(name + "_table");
        table.setDisplayName(name + "_table");
        for (int c = 0; c < columns.size(); c++) {
          table.getColumns().get(c).setName(columns.get(c).heading());
        }
        xml.append(table.getCTTable().xmlText());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Reproducibility.runWithSourceDateEpoch(() -> workbook.write(out));
      return new Written(xml.toString(), out.toByteArray());
    }
  }
}
