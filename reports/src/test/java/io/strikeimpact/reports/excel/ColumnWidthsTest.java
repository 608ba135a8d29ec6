package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.PlannedActivity;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: rendered by LibreOffice, text was clipped (History's "returns received", Projection's
 * "no range: one co", file names and specialties) and Comparison's headings were seven or eight
 * lines tall. Read back, every workbook has columns at least as wide as their longest text that
 * does not wrap, by the rule {@link ColumnWidths} sets them with, and rows tall enough for the text
 * that does.
 */
class ColumnWidthsTest {
  private static final String LONG_FILE = "returns/QMM/icb-summary-junior-doctors-march-2023.csv";
  private static final String LONG_SPECIALTY = "300 General Internal Medicine";

  @Test
  void no_column_is_narrower_than_its_longest_unwrapped_text_in_the_story() throws IOException {
    try (XSSFWorkbook wb =
        workbook(ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request()))) {
      assertEveryCellFits(wb);
    }
  }

  @Test
  void nor_with_long_file_names_specialties_and_planned_activity() throws IOException {
    try (XSSFWorkbook wb = workbook(ImpactAnalysis.analyse(longNames(), StoryData.request()))) {
      assertEveryCellFits(wb);
      XSSFSheet sources = wb.getSheet(SourcesSheet.NAME);
      assertTrue(
          width(sources, 0) >= measured(LONG_FILE) + 1,
          "Sources' file column is " + width(sources, 0) + " wide for " + LONG_FILE);
      XSSFSheet data = wb.getSheet(DataSheet.NAME);
      assertTrue(
          width(data, 8) >= measured("returns/RCX/qeh-junior-doctors.csv") + 1,
          "Data's Source file");
      assertTrue(width(data, 6) >= measured(LONG_SPECIALTY) + 1, "Data's Specialty column");
      assertTrue(width(data, 9) >= 64 + 1, "a SHA-256, 64 hex digits, shows whole");
    }
  }

  /**
   * The width of text in Arial 11 pt as Java2D measures it with Liberation Sans, in widths of the
   * digit 0: an absolute measure, apart from the one the code uses.
   */
  private static double measured(String text) {
    java.awt.Font font =
        io.strikeimpact.reports.chart.LiberationSans.font(java.awt.Font.PLAIN, 110f);
    java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
    return font.getStringBounds(text, frc).getWidth() / font.getStringBounds("0", frc).getWidth();
  }

  @Test
  void nor_with_an_estimate_set_against_its_outcome() throws IOException {
    try (XSSFWorkbook wb = workbook(StoryData.withAprilReturns())) {
      assertEveryCellFits(wb);
    }
  }

  @Test
  void headings_take_three_lines_at_most_and_the_header_row_is_as_tall_as_they_need()
      throws IOException {
    try (XSSFWorkbook wb =
        workbook(ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request()))) {
      for (String name : List.of("Comparison", "Summary", "History", "Projection", "Sources")) {
        XSSFSheet s = wb.getSheet(name);
        Row header = s.getRow(0);
        int most = 0;
        for (Cell cell : header) {
          ColumnWidths.Shown shown = ColumnWidths.shown(cell);
          int lines = shown.lines(width(s, cell.getColumnIndex()));
          assertTrue(
              lines <= ColumnWidths.HEADING_LINES,
              name
                  + "!"
                  + cell.getAddress()
                  + " \""
                  + shown.text()
                  + "\" takes "
                  + lines
                  + " lines");
          most = Math.max(most, lines);
        }
        assertEquals(most * ColumnWidths.LINE_POINTS, header.getHeightInPoints(), 0.01, name);
      }
    }
  }

  @Test
  void projection_says_no_range_in_words_that_wrap_within_the_figures_columns() throws IOException {
    try (XSSFWorkbook wb =
        workbook(ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request()))) {
      XSSFSheet s = wb.getSheet(ProjectionSheet.NAME);
      Cell low = s.getRow(1).getCell(ProjectionSheet.CENTRAL + 1);
      assertEquals(ProjectionSheet.NO_RANGE, low.getStringCellValue());
      assertTrue(low.getCellStyle().getWrapText(), "wraps rather than widen the column");
      assertTrue(width(s, ProjectionSheet.CENTRAL + 1) < ProjectionSheet.NO_RANGE.length());
    }
  }

  @Test
  void text_is_measured_in_widths_of_the_digit_zero() {
    assertEquals(10, ColumnWidths.units("0123456789", false), 1e-6);
    // Arial's "i" is narrow and its "W" wide; bold letters are wider than plain ones.
    assertTrue(ColumnWidths.units("iiii", false) < 2);
    assertTrue(ColumnWidths.units("WWWW", false) > 6);
    assertTrue(ColumnWidths.units("Rescheduled", true) > ColumnWidths.units("Rescheduled", false));
    assertEquals(
        ColumnWidths.units("a longer line", false),
        ColumnWidths.units("short\na longer line", false),
        1e-9,
        "the widest line counts");
  }

  @Test
  void a_chart_a_page_break_would_cut_starts_a_page_and_one_that_fits_does_not()
      throws IOException {
    for (int rows : new int[] {3, 40}) {
      try (XSSFWorkbook wb = new XSSFWorkbook()) {
        XSSFSheet sheet = wb.createSheet("Sheet");
        for (int r = 0; r < rows; r++) {
          sheet.createRow(r).createCell(0).setCellValue("row " + r);
        }
        Charts.bar(
            sheet,
            new Charts.Place(rows + 1, 0, 20, 6),
            "A chart",
            "A chart of one bar",
            false,
            new CellRangeAddress(0, 0, 0, 0),
            new String[] {"row 0"},
            List.of(
                new Charts.Series(
                    "one", null, new CellRangeAddress(0, 0, 0, 0), new Double[] {1.0})));
        ColumnWidths.fit(sheet);
        // 40 rows of 15 pt fill most of an A4 landscape page: the chart would run over its end.
        assertEquals(rows == 40, sheet.isRowBroken(rows), rows + " rows above the chart");
      }
    }
  }

  @Test
  void a_chart_keeps_its_width_when_the_columns_under_it_widen() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("Sheet");
      Row row = sheet.createRow(0);
      row.createCell(0).setCellValue("a file name much wider than a column is by default.csv");
      row.createCell(1).setCellValue("next");
      var chart =
          Charts.bar(
              sheet,
              new Charts.Place(2, 0, 10, 6),
              "A chart",
              "A chart of one bar",
              false,
              new CellRangeAddress(0, 0, 0, 0),
              new String[] {"one"},
              List.of(
                  new Charts.Series(
                      "one", null, new CellRangeAddress(0, 0, 1, 1), new Double[] {1.0})));
      double before = emuWidth(sheet, chart);
      ColumnWidths.fit(sheet);
      assertTrue(width(sheet, 0) > 40, "column A widened to its text");
      assertEquals(before, emuWidth(sheet, chart), org.apache.poi.util.Units.EMU_PER_PIXEL);
    }
  }

  private static double emuWidth(XSSFSheet sheet, org.apache.poi.xssf.usermodel.XSSFChart chart) {
    var a = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) chart.getGraphicFrame().getAnchor();
    double emu = 0;
    for (int c = a.getCol1(); c < a.getCol2(); c++) {
      emu += sheet.getColumnWidthInPixels(c) * org.apache.poi.util.Units.EMU_PER_PIXEL;
    }
    return emu - a.getDx1() + a.getDx2();
  }

  // --- the check ---

  /**
   * Every cell of every sheet: text that does not wrap fits its column (or, outside a table with
   * nothing to its right, the columns it reads on into, up to the last one in use); text that wraps
   * breaks no word and its row is tall enough for its lines.
   */
  private static void assertEveryCellFits(XSSFWorkbook wb) {
    List<String> problems = new ArrayList<>();
    for (var sh : wb) {
      XSSFSheet sheet = (XSSFSheet) sh;
      List<CellRangeAddress> tables = new ArrayList<>();
      for (XSSFTable t : sheet.getTables()) {
        tables.add(CellRangeAddress.valueOf(t.getCTTable().getRef()));
      }
      int lastColumn = 0;
      for (Row row : sheet) {
        lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
      }
      for (Row row : sheet) {
        for (Cell cell : row) {
          ColumnWidths.Shown s = ColumnWidths.shown(cell);
          if (s == null) {
            continue;
          }
          int c = cell.getColumnIndex();
          String where = sheet.getSheetName() + "!" + cell.getAddress() + " \"" + s.text() + "\"";
          double needed = ColumnWidths.needed(s.text(), s.bold(), s.indent(), s.scale());
          if (!s.wrap()) {
            double room = width(sheet, c);
            if (outside(tables, row.getRowNum(), c) && empty(row.getCell(c + 1))) {
              for (int next = c + 1; next <= lastColumn; next++) {
                room += width(sheet, next);
              }
            }
            if (needed > room) {
              problems.add(where + " needs " + round(needed) + ", has " + round(room));
            }
            continue;
          }
          double word = ColumnWidths.longestWord(s.text(), s.bold(), s.indent(), s.scale());
          if (word > width(sheet, c)) {
            problems.add(
                where + " breaks a word: needs " + round(word) + ", has " + width(sheet, c));
          }
          double tall = s.lines(width(sheet, c)) * ColumnWidths.LINE_POINTS * s.scale();
          if (tall > row.getHeightInPoints() + 0.01 && tall <= ColumnWidths.MAX_ROW_POINTS) {
            problems.add(where + " needs " + tall + " pt, its row is " + row.getHeightInPoints());
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static boolean outside(List<CellRangeAddress> tables, int row, int column) {
    return tables.stream().noneMatch(t -> t.isInRange(row, column));
  }

  private static boolean empty(Cell cell) {
    return cell == null || ColumnWidths.shown(cell) == null;
  }

  private static double width(XSSFSheet sheet, int column) {
    return sheet.getColumnWidth(column) / 256.0;
  }

  private static String round(double d) {
    return String.format("%.1f", d);
  }

  private static XSSFWorkbook workbook(Analysis analysis) throws IOException {
    return LiveWorkbookTest.readBack(LiveWorkbookTest.write(new BoardPackWorkbook(), analysis));
  }

  /** The story with its files in folders, specialties on QEH's counts, and planned activity. */
  static Dataset longNames() {
    Dataset d = StoryData.dataset();
    List<DisruptionCount> counts = new ArrayList<>();
    for (DisruptionCount c : d.counts()) {
      Provenance p = c.provenance();
      String file = "returns/" + c.odsCode() + "/" + p.file().replace(".", "-junior-doctors.");
      counts.add(
          new DisruptionCount(
              c.odsCode(),
              c.actionId(),
              c.type(),
              c.date(),
              c.odsCode().equals("RCX") ? Optional.of(LONG_SPECIALTY) : c.specialty(),
              c.count(),
              new Provenance(file, p.sha256(), p.sheet(), p.cell())));
    }
    Provenance planned =
        new Provenance("returns/RM1/nnuh-planned-activity-2023.csv", "0".repeat(64), "", "B2");
    List<SourceFile> sources = new ArrayList<>(d.sources());
    sources.add(
        new SourceFile(LONG_FILE, "1".repeat(64), 281, "stated totals", "ICB summary", 4, 4, 0));
    return new Dataset(
        d.sites(),
        d.calendar(),
        d.participation(),
        counts,
        d.statedTotals(),
        d.problems(),
        d.rejectedRows(),
        sources,
        List.of(
            new PlannedActivity(
                "RM1", StoryData.JD_MARCH, ActivityType.OUTPATIENT, 40_000, planned),
            new PlannedActivity("RM1", StoryData.RCN_JAN, ActivityType.TOTAL_ONLY, 15_000, planned),
            new PlannedActivity(
                "RM1", StoryData.RCN_FEB, ActivityType.TOTAL_ONLY, 15_000, planned)));
  }
}
