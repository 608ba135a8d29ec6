package io.strikeimpact.ingest.table.stream;

import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of a large table, reused by its reader from row to row: read what you need before the
 * reader moves on. Cells are materialised as text only when asked for, so a reader of a million
 * rows can skip the columns it does not use.
 */
public interface StreamRow {
  /** The sheet's name; empty for csv. */
  String sheet();

  /** The 1-based row number a person sees in a spreadsheet (csv: the record number). */
  int number();

  /** Whether the row is hidden in the workbook ({@code hidden="1"}); never for csv. */
  default boolean hidden() {
    return false;
  }

  /** One more than the last column index holding a cell; 0 for a blank row. */
  int width();

  boolean isBlank(int column);

  /**
   * An upper bound on the length of {@link #text}, found without making the text: the patient
   * screen skips a value too short to be an identifier without paying for a string.
   */
  default int maxLength(int column) {
    return text(column).length();
  }

  /**
   * Whether the cell's text, seen without making it, starts with an ASCII letter, ends with an
   * ASCII character that is not a letter, and holds no {@code @}: such a value (an appointment id
   * such as {@code APT00000001}) can be neither a date, an NHS number, a postcode nor an email
   * address, and the patient screen counts it without reading it. False whenever a reader cannot
   * tell cheaply.
   */
  default boolean isPlainWord(int column) {
    return false;
  }

  /** The cell's text (a number as the file writes it, e.g. {@code 44998}); "" when blank. */
  String text(int column);

  /**
   * Whether the cell is a number in a spreadsheet (a formula's cached number too); never for csv.
   */
  boolean isNumber(int column);

  /** The cell's number, or NaN when it is not a number. */
  double number(int column);

  /**
   * The cell's date when it is a number in a date or date-time style (the time of day dropped), in
   * the workbook's date system (1900 or 1904), as POI's user model reads it; empty otherwise, and
   * always for csv.
   */
  default Optional<LocalDate> date(int column) {
    return Optional.empty();
  }

  /**
   * A copy as a {@link RawRow}, for the header finder and rejected rows: numbers keep their value,
   * dates their date.
   */
  default RawRow toRawRow() {
    List<RawCell> cells = new ArrayList<>();
    for (int c = 0; c < width(); c++) {
      if (isBlank(c)) {
        continue;
      }
      cells.add(
          isNumber(c)
              ? new RawCell(c, text(c), OptionalDouble.of(number(c)), date(c))
              : RawCell.text(c, text(c)));
    }
    return new RawRow(sheet(), number(), cells, hidden());
  }
}
