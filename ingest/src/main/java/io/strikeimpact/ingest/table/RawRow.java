package io.strikeimpact.ingest.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One row of a table as read, with its blank cells left out.
 *
 * @param sheet the sheet's name; empty for csv
 * @param number the 1-based row number a person sees in a spreadsheet (csv: the line's record
 *     number, the header being row 1)
 * @param cells the non-blank cells, in column order
 * @param hidden whether the row is hidden in the workbook (Excel's Hide, or filtered out by an
 *     AutoFilter): still read and counted, as Excel's SUM counts it, and named in a warning
 */
public record RawRow(String sheet, int number, List<RawCell> cells, boolean hidden) {
  // Loops, not streams: every table's rows are made here, and a lambda is linked the first time it
  // runs, which a cold run pays for.
  public RawRow {
    sheet = sheet == null ? "" : sheet;
    List<RawCell> visible = new ArrayList<>(cells.size());
    for (RawCell c : cells) {
      if (!c.isBlank()) {
        visible.add(c);
      }
    }
    cells = Collections.unmodifiableList(visible);
  }

  /** A row a person sees: every csv row, and a workbook's rows that are not hidden. */
  public RawRow(String sheet, int number, List<RawCell> cells) {
    this(sheet, number, cells, false);
  }

  public Optional<RawCell> cell(int column) {
    for (RawCell c : cells) {
      if (c.column() == column) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The cell's text, empty when the cell is blank. */
  public String text(int column) {
    for (RawCell c : cells) {
      if (c.column() == column) {
        return c.text();
      }
    }
    return "";
  }

  /**
   * The text of the row's first label cell (text that is not a number), which says what kind of row
   * it is: "Total", "Surgery Subtotal", a specialty; empty when the row has none.
   */
  public Optional<String> firstLabel() {
    for (RawCell c : cells) {
      if (c.isLabel()) {
        return Optional.of(c.text());
      }
    }
    return Optional.empty();
  }

  public boolean isBlank() {
    return cells.isEmpty();
  }

  /** The text of every cell from A to the last non-blank one, blanks as "", for a rejected row. */
  public List<String> values() {
    int last = cells.isEmpty() ? -1 : cells.getLast().column();
    List<String> values = new ArrayList<>(last + 1);
    for (int column = 0; column <= last; column++) {
      values.add(text(column));
    }
    return Collections.unmodifiableList(values);
  }
}
