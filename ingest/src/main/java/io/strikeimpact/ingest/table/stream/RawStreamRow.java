package io.strikeimpact.ingest.table.stream;

import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import java.time.LocalDate;
import java.util.Optional;

/** A {@link RawRow} seen as a {@link StreamRow}, its cells indexed by column once. */
final class RawStreamRow implements StreamRow {
  private final RawRow row;
  private final RawCell[] cells;

  RawStreamRow(RawRow row) {
    this.row = row;
    int width = row.cells().isEmpty() ? 0 : row.cells().getLast().column() + 1;
    cells = new RawCell[width];
    for (RawCell c : row.cells()) {
      cells[c.column()] = c;
    }
  }

  @Override
  public String sheet() {
    return row.sheet();
  }

  @Override
  public int number() {
    return row.number();
  }

  @Override
  public boolean hidden() {
    return row.hidden();
  }

  @Override
  public int width() {
    return cells.length;
  }

  @Override
  public boolean isBlank(int column) {
    return column >= cells.length || cells[column] == null;
  }

  @Override
  public String text(int column) {
    return isBlank(column) ? "" : cells[column].text();
  }

  @Override
  public boolean isNumber(int column) {
    return !isBlank(column) && cells[column].number().isPresent();
  }

  @Override
  public double number(int column) {
    return isNumber(column) ? cells[column].number().getAsDouble() : Double.NaN;
  }

  @Override
  public Optional<LocalDate> date(int column) {
    return isBlank(column) ? Optional.empty() : cells[column].date();
  }

  @Override
  public RawRow toRawRow() {
    return row;
  }
}
