package io.strikeimpact.reports.excel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One table on a sheet, laid out as the Analysis Function's accessible-spreadsheet checklist asks:
 * it starts in A1 with one header row, has no merged cells and no blank rows inside it, its header
 * row is frozen and it carries an auto filter. Text from the input is always written as a string
 * cell, never as a formula.
 */
final class Table {
  /** Excel's limit on the characters in one cell. */
  static final int MAX_CELL_CHARS = 32_767;

  private static final float LINE_POINTS = 15f;

  private final XSSFSheet sheet;
  private final Styles styles;
  private final List<Column> columns;
  private int nextRow;

  Table(XSSFSheet sheet, Styles styles, List<Column> columns) {
    this.sheet = sheet;
    this.styles = styles;
    this.columns = List.copyOf(columns);
    writeHeader();
  }

  /** Starts the next data row. */
  Cells row() {
    return new Cells(sheet.createRow(nextRow++));
  }

  /**
   * Freezes the header row, puts an auto filter over the header and every data row, and sets the
   * sheet to print landscape on A4, one page wide, with the header row on every page.
   */
  void finish() {
    sheet.createFreezePane(0, 1);
    int lastRow = Math.max(0, nextRow - 1);
    sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    sheet.setFitToPage(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
  }

  /**
   * Lines of text below the table, after one blank row that ends it: a bold heading, then one line
   * a row in column A, unwrapped so each sentence reads along its row. Call after {@link #finish()}.
   */
  void linesBelow(String heading, List<String> lines) {
    int r = nextRow + 1;
    XSSFCell head = sheet.createRow(r++).createCell(0);
    head.setCellValue(heading);
    head.setCellStyle(styles.heading);
    for (String line : lines) {
      XSSFCell cell = sheet.createRow(r++).createCell(0);
      writeText(cell, line, false);
    }
  }

  private void writeHeader() {
    XSSFRow row = sheet.createRow(nextRow++);
    int lines = 1;
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      sheet.setColumnWidth(c, column.width() * 256);
      XSSFCell cell = row.createCell(c);
      cell.setCellValue(column.heading());
      cell.setCellStyle(column.figures() ? styles.figuresHeader : styles.header);
      // Bold letters are wider, and a heading over figures is indented: allow two characters.
      lines = Math.max(lines, linesFor(column.heading(), Math.max(1, column.width() - 2)));
    }
    // Spreadsheet programs do not all fit a row to wrapped text on opening; give the header room.
    row.setHeightInPoints(heightFor(lines));
  }

  /**
   * A rough count of the lines text wraps to in a column of this many characters, breaking at
   * spaces and at line breaks. Spreadsheet programs do not all fit a row to wrapped text when they
   * open a file, so rows with wrapped text are given this height.
   */
  static int linesFor(String text, int width) {
    // A width counts the digit 0 of the default font; most letters are narrower, so the width in
    // characters is a fair, slightly generous, measure of a line.
    int usable = Math.max(1, width);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      int used = 0;
      for (String word : paragraph.split(" ")) {
        int len = word.length();
        if (used == 0) {
          used = len;
        } else if (used + 1 + len <= usable) {
          used += 1 + len;
        } else {
          lines++;
          used = len;
        }
        while (used > usable) {
          lines++;
          used -= usable;
        }
      }
    }
    return Math.max(1, lines);
  }

  /** Writes text as a string cell and returns the text as written. */
  private String writeText(XSSFCell cell, String value, boolean wrap) {
    String s = value == null ? "" : value;
    if (s.length() > MAX_CELL_CHARS) {
      s = s.substring(0, MAX_CELL_CHARS - 1) + "…";
    }
    // setCellValue(String) makes a string cell: whatever the text says, it is never a formula.
    cell.setCellValue(s);
    cell.setCellStyle(styles.textFor(s, wrap));
    return s;
  }

  private static float heightFor(int lines) {
    // Excel's tallest row is 409 points.
    return Math.min(409f, lines * LINE_POINTS);
  }

  /** The cells of one data row, written left to right, one call a column. */
  final class Cells {
    private final XSSFRow row;
    private int nextColumn;
    private int lines = 1;

    private Cells(XSSFRow row) {
      this.row = row;
    }

    private XSSFCell next() {
      if (nextColumn >= columns.size()) {
        throw new IllegalStateException(
            "Row " + (row.getRowNum() + 1) + " has more cells than the " + columns.size() + " columns of its table");
      }
      return row.createCell(nextColumn++);
    }

    /** Text, from the input or not: always a string cell, never a formula. */
    Cells text(String value) {
      XSSFCell cell = next();
      Column column = columns.get(cell.getColumnIndex());
      String written = writeText(cell, value, column.wrap());
      if (column.wrap()) {
        int needed = linesFor(written, column.width());
        if (needed > lines) {
          lines = needed;
          row.setHeightInPoints(heightFor(lines));
        }
      }
      return this;
    }

    /** Text standing in a column of figures where there is no figure: "n/a", "not split". */
    Cells absent(String why) {
      XSSFCell cell = next();
      cell.setCellValue(why);
      cell.setCellStyle(styles.notApplicable);
      return this;
    }

    Cells count(long value) {
      return number(value, styles.count);
    }

    Cells count(OptionalLong value, String whenAbsent) {
      return value.isPresent() ? count(value.getAsLong()) : absent(whenAbsent);
    }

    Cells rate(double value) {
      return number(value, styles.rate);
    }

    Cells ratio(double value) {
      return number(value, styles.ratio);
    }

    Cells share(double value) {
      return number(value, styles.share);
    }

    /** A real date cell, so it sorts and filters as a date. */
    Cells date(Optional<LocalDate> value, String whenAbsent) {
      if (value.isEmpty()) {
        return absent(whenAbsent);
      }
      XSSFCell cell = next();
      cell.setCellValue(value.get());
      cell.setCellStyle(styles.date);
      return this;
    }

    private Cells number(double value, XSSFCellStyle style) {
      XSSFCell cell = next();
      cell.setCellValue(value);
      cell.setCellStyle(style);
      return this;
    }
  }
}
