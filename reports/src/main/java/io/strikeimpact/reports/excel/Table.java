package io.strikeimpact.reports.excel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * One table on a sheet, laid out as the Analysis Function's accessible-spreadsheet checklist asks:
 * it starts in A1 with one header row, has no merged cells and no blank rows inside it, its header
 * row is frozen, and it is an Excel table with a name, a style and its own filter. Text from the
 * input is always written as a string cell, never as a formula; the only formulas are the ones this
 * code builds, each written with the model's value as its cached result.
 *
 * <p>The filter is the table's own, never the sheet's: a sheet-level auto filter over the same
 * cells as a table makes Excel report the file as damaged.
 *
 * <p>Works on any {@link Sheet}, so the Data sheet can be streamed (SXSSF); the Excel table itself
 * always belongs to the {@link XSSFSheet} underneath.
 */
final class Table {
  /** Excel's limit on the characters in one cell. */
  static final int MAX_CELL_CHARS = 32_767;

  /** The table style: light banding that prints and passes contrast checks. */
  static final String TABLE_STYLE = "TableStyleLight1";

  /** The one row of a table with nothing to list. */
  static final String NOTHING = "none";

  private final Sheet sheet;
  private final XSSFSheet tableSheet;
  private final String tableName;
  private final Styles styles;
  private final List<Column> columns;

  /** Measures cells for their widths on a streamed sheet, which cannot be read back; else null. */
  private final ColumnWidths.Tracker tracker;

  private int nextRow;

  /** A table written straight onto an ordinary sheet. */
  Table(XSSFSheet sheet, Styles styles, List<Column> columns, String tableName) {
    this(sheet, sheet, styles, columns, tableName);
  }

  /**
   * A table written through {@code sheet} (which may be streamed) whose Excel table, widths, panes
   * and print settings go on {@code tableSheet}.
   */
  Table(Sheet sheet, XSSFSheet tableSheet, Styles styles, List<Column> columns, String tableName) {
    this.sheet = sheet;
    this.tableSheet = tableSheet;
    this.styles = styles;
    this.columns = List.copyOf(columns);
    this.tableName = tableName;
    this.tracker = sheet == tableSheet ? null : new ColumnWidths.Tracker(this.columns);
    writeHeader();
  }

  /** Starts the next data row. */
  Cells row() {
    return new Cells(sheet.createRow(nextRow++));
  }

  /** The row index (0-based) the next {@link #row()} will write. */
  int nextRowIndex() {
    return nextRow;
  }

  /**
   * Declares the Excel table over the header and every data row written, freezes the header row and
   * sets the sheet to print landscape on A4, one page wide, with the header row on every page.
   */
  XSSFTable finish() {
    if (nextRow == 1) {
      // An Excel table needs a data row; say there is nothing rather than leave it blank.
      Cells none = row().text(NOTHING);
      for (int c = 1; c < columns.size(); c++) {
        none.absent(Absent.NOT_APPLICABLE);
      }
    }
    return declare(tableSheet, tableName, columns, Math.max(1, nextRow - 1));
  }

  /**
   * Makes {@code columns} an Excel table named {@code name} from A1 down to row {@code lastRow}
   * (0-based; at least 1, since a table needs a data row), with its own filter, and lays out the
   * sheet around it. The Data sheet calls this before its rows are streamed, so that formulas on
   * other sheets can name the table's columns.
   */
  static XSSFTable declare(XSSFSheet sheet, String name, List<Column> columns, int lastRow) {
    for (int c = 0; c < columns.size(); c++) {
      sheet.setColumnWidth(c, columns.get(c).width() * 256);
    }
    XSSFTable table = createTable(sheet, columns, Math.max(1, lastRow));
    table.setName(name);
    table.setDisplayName(name);
    for (int c = 0; c < columns.size(); c++) {
      table.getColumns().get(c).setName(columns.get(c).heading());
    }
    CTTable ct = table.getCTTable();
    ct.setHeaderRowCount(1);
    (ct.isSetAutoFilter() ? ct.getAutoFilter() : ct.addNewAutoFilter()).setRef(ct.getRef());
    CTTableStyleInfo style =
        ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
    style.setName(TABLE_STYLE);
    style.setShowRowStripes(true);
    style.setShowColumnStripes(false);
    style.setShowFirstColumn(false);
    style.setShowLastColumn(false);

    sheet.createFreezePane(0, 1);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    sheet.setFitToPage(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    return table;
  }

  /**
   * An Excel table over {@code columns} from A1 down to {@code lastRow}, its columns numbered from
   * 1 and named by their headings, as {@code sheet.createTable(A1:lastCell)} makes it.
   *
   * <p>POI makes each column with {@link XSSFTable#createColumn(String, int)}, which reads and
   * formats every header cell again for each column it adds (a new {@code DataFormatter} each
   * time): a fifth of the board pack's workbook time went there. So POI is given a table one column
   * wide, which makes the table's attributes and first column in the order it always does, and the
   * other columns are added to the table's XML directly, then the area is widened once. The XML is
   * the same, attribute for attribute (TableDeclarationTest holds it to POI's own).
   */
  static XSSFTable createTable(XSSFSheet sheet, List<Column> columns, int lastRow) {
    CellReference from = new CellReference(0, 0);
    XSSFTable table =
        sheet.createTable(
            new AreaReference(from, new CellReference(lastRow, 0), SpreadsheetVersion.EXCEL2007));
    if (columns.size() > 1) {
      CTTableColumns tableColumns = table.getCTTable().getTableColumns();
      for (int c = 1; c < columns.size(); c++) {
        CTTableColumn column = tableColumns.addNewTableColumn();
        column.setId(c + 1L);
        column.setName(columns.get(c).heading());
      }
      tableColumns.setCount(columns.size());
      table.setCellReferences(
          new AreaReference(
              from, new CellReference(lastRow, columns.size() - 1), SpreadsheetVersion.EXCEL2007));
    }
    return table;
  }

  /**
   * Lines of text below the table, after one blank row that ends it: a bold heading, then one line
   * a row in column A, unwrapped so each sentence reads along its row. A sentence wider than the
   * table goes on in the rows below it, broken between words, so that it ends within the table's
   * width and prints whole. Call after {@link #finish()}. Returns the index of the first row after
   * the lines.
   */
  int linesBelow(String heading, List<String> lines) {
    int r = nextRow + 1;
    Cell head = sheet.createRow(r++).createCell(0);
    head.setCellValue(heading);
    head.setCellStyle(styles.heading);
    return sentences(tableSheet, styles, r, columns.size() - 1, lines);
  }

  /**
   * Sentences in column A from row {@code firstRow} down, each broken between words over as many
   * rows as it needs to end by column {@code lastColumn} at the widths the sheet's cells give it.
   * Returns the index of the row after them.
   */
  static int sentences(
      XSSFSheet sheet, Styles styles, int firstRow, int lastColumn, List<String> sentences) {
    ColumnWidths.fit(sheet);
    double room = ColumnWidths.span(sheet, 0, lastColumn);
    int r = firstRow;
    for (String sentence : sentences) {
      for (String line : ColumnWidths.breakLines(sentence, room, false)) {
        Cell cell = sheet.createRow(r++).createCell(0);
        cell.setCellValue(
            line.length() > MAX_CELL_CHARS ? line.substring(0, MAX_CELL_CHARS) : line);
        cell.setCellStyle(styles.textFor(line, false));
      }
    }
    return r;
  }

  private void writeHeader() {
    Row row = sheet.createRow(nextRow++);
    int lines = 1;
    for (int c = 0; c < columns.size(); c++) {
      Column column = columns.get(c);
      sheet.setColumnWidth(c, column.width() * 256);
      Cell cell = row.createCell(c);
      cell.setCellValue(column.heading());
      cell.setCellStyle(column.figures() ? styles.figuresHeader : styles.header);
      int indent = cell.getCellStyle().getIndention();
      // The narrowest the heading may be; its column is no narrower, so it takes no more lines.
      double width = ColumnWidths.headingWidth(column.heading(), true, indent, 1);
      lines =
          Math.max(lines, ColumnWidths.lines(column.heading(), Math.ceil(width), true, indent, 1));
      measure(c, cell);
    }
    // Spreadsheet programs do not all fit a row to wrapped text on opening; give the header room.
    // On an ordinary sheet ColumnWidths.fit sets it again once the widths are known.
    row.setHeightInPoints(heightFor(lines));
  }

  /** Measures a written cell for its column's width, on a streamed sheet. */
  private void measure(int column, Cell cell) {
    if (tracker != null) {
      tracker.cell(column, cell);
    }
  }

  /**
   * Sets the widths of a streamed table's columns from the cells written, as {@link
   * ColumnWidths#fit} does for an ordinary sheet. Call once every row is written.
   */
  void fitStreamed() {
    if (tracker != null) {
      tracker.apply(tableSheet);
    }
  }

  /**
   * The lines text wraps to in a column of this many characters, by the rule of {@link
   * ColumnWidths}. Spreadsheet programs do not all fit a row to wrapped text when they open a file,
   * so rows with wrapped text are given this height.
   */
  static int linesFor(String text, int width) {
    return ColumnWidths.lines(text, width, false, 0, 1);
  }

  /** Writes text as a string cell and returns the text as written. */
  private String writeText(Cell cell, String value, boolean wrap) {
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
    return ColumnWidths.height(lines, 1);
  }

  /**
   * A formula this code built, never text from the input, with the value the model computed as its
   * cached result: a program that does not calculate shows the model's figure, and one that does
   * gets the same figure from the cells (the tests check that they agree).
   */
  static void formula(Cell cell, String formula, double cached, CellStyle style) {
    if (!(cell instanceof XSSFCell)) {
      throw new IllegalStateException(
          "Formulas are written only on ordinary (not streamed) sheets");
    }
    cell.setCellFormula(formula);
    // On a formula cell, setCellValue sets the cached result and keeps the formula.
    cell.setCellValue(cached);
    cell.setCellStyle(style);
  }

  /** The cells of one data row, written left to right, one call a column. */
  final class Cells {
    private final Row row;
    private int nextColumn;
    private int lines = 1;

    private Cells(Row row) {
      this.row = row;
    }

    /** The address of this row's cell in a column, such as "G5", for formulas. */
    String at(int column) {
      return new CellAddress(row.getRowNum(), column).formatAsString();
    }

    /** The row index, 0-based. */
    int index() {
      return row.getRowNum();
    }

    /** The column the next call writes, 0-based. */
    int column() {
      return nextColumn;
    }

    private Cell next() {
      if (nextColumn >= columns.size()) {
        throw new IllegalStateException(
            "Row "
                + (row.getRowNum() + 1)
                + " has more cells than the "
                + columns.size()
                + " columns of its table");
      }
      return row.createCell(nextColumn++);
    }

    /** Text, from the input or not: always a string cell, never a formula. */
    Cells text(String value) {
      Cell cell = next();
      Column column = columns.get(cell.getColumnIndex());
      String written = writeText(cell, value, column.wrap());
      if (column.wrap() && tracker != null) {
        // A streamed row is flushed before the sheet is fitted: give it its height now.
        int needed = linesFor(written, (int) tracker.width(cell.getColumnIndex()));
        if (needed > lines) {
          lines = needed;
          row.setHeightInPoints(heightFor(lines));
        }
      }
      measure(cell.getColumnIndex(), cell);
      return this;
    }

    /**
     * Text standing in a column of figures where there is no figure: "n/a", "not split". It wraps
     * within the width the figures need rather than widen the column (but on a streamed sheet,
     * whose rows cannot be made taller later, it widens it).
     */
    Cells absent(String why) {
      Cell cell = next();
      cell.setCellValue(why);
      cell.setCellStyle(tracker == null ? styles.notApplicableWrapped : styles.notApplicable);
      measure(cell.getColumnIndex(), cell);
      return this;
    }

    Cells count(long value) {
      return number(value, styles.count);
    }

    Cells count(OptionalLong value, String whenAbsent) {
      return value.isPresent() ? count(value.getAsLong()) : absent(whenAbsent);
    }

    /** An estimate: kept to full precision, shown as a whole number. */
    Cells estimate(double value) {
      return number(value, styles.count);
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

    /** A count worked out by a formula, cached as the model's figure. */
    Cells countFormula(String formula, long cached) {
      formula(next(), formula, cached, styles.count);
      return this;
    }

    /** An estimate worked out by a formula: kept to full precision, shown as a whole number. */
    Cells countFormula(String formula, double cached) {
      formula(next(), formula, cached, styles.count);
      return this;
    }

    Cells rateFormula(String formula, double cached) {
      formula(next(), formula, cached, styles.rate);
      return this;
    }

    Cells ratioFormula(String formula, double cached) {
      formula(next(), formula, cached, styles.ratio);
      return this;
    }

    Cells shareFormula(String formula, double cached) {
      formula(next(), formula, cached, styles.share);
      return this;
    }

    /**
     * A formula whose result here is text, such as "not published" where a figure is missing: the
     * cached result is that text, so a program that does not calculate shows it too, never 0.
     */
    Cells textFormula(String formula, String cached) {
      Cell cell = next();
      if (!(cell instanceof XSSFCell)) {
        throw new IllegalStateException(
            "Formulas are written only on ordinary (not streamed) sheets");
      }
      cell.setCellFormula(formula);
      // On a formula cell, setCellValue sets the cached result (as text) and keeps the formula.
      cell.setCellValue(cached);
      cell.setCellStyle(styles.notApplicable);
      return this;
    }

    /**
     * Text that links to a place in the workbook, such as "'Data quality'!A1": a string cell with a
     * hyperlink, not a HYPERLINK formula.
     */
    Cells link(String value, String address) {
      Cell cell = next();
      cell.setCellValue(value);
      org.apache.poi.ss.usermodel.Hyperlink link =
          sheet
              .getWorkbook()
              .getCreationHelper()
              .createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.DOCUMENT);
      link.setAddress(address);
      cell.setHyperlink(link);
      cell.setCellStyle(styles.link);
      measure(cell.getColumnIndex(), cell);
      return this;
    }

    /** A real date cell, so it sorts and filters as a date. */
    Cells date(Optional<LocalDate> value, String whenAbsent) {
      if (value.isEmpty()) {
        return absent(whenAbsent);
      }
      Cell cell = next();
      cell.setCellValue(value.get());
      cell.setCellStyle(styles.date);
      measure(cell.getColumnIndex(), cell);
      return this;
    }

    private Cells number(double value, CellStyle style) {
      Cell cell = next();
      cell.setCellValue(value);
      cell.setCellStyle(style);
      measure(cell.getColumnIndex(), cell);
      return this;
    }
  }
}
