package io.strikeimpact.reports.excel;

import io.strikeimpact.reports.chart.LiberationSans;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;

/**
 * Column widths and row heights from what the cells hold, so a spreadsheet program that does not
 * fit them itself (LibreOffice, Excel on opening) shows every piece of text whole.
 *
 * <p>The rule, one for every sheet: text is measured in the widths of the digit 0 of Arial 11 pt,
 * the unit of a column's width, from the metrics of Liberation Sans (which has Arial's), bold for
 * bold cells and scaled for larger fonts, plus {@link #PADDING} for the cell's margins and {@link
 * #INDENT} for each step of indent. Then:
 *
 * <ul>
 *   <li>a cell that does not wrap makes its column at least as wide as its text, unless it stands
 *       outside every table with an empty cell to its right, where it reads on across the empty
 *       cells (a sentence below a table);
 *   <li>a heading (a bold cell that wraps) wraps onto at most {@link #HEADING_LINES} lines and
 *       never breaks a word (nor a "[note 1]" marker);
 *   <li>any other cell that wraps makes its column as wide as its text up to the width the column
 *       was given, which is the most a wrapped column takes, and never narrower than its longest
 *       word;
 *   <li>a row with wrapped cells is made tall enough for their lines;
 *   <li>a chart keeps the size it was drawn at, whatever the widths of the columns under it, and
 *       starts a page when a page break would otherwise cut it in two.
 * </ul>
 *
 * {@link #fit(XSSFSheet)} applies it to a sheet once its cells are written. A streamed sheet (the
 * Data sheet) cannot be read back, so its {@link Table} measures the cells as they go past with a
 * {@link Tracker}, which keeps the same rule.
 */
final class ColumnWidths {
  /** The cell's margins, left and right, in widths of the digit 0. */
  static final double PADDING = 1.5;

  /** One step of indent, as the figures' style has. */
  static final double INDENT = 1.5;

  /** The most lines a heading wraps onto. */
  static final int HEADING_LINES = 3;

  /** No column is narrower than this. */
  static final int MIN_WIDTH = 6;

  /** Excel's widest column. */
  static final int MAX_WIDTH = 255;

  /** The height of a line of 11 pt text, in points. */
  static final float LINE_POINTS = 15f;

  /** Excel's tallest row, in points. */
  static final float MAX_ROW_POINTS = 409f;

  /** More than the widest character of Arial at 11 pt (the ellipsis, 1.8), in widths of 0. */
  private static final double WIDEST_CHAR = 2.5;

  /** The most a wrapped cell takes in a column whose width was not set. */
  static final int UNSET_CAP = 60;

  static final double FONT_POINTS = 11;
  private static final float MEASURE_POINTS = 1000f;
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final float[] PLAIN = measured();
  private static final float[] BOLD = measured();
  private static final double DIGIT = charWidth('0', false);

  /**
   * Where a line may break: at a space, but not inside a note's marker, so "[note 5]" is measured
   * as one word and its column is made wide enough to keep it whole. Compiled once: {@code
   * String.split} with a pattern of more than one character compiles it on every call, and a
   * heading's width is found by wrapping it a dozen times, every word split each time.
   */
  private static final Pattern BETWEEN_WORDS = Pattern.compile("(?<!\\[note) ");

  private static final Pattern BETWEEN_WORDS_OR_LINES = Pattern.compile("(?<!\\[note) |\n");

  private ColumnWidths() {}

  private static float[] measured() {
    float[] widths = new float[Character.MAX_VALUE + 1];
    Arrays.fill(widths, Float.NaN);
    return widths;
  }

  private static double charWidth(char c, boolean bold) {
    float[] cache = bold ? BOLD : PLAIN;
    float w = cache[c];
    if (Float.isNaN(w)) {
      Font font = LiberationSans.font(bold ? Font.BOLD : Font.PLAIN, MEASURE_POINTS);
      w = (float) font.getStringBounds(String.valueOf(c), FRC).getWidth();
      cache[c] = w;
    }
    return w;
  }

  /**
   * The width of text on one line in widths of the digit 0 of Arial 11 pt (the widest line when it
   * holds line breaks), without margins.
   */
  static double units(String text, boolean bold) {
    double widest = 0;
    double line = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        widest = Math.max(widest, line);
        line = 0;
      } else {
        line += charWidth(c, bold);
      }
    }
    // The digit 0 of the plain font is the unit for bold text too: bold letters are wider.
    return Math.max(widest, line) / DIGIT;
  }

  /** The column width a cell of this text needs to show it on one line, margins and indent in. */
  static double needed(String text, boolean bold, int indent, double scale) {
    return units(text, bold) * scale + PADDING + INDENT * indent;
  }

  /** The widest word of the text (at spaces and line breaks), margins and indent in. */
  static double longestWord(String text, boolean bold, int indent, double scale) {
    double widest = 0;
    for (String word : BETWEEN_WORDS_OR_LINES.split(text)) {
      widest = Math.max(widest, units(word, bold));
    }
    return widest * scale + PADDING + INDENT * indent;
  }

  /**
   * The lines text wraps to in a column of this width, breaking at spaces and at line breaks as
   * spreadsheet programs do; a word wider than the column takes as many lines as it spans.
   */
  static int lines(String text, double width, boolean bold, int indent, double scale) {
    double usable = Math.max(1, (width - PADDING - INDENT * indent) / scale);
    double space = units(" ", bold);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      double used = -1;
      for (String word : BETWEEN_WORDS.split(paragraph)) {
        double w = units(word, bold);
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

  /** The narrowest width at which a heading takes {@link #HEADING_LINES} lines or fewer. */
  static double headingWidth(String heading, boolean bold, int indent, double scale) {
    double low = longestWord(heading, bold, indent, scale);
    double high = Math.max(low, needed(heading, bold, indent, scale));
    while (high - low > 0.05) {
      double mid = (low + high) / 2;
      if (lines(heading, mid, bold, indent, scale) <= HEADING_LINES) {
        high = mid;
      } else {
        low = mid;
      }
    }
    return high;
  }

  /**
   * Text broken between words into lines that each fit a width (a word wider than the width stands
   * on a line of its own): for a sentence below a table, written a line a row, that would otherwise
   * run past the table's last column and off the printed page.
   */
  static List<String> breakLines(String text, double width, boolean bold) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : BETWEEN_WORDS.split(text)) {
      String tried = line.isEmpty() ? word : line + " " + word;
      if (line.isEmpty() || needed(tried, bold, 0, 1) <= width) {
        line.setLength(0);
        line.append(tried);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** The width of columns {@code first} to {@code last} of a sheet, as now set. */
  static double span(XSSFSheet sheet, int first, int last) {
    double width = 0;
    for (int c = first; c <= last; c++) {
      width += sheet.getColumnWidth(c) / 256.0;
    }
    return width;
  }

  /** The height of a row of so many lines, in points. */
  static float height(int lines, double scale) {
    return (float) Math.min(MAX_ROW_POINTS, lines * LINE_POINTS * Math.max(1, scale));
  }

  /** A width in characters as Excel stores it, within its limits. */
  static int columnWidth(double width) {
    return (int) Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(width)));
  }

  /** What one cell shows and how: the text as formatted, and its style's wrap, font and indent. */
  record Shown(String text, boolean wrap, boolean bold, int indent, double scale) {
    /** What the cell asks of its column's width, given the most a wrapped cell may take. */
    double demand(double cap) {
      if (!wrap) {
        return needed(text, bold, indent, scale);
      }
      if (bold) {
        return headingWidth(text, bold, indent, scale);
      }
      return Math.max(
          longestWord(text, bold, indent, scale), Math.min(cap, needed(text, bold, indent, scale)));
    }

    int lines(double width) {
      return wrap ? ColumnWidths.lines(text, width, bold, indent, scale) : 1;
    }
  }

  private static final DataFormatter FORMAT = new DataFormatter(Locale.UK);

  /**
   * What a cell of a workbook being written shows, or null for an empty one. For many cells of a
   * sheet, one {@link ShownCells} reads each style once.
   */
  static Shown shown(Cell cell) {
    return new ShownCells().shown(cell);
  }

  /** The text a cell shows: a string as it is, a number or date as its format writes it. */
  static String text(Cell cell) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> {
        var style = cell.getCellStyle();
        synchronized (FORMAT) {
          yield FORMAT.formatRawCellContents(
              cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
        }
      }
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      default -> null;
    };
  }

  /**
   * Sets the widths of a written (not streamed) sheet's columns and the heights of its rows.
   *
   * <p>What each cell shows is read once, into {@link Shown}s by row and column, and the passes
   * below work from those: reading a cell walks POI's XML beans (its type, value, style and font),
   * and each pass used to read every cell again, the cell to the right of each one again, and each
   * column's width once a wrapped cell. Fitting changes widths and heights only, never what a cell
   * shows, so what was read stays true while the sheet is fitted.
   */
  static void fit(XSSFSheet sheet) {
    ShownCells shown = new ShownCells();
    List<CellRangeAddress> tables = new ArrayList<>();
    for (XSSFTable t : sheet.getTables()) {
      tables.add(CellRangeAddress.valueOf(t.getCTTable().getRef()));
    }
    List<Row> rows = new ArrayList<>();
    List<Shown[]> cells = new ArrayList<>();
    int columns = 0;
    for (Row row : sheet) {
      Shown[] inRow = new Shown[Math.max(0, row.getLastCellNum())];
      for (Cell cell : row) {
        inRow[cell.getColumnIndex()] = shown.shown(cell);
      }
      rows.add(row);
      cells.add(inRow);
      columns = Math.max(columns, row.getLastCellNum());
    }
    if (columns <= 0) {
      return;
    }
    double[] caps = new double[columns];
    double[] demand = new double[columns];
    boolean[] any = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      caps[c] = explicitWidth(sheet, c) ? sheet.getColumnWidth(c) / 256.0 : UNSET_CAP;
    }
    // Text that reads on into empty cells, in the order of the sheet's rows and columns.
    List<Shown> spilling = new ArrayList<>();
    List<Integer> spillingColumns = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      Shown[] inRow = cells.get(r);
      for (int c = 0; c < inRow.length; c++) {
        Shown s = inRow[c];
        if (s == null) {
          continue;
        }
        if (spills(s, rows.get(r).getRowNum(), c, tables, inRow)) {
          spilling.add(s);
          spillingColumns.add(c);
          continue;
        }
        demand[c] = Math.max(demand[c], s.demand(caps[c]));
        any[c] = true;
      }
    }
    List<Double> charts = chartWidths(sheet);
    for (int c = 0; c < columns; c++) {
      if (any[c]) {
        sheet.setColumnWidth(c, columnWidth(demand[c]) * 256);
      }
    }
    // Text that reads on into empty cells must still end by the last column in use, or it runs off
    // the printed page: where it would not, its column takes the rest.
    for (int i = 0; i < spilling.size(); i++) {
      int c = spillingColumns.get(i);
      double room = span(sheet, c, columns - 1);
      double shortBy = spilling.get(i).demand(MAX_WIDTH) - room;
      if (shortBy > 0) {
        sheet.setColumnWidth(c, columnWidth(sheet.getColumnWidth(c) / 256.0 + shortBy) * 256);
      }
    }
    // The widths are settled: each column's is read once for the heights of the rows.
    double[] widths = new double[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = sheet.getColumnWidth(c) / 256.0;
    }
    for (int r = 0; r < rows.size(); r++) {
      int lines = 0;
      double scale = 1;
      Shown[] inRow = cells.get(r);
      for (int c = 0; c < inRow.length; c++) {
        Shown s = inRow[c];
        if (s != null && s.wrap()) {
          lines = Math.max(lines, s.lines(widths[c]));
          scale = Math.max(scale, s.scale());
        }
      }
      if (lines > 0) {
        rows.get(r).setHeightInPoints(height(lines, scale));
      }
    }
    keepChartSizes(sheet, charts);
    keepChartsOnOnePage(sheet);
  }

  /** A4 landscape, as every sheet prints, in points. */
  private static final double PAGE_WIDTH = 842;

  private static final double PAGE_HEIGHT = 595;

  /** What a page holds is estimated, and spreadsheet programs measure a little differently. */
  private static final double PAGE_SAFETY = 0.9;

  /**
   * Starts a page above a chart that a page break would otherwise cut in two. The sheets print one
   * page wide, so a page holds the printable height over the scale that fits the sheet's width; the
   * header row repeats at the top of every page after the first.
   */
  static void keepChartsOnOnePage(XSSFSheet sheet) {
    XSSFDrawing drawing = sheet.getDrawingPatriarch();
    if (drawing == null || drawing.getCharts().isEmpty()) {
      return;
    }
    double wide = 0;
    int lastColumn = 0;
    for (Row row : sheet) {
      lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
    }
    List<XSSFClientAnchor> anchors = new ArrayList<>();
    for (XSSFChart chart : drawing.getCharts()) {
      XSSFClientAnchor a = (XSSFClientAnchor) chart.getGraphicFrame().getAnchor();
      anchors.add(a);
      lastColumn = Math.max(lastColumn, a.getCol2());
    }
    // A column's width counts digits of the workbook's font, Arial 11 pt, whose 0 is 6.1 pt wide.
    double digitPoints = DIGIT / MEASURE_POINTS * FONT_POINTS;
    for (int c = 0; c <= lastColumn; c++) {
      wide += sheet.getColumnWidth(c) / 256.0 * digitPoints;
    }
    var margins = sheet.getCTWorksheet().getPageMargins();
    double left = margins == null ? 0.7 : margins.getLeft();
    double right = margins == null ? 0.7 : margins.getRight();
    double top = margins == null ? 0.75 : margins.getTop();
    double bottom = margins == null ? 0.75 : margins.getBottom();
    double scale = Math.min(1, (PAGE_WIDTH - 72 * (left + right)) / wide);
    double page = (PAGE_HEIGHT - 72 * (top + bottom)) / scale * PAGE_SAFETY;
    double header = rowPoints(sheet, 0);
    for (XSSFClientAnchor a : anchors) {
      int first = a.getRow1();
      double tall = 0;
      for (int r = first; r < a.getRow2(); r++) {
        tall += rowPoints(sheet, r);
      }
      tall += a.getDy2() / (double) org.apache.poi.util.Units.EMU_PER_POINT;
      // Where the chart's first row falls on its page, the pages above taken as breaks allow.
      double used = 0;
      for (int r = 0; r < first; r++) {
        double h = rowPoints(sheet, r);
        if (used + h > page || (r > 0 && sheet.isRowBroken(r - 1))) {
          used = header;
        }
        used += h;
      }
      if (used + tall > page && tall + header <= page && first > 0) {
        sheet.setRowBreak(first - 1);
      }
    }
  }

  private static double rowPoints(XSSFSheet sheet, int r) {
    Row row = sheet.getRow(r);
    return row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
  }

  /**
   * Whether a cell that does not wrap reads on into the empty cells to its right: it stands outside
   * every table, and the next cell of its row is empty.
   */
  private static boolean spills(
      Shown s, int row, int column, List<CellRangeAddress> tables, Shown[] inRow) {
    if (s.wrap()) {
      return false;
    }
    for (CellRangeAddress t : tables) {
      if (t.isInRange(row, column)) {
        return false;
      }
    }
    return column + 1 >= inRow.length || inRow[column + 1] == null;
  }

  static boolean explicitWidth(XSSFSheet sheet, int column) {
    CTCol col = sheet.getColumnHelper().getColumn(column, false);
    return col != null && col.isSetWidth();
  }

  /** Each chart's width in EMUs, as its anchor spans the columns now. */
  static List<Double> chartWidths(XSSFSheet sheet) {
    List<Double> widths = new ArrayList<>();
    XSSFDrawing drawing = sheet.getDrawingPatriarch();
    if (drawing == null) {
      return widths;
    }
    for (XSSFChart chart : drawing.getCharts()) {
      widths.add(spanWidth(sheet, (XSSFClientAnchor) chart.getGraphicFrame().getAnchor()));
    }
    return widths;
  }

  private static double spanWidth(XSSFSheet sheet, XSSFClientAnchor a) {
    double emu = 0;
    for (int c = a.getCol1(); c < a.getCol2(); c++) {
      emu += columnEmu(sheet, c);
    }
    return emu - a.getDx1() + a.getDx2();
  }

  private static double columnEmu(XSSFSheet sheet, int column) {
    return sheet.getColumnWidthInPixels(column) * org.apache.poi.util.Units.EMU_PER_PIXEL;
  }

  /** Moves each chart's right edge so it spans the width it had before the columns changed. */
  static void keepChartSizes(XSSFSheet sheet, List<Double> widths) {
    XSSFDrawing drawing = sheet.getDrawingPatriarch();
    if (drawing == null) {
      return;
    }
    List<XSSFChart> charts = drawing.getCharts();
    for (int i = 0; i < charts.size(); i++) {
      XSSFClientAnchor a = (XSSFClientAnchor) charts.get(i).getGraphicFrame().getAnchor();
      double left = widths.get(i) + a.getDx1();
      int c = a.getCol1();
      while (left > columnEmu(sheet, c)) {
        left -= columnEmu(sheet, c);
        c++;
      }
      a.setCol2(c);
      a.setDx2((int) Math.round(left));
    }
  }

  /**
   * The same rule for a streamed sheet, whose rows cannot be read back: the cells are measured as
   * they are written, and a wrapped column keeps the width it was given, so a row's height can be
   * set before it is flushed.
   */
  static final class Tracker {
    private final double[] demand;
    private final boolean[] wrap;
    private final int[] given;

    Tracker(List<Column> columns) {
      demand = new double[columns.size()];
      wrap = new boolean[columns.size()];
      given = new int[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        wrap[c] = columns.get(c).wrap();
        given[c] = columns.get(c).width();
      }
    }

    /** The width of a column for a row's height: the given one for a wrapped column. */
    double width(int column) {
      return given[column];
    }

    /**
     * Measures a cell as written. Text is measured only when it could widen the column, and text
     * that wraps in a wrapped column not at all: that column keeps the width it was given.
     */
    void cell(int column, Cell cell) {
      String text = shown.text(cell);
      if (text == null || text.length() * WIDEST_CHAR + PADDING + INDENT < demand[column]) {
        return;
      }
      Shown s = shown.shown(cell, text);
      if (s.wrap() && !s.bold() && wrap[column]) {
        return;
      }
      demand[column] = Math.max(demand[column], s.demand(given[column]));
    }

    /** Numbers and dates repeat down a long sheet: each is formatted once, each style read once. */
    private final ShownCells shown = new ShownCells();

    /** Sets the widths on the sheet that holds the table. */
    void apply(XSSFSheet sheet) {
      for (int c = 0; c < demand.length; c++) {
        double width = wrap[c] ? Math.max(given[c], demand[c]) : demand[c];
        sheet.setColumnWidth(c, columnWidth(width) * 256);
      }
    }
  }
}
