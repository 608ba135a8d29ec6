package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Branding;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StaffData;
import io.strikeimpact.model.fixtures.StoryData;
import io.strikeimpact.reports.EnglandFixture;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * {@link ColumnWidths#fit} reads each cell once and splits words with compiled patterns; the fit it
 * replaced read every cell in each pass and compiled the word pattern on each split. Both are run
 * on identical copies of the same sheets, the pack's own (read back from written packs, charts and
 * all) and seeded random ones (text with spaces, line breaks and note markers, figures, wrapped,
 * bold and larger cells, a table, gaps), and must leave the same widths, heights, chart anchors and
 * page breaks: the sheet's XML and its drawing's. (A pack's sheet with a chart is left to the
 * random ones: a chart read back has no frame for the fit to anchor it by.)
 */
class ColumnWidthsFitDifferentialTest {
  @Test
  void the_packs_sheets_are_fitted_as_before() throws IOException {
    for (Analysis analysis :
        List.of(
            ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request()),
            StoryData.withAprilReturns(),
            StoryData.withFurtherStrikeOf(30),
            EnglandFixture.analysis(),
            ImpactAnalysis.analyse(StaffData.dataset(), StoryData.request()))) {
      byte[] pack = LiveWorkbookTest.write(new BoardPackWorkbook(), analysis);
      try (XSSFWorkbook before = LiveWorkbookTest.readBack(pack);
          XSSFWorkbook now = LiveWorkbookTest.readBack(pack)) {
        for (int i = 0; i < now.getNumberOfSheets(); i++) {
          // A chart read back has no frame to anchor it by; the random sheets have charts.
          XSSFDrawing drawing = now.getSheetAt(i).getDrawingPatriarch();
          if (drawing != null && !drawing.getCharts().isEmpty()) {
            continue;
          }
          FitBefore.fit(before.getSheetAt(i));
          ColumnWidths.fit(now.getSheetAt(i));
          assertSameFit(before.getSheetAt(i), now.getSheetAt(i), analysis.focus().describe());
        }
      }
    }
  }

  @Test
  void random_sheets_are_fitted_as_before() throws IOException {
    Random random = new Random(20231204);
    for (int i = 0; i < 40; i++) {
      long seed = random.nextLong();
      try (XSSFWorkbook before = new XSSFWorkbook();
          XSSFWorkbook now = new XSSFWorkbook()) {
        XSSFSheet a = randomSheet(before, new Random(seed));
        XSSFSheet b = randomSheet(now, new Random(seed));
        assertEquals(a.getCTWorksheet().xmlText(), b.getCTWorksheet().xmlText(), "copies");
        FitBefore.fit(a);
        ColumnWidths.fit(b);
        assertSameFit(a, b, "seed " + seed);
      }
    }
  }

  private static void assertSameFit(XSSFSheet before, XSSFSheet now, String what) {
    assertEquals(
        before.getCTWorksheet().xmlText(),
        now.getCTWorksheet().xmlText(),
        what + ", sheet " + now.getSheetName());
    XSSFDrawing a = before.getDrawingPatriarch();
    XSSFDrawing b = now.getDrawingPatriarch();
    if (a != null || b != null) {
      assertEquals(
          a.getCTDrawing().xmlText(),
          b.getCTDrawing().xmlText(),
          what + ", drawing of " + now.getSheetName());
    }
  }

  private static final String[] WORDS = {
    "a",
    "rescheduled",
    "outpatient",
    "[note",
    "1]",
    "[note 2]",
    "Norfolk",
    "0",
    "WWWWWWWWWWWWWWW",
    "elective",
    "and",
    "—",
    "Queen Elizabeth Hospital King's Lynn",
    "é",
    "",
  };

  /** A sheet of random cells in the pack's styles, with a table over part of it. */
  private static XSSFSheet randomSheet(XSSFWorkbook workbook, Random random) {
    Styles styles = new Styles(workbook, Branding.NHS);
    XSSFCellStyle[] text = {
      styles.text,
      styles.wrappedText,
      styles.header,
      styles.heading,
      styles.title,
      styles.coverText,
      styles.notApplicableWrapped,
      styles.link,
    };
    XSSFCellStyle[] figures = {styles.count, styles.rate, styles.share, styles.ratio, styles.date};
    XSSFSheet sheet = workbook.createSheet("Random");
    int rows = 1 + random.nextInt(25);
    int columns = 1 + random.nextInt(8);
    for (int c = 0; c < columns; c++) {
      if (random.nextInt(3) == 0) {
        sheet.setColumnWidth(c, (6 + random.nextInt(50)) * 256);
      }
    }
    for (int r = 0; r < rows; r++) {
      if (random.nextInt(6) == 0) {
        continue;
      }
      XSSFRow row = sheet.createRow(r);
      for (int c = 0; c < columns; c++) {
        int kind = random.nextInt(5);
        if (kind == 0) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (kind == 1) {
          cell.setCellValue(random.nextInt(1_000_000) / (random.nextBoolean() ? 1.0 : 7.0));
          cell.setCellStyle(figures[random.nextInt(figures.length)]);
        } else {
          StringBuilder s = new StringBuilder();
          int words = random.nextInt(random.nextInt(4) == 0 ? 40 : 6);
          for (int w = 0; w < words; w++) {
            if (w > 0) {
              s.append(random.nextInt(8) == 0 ? "\n" : " ");
            }
            s.append(WORDS[random.nextInt(WORDS.length)]);
          }
          cell.setCellValue(s.toString());
          cell.setCellStyle(text[random.nextInt(text.length)]);
        }
      }
    }
    if (rows > 2 && columns > 1 && random.nextBoolean()) {
      int last = Math.min(rows - 1, 1 + random.nextInt(rows - 1));
      for (int c = 0; c < columns; c++) {
        Row header = sheet.getRow(0) == null ? sheet.createRow(0) : sheet.getRow(0);
        header.createCell(c).setCellValue("Column " + c);
        for (int r = 1; r <= last; r++) {
          if (sheet.getRow(r) == null) {
            sheet.createRow(r);
          }
        }
      }
      XSSFTable table =
          sheet.createTable(
              new AreaReference(
                  new CellReference(0, 0),
                  new CellReference(last, columns - 1),
                  workbook.getSpreadsheetVersion()));
      table.setName("Random_table");
      table.setDisplayName("Random_table");
    }
    if (random.nextBoolean()) {
      // A chart below the cells, which keeps its size whatever the widths become.
      Charts.bar(
          sheet,
          new Charts.Place(rows + random.nextInt(20), random.nextInt(3), 8, 12),
          "bar",
          "bar",
          random.nextBoolean(),
          new CellRangeAddress(1, 2, 0, 0),
          new String[] {"RM1", "RGP"},
          List.of(
              new Charts.Series(
                  DataFormulas.COUNT,
                  new CellReference(0, 1),
                  new CellRangeAddress(1, 2, 1, 1),
                  new Double[] {1.0, 2.0})));
    }
    return sheet;
  }

  /** The fit as it was before cells were read once (main at 0f19a95), kept to compare with. */
  private static final class FitBefore {
    static void fit(XSSFSheet sheet) {
      ShownCells shown = new ShownCells();
      List<CellRangeAddress> tables = new ArrayList<>();
      for (XSSFTable t : sheet.getTables()) {
        tables.add(CellRangeAddress.valueOf(t.getCTTable().getRef()));
      }
      int columns = 0;
      for (Row row : sheet) {
        columns = Math.max(columns, row.getLastCellNum());
      }
      if (columns <= 0) {
        return;
      }
      double[] caps = new double[columns];
      double[] demand = new double[columns];
      boolean[] any = new boolean[columns];
      for (int c = 0; c < columns; c++) {
        caps[c] =
            ColumnWidths.explicitWidth(sheet, c)
                ? sheet.getColumnWidth(c) / 256.0
                : ColumnWidths.UNSET_CAP;
      }
      List<Cell> spilling = new ArrayList<>();
      for (Row row : sheet) {
        for (Cell cell : row) {
          ColumnWidths.Shown s = shown.shown(cell);
          int c = cell.getColumnIndex();
          if (s == null) {
            continue;
          }
          if (spills(s, row, c, tables, shown)) {
            spilling.add(cell);
            continue;
          }
          demand[c] = Math.max(demand[c], s.demand(caps[c]));
          any[c] = true;
        }
      }
      List<Double> charts = ColumnWidths.chartWidths(sheet);
      for (int c = 0; c < columns; c++) {
        if (any[c]) {
          sheet.setColumnWidth(c, ColumnWidths.columnWidth(demand[c]) * 256);
        }
      }
      for (Cell cell : spilling) {
        int c = cell.getColumnIndex();
        double room = ColumnWidths.span(sheet, c, columns - 1);
        double shortBy = shown.shown(cell).demand(ColumnWidths.MAX_WIDTH) - room;
        if (shortBy > 0) {
          sheet.setColumnWidth(
              c, ColumnWidths.columnWidth(sheet.getColumnWidth(c) / 256.0 + shortBy) * 256);
        }
      }
      for (Row row : sheet) {
        int lines = 0;
        double scale = 1;
        for (Cell cell : row) {
          ColumnWidths.Shown s = shown.shown(cell);
          if (s != null && s.wrap()) {
            double width = sheet.getColumnWidth(cell.getColumnIndex()) / 256.0;
            lines = Math.max(lines, linesBefore(s, width));
            scale = Math.max(scale, s.scale());
          }
        }
        if (lines > 0) {
          row.setHeightInPoints(ColumnWidths.height(lines, scale));
        }
      }
      ColumnWidths.keepChartSizes(sheet, charts);
      ColumnWidths.keepChartsOnOnePage(sheet);
    }

    private static boolean spills(
        ColumnWidths.Shown s,
        Row row,
        int column,
        List<CellRangeAddress> tables,
        ShownCells shown) {
      if (s.wrap()) {
        return false;
      }
      for (CellRangeAddress t : tables) {
        if (t.isInRange(row.getRowNum(), column)) {
          return false;
        }
      }
      Cell next = row.getCell(column + 1);
      return next == null || shown.shown(next) == null;
    }

    /** {@link ColumnWidths#lines} as it was, splitting with {@link String#split(String)}. */
    private static int linesBefore(ColumnWidths.Shown s, double width) {
      double usable =
          Math.max(
              1, (width - ColumnWidths.PADDING - ColumnWidths.INDENT * s.indent()) / s.scale());
      double space = ColumnWidths.units(" ", s.bold());
      int lines = 0;
      for (String paragraph : s.text().split("\n", -1)) {
        lines++;
        double used = -1;
        for (String word : paragraph.split("(?<!\\[note) ")) {
          double w = ColumnWidths.units(word, s.bold());
          if (used < 0) {
            used = w;
          } else if (used + space + w <= usable) {
            used += space + w;
          } else {
            lines++;
            used = w;
          }
          while (used > usable) {
            lines++;
            used -= usable;
          }
        }
      }
      return Math.max(1, lines);
    }
  }

  @Test
  void words_and_lines_are_split_as_string_split_splits_them() {
    Random random = new Random(13);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder s = new StringBuilder();
      int words = random.nextInt(12);
      for (int w = 0; w < words; w++) {
        s.append(random.nextInt(6) == 0 ? "\n" : random.nextInt(5) == 0 ? "  " : " ");
        s.append(WORDS[random.nextInt(WORDS.length)]);
      }
      String text = random.nextBoolean() ? s.toString().trim() : s.toString();
      for (boolean bold : new boolean[] {false, true}) {
        double widest = 0;
        for (String word : text.split("(?<!\\[note) |\n")) {
          widest = Math.max(widest, ColumnWidths.units(word, bold));
        }
        assertEquals(
            widest * 1.2 + ColumnWidths.PADDING + ColumnWidths.INDENT,
            ColumnWidths.longestWord(text, bold, 1, 1.2),
            text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("(?<!\\[note) ")) {
          String tried = line.isEmpty() ? word : line + " " + word;
          if (line.isEmpty() || ColumnWidths.needed(tried, bold, 0, 1) <= 20) {
            line.setLength(0);
            line.append(tried);
          } else {
            lines.add(line.toString());
            line.setLength(0);
            line.append(word);
          }
        }
        lines.add(line.toString());
        assertEquals(lines, ColumnWidths.breakLines(text, 20, bold), text);
      }
    }
  }
}
