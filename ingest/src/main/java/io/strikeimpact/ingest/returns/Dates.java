package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.DateFormats;
import io.strikeimpact.ingest.table.CellDate;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date from a cell: an Excel date cell, an Excel serial number, or text in one of the
 * profile's formats.
 */
final class Dates {
  /** House style for dates in messages: 13 March 2023. */
  static final DateTimeFormatter HOUSE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  /**
   * 1 January 1990 to 31 December 2099 as Excel serial numbers: anything else is not a date here.
   */
  private static final long FIRST_SERIAL = 32874;

  private static final long LAST_SERIAL = 73415;

  private Dates() {}

  static Optional<CellDate> read(
      Optional<RawCell> cell,
      DateFormats formats,
      String profile,
      Provenance where,
      List<DataProblem> problems) {
    Optional<CellDate> date = cell.isPresent() ? parse(cell.get(), formats) : Optional.empty();
    if (date.isEmpty()) {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              where,
              cell.map(RawCell::text).orElse(""),
              "a date written as " + formats + ", or an Excel date",
              cell.isPresent() && isMonthFirst(cell.get().text())
                  ? "the date reads month first, as a spreadsheet set to US English saves dates"
                      + " as text: save the return again with the United Kingdom's date setting,"
                      + " or, if every date in it is month first, set date.format = MM/dd/yyyy in "
                      + profile
                  : "correct the date in the return, or add its pattern to date.format in "
                      + profile));
    }
    return date;
  }

  private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  /**
   * "03/13/2023": a date that is no date day first and is one month first. Such a file's other
   * dates (03/04/2023) are just as likely month first, so the fix is the whole file, not the cell.
   */
  static boolean isMonthFirst(String text) {
    Matcher m = MONTH_FIRST.matcher(text.strip());
    if (!m.matches()) {
      return false;
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    return first >= 1 && first <= 12 && second > 12 && second <= 31;
  }

  static Optional<CellDate> parse(RawCell c, DateFormats formats) {
    if (c.date().isPresent()) {
      // A date cell's time is its serial's fraction of a day: the reader keeps the date alone.
      return Optional.of(
          c.number().isPresent()
              ? CellDate.ofSerial(c.date().get(), c.number().getAsDouble())
              : CellDate.of(c.date().get()));
    }
    if (c.number().isPresent()) {
      return serial(c.number().getAsDouble()).map(CellDate::of);
    }
    Optional<CellDate> text = formats.parseDateTime(c.text());
    if (text.isEmpty() && c.text().matches("\\d{5}")) {
      return serial(Double.parseDouble(c.text())).map(CellDate::of);
    }
    return text;
  }

  /**
   * A date cell's value as a person sees it: a spreadsheet's date cell as a British computer shows
   * it ({@code 16/03/2023 06:29}, never Excel's built-in US {@code 3/16/23} nor the serial it
   * stores); other text as written.
   */
  static String found(Optional<RawCell> cell, Optional<CellDate> date) {
    if (cell.isPresent() && cell.get().date().isPresent() && date.isPresent()) {
      return date.get().british();
    }
    return cell.map(RawCell::text).orElse("");
  }

  /**
   * The subject of a sentence about the day a cell is in: "16 March 2023", or for a time before
   * 07:00 "13/03/2023 06:00 is in the day of 12 March 2023 (07:00 to 07:00), which", so "is not
   * one" reads on from either.
   */
  static String dayOf(CellDate date) {
    return date.isBeforeSevenAm()
        ? date.british() + " is in the day of " + house(date.day()) + " (07:00 to 07:00), which"
        : house(date.day());
  }

  private static Optional<LocalDate> serial(double value) {
    if (value != Math.rint(value) || value < FIRST_SERIAL || value > LAST_SERIAL) {
      return Optional.empty();
    }
    return Optional.of(EXCEL_EPOCH.plusDays((long) value));
  }

  private static final Pattern SERIAL = Pattern.compile("(\\d{5})(\\.\\d{1,4})?\\d*");

  /**
   * A date cell's value as a person sees it in Excel: "16 March 2023 (stored as 45001.4236)" for a
   * cell that holds a serial such as 45001.4236111111099987, the text as written otherwise.
   */
  static String shown(String found, LocalDate date) {
    Matcher m = SERIAL.matcher(found.strip());
    if (!m.matches()) {
      return found;
    }
    String serial = m.group(1) + (m.group(2) == null ? "" : m.group(2));
    return house(date) + " (stored as " + serial + ")";
  }

  static String house(LocalDate date) {
    return HOUSE.format(date);
  }
}
