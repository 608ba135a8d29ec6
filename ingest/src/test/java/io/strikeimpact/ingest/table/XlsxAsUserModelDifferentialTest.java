package io.strikeimpact.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.strikeimpact.ingest.table.stream.XlsxAsUserModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Holds the streamed reading of an xlsx ({@link XlsxAsUserModel}) to POI's user model, the reader
 * it stands in for: whenever it gives rows, they are the user model's rows, cell for cell (text as
 * shown, number, date); when a workbook has a shape it does not read, it gives none and the user
 * model reads the file. Checked on every xlsx in the repository (written by Excel-like tools,
 * LibreOffice, Gnumeric, openpyxl, XlsxWriter, the Open XML SDK, the red team) and on thousands of
 * random workbooks.
 */
class XlsxAsUserModelDifferentialTest {
  private static final String[] FORMATS = {
    "General",
    "0",
    "0.00",
    "#,##0",
    "#,##0.00",
    "0%",
    "0.0%",
    "#,##0 ;(#,##0)",
    "_-* #,##0_-;-* #,##0_-;_-* \"-\"_-;_-@_-",
    "0.0 \"days\"",
    "# ?/?",
    "0.00E+00",
    "@",
    "[Red]#,##0;[Blue]-#,##0",
    "[>=1000]#,##0;0",
    "dd/mm/yyyy",
    "d-mmm-yy",
    "d mmmm yyyy",
    "yyyy-mm-dd",
    "dd/mm/yyyy hh:mm",
    "m/d/yy",
    "hh:mm",
    "[h]:mm:ss",
    "£#,##0.00",
  };

  @Test
  void every_xlsx_in_the_repository_reads_as_the_user_model_reads_it() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(p -> p.toString().matches(".*\\.(xlsx|xlsm)$"))
              .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
              .sorted()
              .toList();
    }
    assertTrue(files.size() >= 20, "xlsx fixtures found: " + files.size());
    int streamed = 0;
    List<String> leftToUserModel = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      for (int position = 1; position <= 3; position++) {
        SheetChoice choice = new SheetChoice(Integer.toString(position));
        if (check(root.relativize(file) + " sheet " + position, bytes, choice)) {
          streamed++;
        } else if (position == 1) {
          leftToUserModel.add(
              root.relativize(file)
                  + " ("
                  + XlsxAsUserModel.whyLeftToUserModel(bytes, choice).orElse("")
                  + ")");
        }
      }
    }
    // The path must be taken, not merely agree by stepping aside: the bundled samples and most
    // fixtures are of the usual shape.
    assertFalse(
        leftToUserModel.stream().anyMatch(f -> f.startsWith("samples/")),
        "the bundled samples must be streamed: " + leftToUserModel);
    // Formulas a workbook asks to have calculated (openpyxl's and XlsxWriter's) are the user
    // model's to calculate, by design; of the rest, most are streamed.
    List<String> toCalculate =
        leftToUserModel.stream().filter(f -> f.endsWith("(a formula to calculate)")).toList();
    assertTrue(
        leftToUserModel.size() - toCalculate.size() <= (files.size() - toCalculate.size()) / 5,
        streamed + " sheets streamed of " + files.size() + " files; left: " + leftToUserModel);
  }

  @Test
  void random_workbooks_read_as_the_user_model_reads_them() throws IOException {
    Random random = new Random(20230313);
    List<String> regularNotStreamed = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      // A regular workbook holds only what summary returns hold (whole and two-place figures,
      // dates, text, formulas with cached values): it must be streamed. The others add what is
      // left to the user model (formulas never calculated, 17-digit results, exponents).
      boolean regular = i % 3 != 0;
      byte[] bytes = randomWorkbook(random, regular);
      if (!check("random workbook " + i, bytes, SheetChoice.FIRST) && regular) {
        regularNotStreamed.add(
            i + ": " + XlsxAsUserModel.whyLeftToUserModel(bytes, SheetChoice.FIRST).orElse(""));
      }
      check("random workbook " + i + ", sheet 2", bytes, new SheetChoice("2"));
      check("random workbook " + i + ", sheet Return", bytes, new SheetChoice("Return"));
    }
    assertEquals(List.of(), regularNotStreamed, "regular workbooks left to the user model");
  }

  @Test
  void a_formula_never_calculated_is_left_to_the_user_model_which_calculates_it()
      throws IOException, UnreadableFileException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFRow row = workbook.createSheet("Summary").createRow(0);
      row.createCell(0).setCellValue(4);
      row.createCell(1).setCellFormula("A1*2");
      byte[] bytes = bytes(workbook);
      List<RawRow> userModel = new ArrayList<>();
      WorkbookTableReader.readWithUserModel(
          new ByteArrayInputStream(bytes), SheetChoice.FIRST, userModel::add);
      // POI's own reading would be 0, a figure the file never held; calculated, it is 8.
      assertEquals(8.0, userModel.getFirst().cell(1).orElseThrow().number().orElseThrow());
      assertEquals(
          java.util.Optional.of("a formula to calculate"),
          XlsxAsUserModel.whyLeftToUserModel(bytes, SheetChoice.FIRST));
    }
  }

  @Test
  void a_summary_of_the_usual_shape_is_streamed_with_its_figures_as_shown() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Summary");
      XSSFCellStyle thousands = workbook.createCellStyle();
      thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
      XSSFCellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      sheet.createRow(0).createCell(0).setCellValue("Rescheduled");
      XSSFRow figures = sheet.createRow(2);
      XSSFCell day = figures.createCell(0);
      day.setCellValue(LocalDateTime.of(2023, 3, 13, 0, 0));
      day.setCellStyle(date);
      XSSFCell count = figures.createCell(1);
      count.setCellValue(1234);
      count.setCellStyle(thousands);
      XSSFCell total = figures.createCell(2);
      total.setCellFormula("B3");
      total.setCellValue(1234);
      List<RawRow> rows = XlsxAsUserModel.read(bytes(workbook), SheetChoice.FIRST).orElseThrow();
      assertEquals(3, rows.size());
      assertEquals(List.of(), rows.get(1).cells());
      assertEquals("13/03/2023", rows.get(2).text(0));
      assertEquals("1,234", rows.get(2).text(1));
      assertEquals(1234.0, rows.get(2).cell(2).orElseThrow().number().getAsDouble());
    }
  }

  /** Whether the sheet was streamed; fails when the streamed rows differ from the user model's. */
  private static boolean check(String what, byte[] bytes, SheetChoice choice) {
    Optional<List<RawRow>> streamed = XlsxAsUserModel.read(bytes, choice);
    List<RawRow> expected = new ArrayList<>();
    try {
      WorkbookTableReader.readWithUserModel(new ByteArrayInputStream(bytes), choice, expected::add);
    } catch (UnreadableFileException e) {
      Optional<byte[]> serials = IsoDateCells.asSerials(bytes);
      if (streamed.isPresent() && serials.isEmpty()) {
        fail(what + ": the user model refuses it (" + e.getMessage() + ") but it was streamed");
      }
      if (streamed.isEmpty()) {
        return false;
      }
      // ISO date cells (t="d"), which the user model refuses whole, read as the same workbook
      // with Excel's serial numbers in their place does.
      expected.clear();
      try {
        WorkbookTableReader.readWithUserModel(
            new ByteArrayInputStream(serials.get()), choice, expected::add);
      } catch (UnreadableFileException again) {
        fail(what + ": with serial dates the user model still refuses it: " + again.getMessage());
      }
    }
    if (streamed.isEmpty()) {
      return false;
    }
    List<RawRow> actual = streamed.get();
    for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
      RawRow a = i < actual.size() ? actual.get(i) : null;
      RawRow e = i < expected.size() ? expected.get(i) : null;
      assertEquals(e, a, what + ": row " + (i + 1));
    }
    return true;
  }

  private static byte[] randomWorkbook(Random random, boolean regular) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      if (random.nextInt(6) == 0) {
        var properties = workbook.getCTWorkbook();
        (properties.isSetWorkbookPr() ? properties.getWorkbookPr() : properties.addNewWorkbookPr())
            .setDate1904(true);
      }
      List<XSSFCellStyle> styles = new ArrayList<>();
      for (String format : FORMATS) {
        if (regular && format.contains("E+")) {
          continue;
        }
        XSSFCellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        styles.add(style);
      }
      int sheets = 1 + random.nextInt(3);
      for (int s = 0; s < sheets; s++) {
        XSSFSheet sheet =
            workbook.createSheet(s == sheets - 1 && random.nextBoolean() ? "Return" : "Sheet " + s);
        int rows = random.nextInt(25);
        int number = random.nextInt(3);
        for (int r = 0; r < rows; r++) {
          number += 1 + (random.nextInt(5) == 0 ? random.nextInt(4) : 0);
          XSSFRow row = sheet.createRow(number);
          if (random.nextInt(6) == 0) {
            row.setZeroHeight(true); // hidden="1": both readers must say the row is hidden
          }
          int columns = random.nextInt(8);
          int column = random.nextInt(2);
          for (int c = 0; c < columns; c++) {
            column += 1 + (random.nextInt(4) == 0 ? random.nextInt(30) : 0);
            fill(row.createCell(column), random, styles, workbook, regular);
          }
        }
      }
      return bytes(workbook);
    }
  }

  private static void fill(
      XSSFCell cell,
      Random random,
      List<XSSFCellStyle> styles,
      XSSFWorkbook workbook,
      boolean regular) {
    int kind = random.nextInt(regular ? 9 : 11);
    if (random.nextInt(3) > 0) {
      cell.setCellStyle(styles.get(random.nextInt(styles.size())));
    }
    switch (kind) {
      case 0, 1, 2 -> figure(cell, number(random, regular), random, styles, regular);
      case 3 -> cell.setCellValue(text(random));
      case 4 -> {
        XSSFRichTextString rich = new XSSFRichTextString("Outpatients " + random.nextInt(99));
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        rich.applyFont(0, 3, bold);
        cell.setCellValue(rich);
      }
      case 5 -> cell.setCellValue(random.nextBoolean());
      case 6 -> {
        cell.setCellFormula("1+1");
        figure(cell, number(random, regular), random, styles, regular);
      }
      case 7 -> {
        cell.setCellFormula("\"a\"&\"b\"");
        cell.setCellValue(text(random));
      }
      case 8 ->
          cell.setCellErrorValue(
              List.of(FormulaError.DIV0, FormulaError.NA, FormulaError.REF, FormulaError.VALUE)
                  .get(random.nextInt(4)));
      case 9 -> cell.setCellFormula("SUM(A1:A2)"); // never calculated: no cached value
      default -> cell.setBlank();
    }
  }

  private static void figure(
      XSSFCell cell, double value, Random random, List<XSSFCellStyle> styles, boolean regular) {
    cell.setCellValue(value);
    if (regular) {
      // As returns are: a date-time serial in a date style, a figure in a number style.
      boolean serial = value > 44000 && value != Math.rint(value);
      while (DateUtil.isADateFormat(
              cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString())
          != serial) {
        cell.setCellStyle(styles.get(random.nextInt(styles.size())));
      }
    }
  }

  private static double number(Random random, boolean regular) {
    int kind = random.nextInt(10);
    if (regular && kind >= 4 && kind <= 7) {
      kind = 0;
    }
    return switch (kind) {
      case 0 -> random.nextInt(2000);
      case 1 -> -random.nextInt(500);
      case 2 -> 0;
      case 3 -> Math.round(random.nextDouble() * 100_000) / 100.0;
      case 4 -> 0.1 + 0.2;
      case 5 -> 1.0 / 3;
      case 6 -> 123456789012345.0;
      case 7 -> 1e-12 * random.nextInt(100);
      case 8 -> 44998 + random.nextInt(40) + random.nextInt(24) / 24.0;
      default -> random.nextInt(100) + 0.5;
    };
  }

  private static String text(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> "Norfolk and Norwich";
      case 1 -> "  ";
      case 2 -> " Outpatients ";
      case 3 -> "13 to 15 March 2023";
      case 4 -> "Dermatology\r\n";
      case 5 -> "Ysbyty – Gwynedd ŵ";
      case 6 -> "1,234";
      default -> "TOTAL";
    };
  }

  private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
