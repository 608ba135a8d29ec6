package io.strikeimpact.ingest.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Labels merged down a column: a site, date or specialty written once in a cell merged over the
 * rows it heads (A2:A7). A spreadsheet keeps the value in the merged region's first cell alone and
 * the rest are blank, so read row by row every row but the first had no site and was rejected (red
 * team 4, case "merged sites"). Each blank cell of such a region is read as the label a person sees
 * there: the first cell's. A number is never copied down, since that would count a figure once per
 * row it spans; nor is a region across columns, which is a heading over the columns below it.
 */
public final class MergedLabels {
  /** A region merged over one column and more than one row, by 1-based row and 0-based column. */
  public record Region(int column, int firstRow, int lastRow) {}

  private MergedLabels() {}

  /** The region of an Excel range such as "A2:A7", when it is one column over several rows. */
  public static Optional<Region> ofRange(String range) {
    String[] ends = range.strip().replace("$", "").toUpperCase(java.util.Locale.ROOT).split(":");
    if (ends.length != 2) {
      return Optional.empty();
    }
    Integer column = CellReference.columnOf(ends[0]);
    Integer firstRow = CellReference.rowOf(ends[0]);
    Integer lastRow = CellReference.rowOf(ends[1]);
    if (column == null || firstRow == null || lastRow == null) {
      return Optional.empty();
    }
    if (!column.equals(CellReference.columnOf(ends[1]))) {
      return Optional.empty();
    }
    return of(column, firstRow, lastRow);
  }

  /** The region of a column and 1-based rows, when it spans more than one row. */
  public static Optional<Region> of(int column, int firstRow, int lastRow) {
    return lastRow > firstRow && column >= 0
        ? Optional.of(new Region(column, firstRow, lastRow))
        : Optional.empty();
  }

  /**
   * The rows with each merged region's blank cells holding its first cell's label.
   *
   * @param rows every row of the sheet from row 1, in order, blank ones too (row n at index n-1)
   */
  public static List<RawRow> fill(List<RawRow> rows, List<Region> regions) {
    if (regions.isEmpty()) {
      return rows;
    }
    List<RawRow> out = new ArrayList<>(rows);
    for (Region r : regions) {
      if (r.firstRow() > out.size()) {
        continue;
      }
      Optional<RawCell> top = out.get(r.firstRow() - 1).cell(r.column());
      if (top.isEmpty() || !(top.get().date().isPresent() || top.get().number().isEmpty())) {
        continue;
      }
      for (int n = r.firstRow() + 1; n <= Math.min(r.lastRow(), out.size()); n++) {
        RawRow row = out.get(n - 1);
        if (row.cell(r.column()).isEmpty()) {
          out.set(n - 1, withCell(row, copy(top.get(), r.column())));
        }
      }
    }
    return out;
  }

  private static RawCell copy(RawCell c, int column) {
    return new RawCell(column, c.text(), c.number(), c.date());
  }

  private static RawRow withCell(RawRow row, RawCell cell) {
    List<RawCell> cells = new ArrayList<>(row.cells().size() + 1);
    boolean placed = false;
    for (RawCell c : row.cells()) {
      if (!placed && c.column() > cell.column()) {
        cells.add(cell);
        placed = true;
      }
      cells.add(c);
    }
    if (!placed) {
      cells.add(cell);
    }
    return new RawRow(row.sheet(), row.number(), cells, row.hidden());
  }
}
