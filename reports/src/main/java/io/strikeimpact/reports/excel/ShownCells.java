package io.strikeimpact.reports.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * What the cells of one sheet show ({@link ColumnWidths.Shown}), for measuring a sheet of many
 * rows: each cell style is read once, and each figure is formatted once for its format.
 *
 * <p>A national pack has tens of thousands of cells in a few styles and repeated figures; reading a
 * style walks POI's XML beans and formatting a figure runs {@code DataFormatter}, which between
 * them were most of the time spent fitting widths. What is shown does not change.
 *
 * <p>For one workbook (style indexes are the workbook's) and one thread.
 */
final class ShownCells {
  /** Distinct figures remembered, so a sheet of unique values does not hold them all. */
  private static final int MOST_FIGURES = 100_000;

  /** What a cell's style says about the text it shows. */
  private record Look(boolean wrap, boolean bold, int indent, double scale, boolean gapAfter) {}

  private record Figure(short format, double value) {}

  private final Map<Short, Look> looks = new HashMap<>();
  private final Map<Figure, String> figures = new HashMap<>();

  /** What a cell shows and how, or null for an empty one; as {@link ColumnWidths#shown}. */
  ColumnWidths.Shown shown(Cell cell) {
    return shown(cell, text(cell));
  }

  /** As {@link #shown(Cell)}, given the cell's {@link #text}. */
  ColumnWidths.Shown shown(Cell cell, String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
    Look look = looks.computeIfAbsent(style.getIndex(), i -> look(style));
    // A figure's format that ends a digit short of the edge ("_0") asks as much room as an indent.
    int gap = look.gapAfter() && cell.getCellType() != CellType.STRING ? 1 : 0;
    return new ColumnWidths.Shown(
        text, look.wrap(), look.bold(), look.indent() + gap, look.scale());
  }

  /** The text a cell shows, as {@link ColumnWidths#text}, each figure formatted once. */
  String text(Cell cell) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type != CellType.NUMERIC) {
      return ColumnWidths.text(cell);
    }
    Figure key = new Figure(cell.getCellStyle().getDataFormat(), cell.getNumericCellValue());
    String text = figures.get(key);
    if (text == null) {
      text = ColumnWidths.text(cell);
      if (figures.size() < MOST_FIGURES) {
        figures.put(key, text);
      }
    }
    return text;
  }

  private static Look look(XSSFCellStyle style) {
    XSSFFont font = style.getFont();
    String format = style.getDataFormatString();
    return new Look(
        style.getWrapText(),
        font.getBold(),
        style.getIndention(),
        font.getFontHeightInPoints() / ColumnWidths.FONT_POINTS,
        format != null && format.endsWith("_0"));
  }
}
