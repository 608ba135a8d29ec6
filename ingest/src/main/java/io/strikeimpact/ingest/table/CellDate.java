package io.strikeimpact.ingest.table;

import io.strikeimpact.model.ActionPeriod;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A date read from a cell, with its time of day when the cell gives one. A date alone is its own
 * day of action; a date-time is in the operational day (07:00 to 07:00) it falls in, so 06:29 on 16
 * March 2023 counts for 15 March.
 *
 * @param date the calendar date the cell shows
 * @param time the time of day, when the cell gives one (a spreadsheet serial with a fraction, or
 *     text such as {@code 16/03/2023 06:29}); exactly midnight is taken for a date alone
 */
public record CellDate(LocalDate date, Optional<LocalTime> time) {
  private static final DateTimeFormatter BRITISH_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
  private static final DateTimeFormatter BRITISH_TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
  private static final DateTimeFormatter BRITISH_TIME_SECONDS =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

  public CellDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    // Exports write a date alone as "13/03/2023 00:00" (a database's datetime at midnight), as a
    // whole serial is a date alone: read as 00:00 it would move every row to the day before.
    if (time.isPresent() && time.get().equals(LocalTime.MIDNIGHT)) {
      time = Optional.empty();
    }
  }

  public static CellDate of(LocalDate date) {
    return new CellDate(date, Optional.empty());
  }

  /**
   * The date and time of a spreadsheet date cell: the time is the serial's fraction of a day, to
   * the nearest minute as Excel shows it; a whole serial is a date with no time.
   */
  public static CellDate ofSerial(LocalDate date, double serial) {
    long minutes = Math.round((serial - Math.floor(serial)) * 24 * 60);
    if (minutes <= 0) {
      return of(date);
    }
    return new CellDate(date, Optional.of(LocalTime.ofSecondOfDay(Math.min(minutes * 60, 86_340))));
  }

  /** The operational day of action (07:00 to 07:00) the cell's moment falls in. */
  public LocalDate day() {
    return time.isPresent() ? ActionPeriod.operationalDate(date.atTime(time.get())) : date;
  }

  /** Whether the time puts the cell in the operational day before its calendar date. */
  public boolean isBeforeSevenAm() {
    return !day().equals(date);
  }

  /**
   * As a spreadsheet on a British computer shows it: {@code 16/03/2023 06:29}, or {@code
   * 16/03/2023} for a date alone; never the US {@code 3/16/23} of Excel's built-in format.
   */
  public String british() {
    String d = BRITISH_DATE.format(date);
    return time.map(
            t -> d + " " + (t.getSecond() == 0 ? BRITISH_TIME : BRITISH_TIME_SECONDS).format(t))
        .orElse(d);
  }
}
