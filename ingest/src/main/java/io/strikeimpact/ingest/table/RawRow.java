package io.strikeimpact.ingest.table;

import java.util.List;
import java.util.Optional;

/**
 * One row of a table as read, with its blank cells left out.
 *
 * @param sheet the sheet's name; empty for csv
 * @param number the 1-based row number a person sees in a spreadsheet (csv: the line's record
 *     number, the header being row 1)
 * @param cells the non-blank cells, in column order
 */
public record RawRow(String sheet, int number, List<RawCell> cells) {
  public RawRow {
    sheet = sheet == null ? "" : sheet;
    cells = cells.stream().filter(c -> !c.isBlank()).toList();
  }

  public Optional<RawCell> cell(int column) {
    return cells.stream().filter(c -> c.column() == column).findFirst();
  }

  /** The cell's text, empty when the cell is blank. */
  public String text(int column) {
    return cell(column).map(RawCell::text).orElse("");
  }

  public boolean isBlank() {
    return cells.isEmpty();
  }

  /** The text of every cell from A to the last non-blank one, blanks as "", for a rejected row. */
  public List<String> values() {
    int last = cells.isEmpty() ? -1 : cells.getLast().column();
    return java.util.stream.IntStream.rangeClosed(0, last).mapToObj(this::text).toList();
  }
}
