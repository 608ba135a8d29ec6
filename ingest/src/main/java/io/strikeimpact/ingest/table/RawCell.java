package io.strikeimpact.ingest.table;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One non-blank cell as the file holds it, before any profile gives it a meaning.
 *
 * @param column 0-based column index (A = 0)
 * @param text the text a person sees in the cell (formatted number, formula result, csv field)
 * @param number the numeric value when the cell is a number in a spreadsheet (formula results too)
 * @param date the date when the spreadsheet cell is a number formatted as a date
 */
public record RawCell(int column, String text, OptionalDouble number, Optional<LocalDate> date) {
  public RawCell {
    if (column < 0) {
      throw new IllegalArgumentException("column must be 0 or more, was " + column);
    }
    text = text == null ? "" : text.strip();
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
  }

  /**
   * What a formula cell holds when the program that wrote the file never calculated it (openpyxl,
   * for one, writes formulas without their results): no figure, and never read as 0.
   */
  public static final String UNCALCULATED = "(a formula never calculated)";

  /** A formula cell with no calculated value: see {@link #UNCALCULATED}. */
  public static RawCell uncalculated(int column) {
    return text(column, UNCALCULATED);
  }

  /** Whether this is a formula cell with no calculated value. */
  public boolean isUncalculated() {
    return number.isEmpty() && UNCALCULATED.equals(text);
  }

  /** A text cell, as every csv field is. */
  public static RawCell text(int column, String text) {
    return new RawCell(column, text, OptionalDouble.empty(), Optional.empty());
  }

  public boolean isBlank() {
    return text.isEmpty() && number.isEmpty();
  }

  /** Whether the cell holds text that is not a number: a label rather than a figure. */
  public boolean isLabel() {
    return number.isEmpty() && !text.isEmpty() && !text.matches("[-+]?[\\d,]*\\.?\\d+");
  }
}
