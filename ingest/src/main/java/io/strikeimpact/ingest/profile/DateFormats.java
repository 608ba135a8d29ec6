package io.strikeimpact.ingest.profile;

import io.strikeimpact.ingest.table.CellDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The patterns a hospital writes dates as text in, from {@code date.format} (java DateTimeFormatter
 * patterns separated by {@code |}; default {@code dd/MM/yyyy|yyyy-MM-dd}). Dates are read strictly:
 * 31/02/2023 is not a date. Month names are read ignoring case, in English as Excel writes them
 * ({@code 13-Mar-23}, {@code 13-Sep-23}) and as Java's UK locale does ({@code 13-Sept-23}).
 */
public record DateFormats(List<String> patterns, List<DateTimeFormatter> formatters) {
  public static final String DEFAULT = "dd/MM/yyyy|yyyy-MM-dd";

  public DateFormats {
    patterns = List.copyOf(patterns);
    formatters = List.copyOf(formatters);
  }

  /**
   * @throws IllegalArgumentException naming the pattern that is not a valid pattern
   */
  public static DateFormats parse(String text) {
    List<String> patterns = ColumnName.alternatives(text);
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("no date pattern given");
    }
    List<DateTimeFormatter> formatters = new ArrayList<>();
    for (String p : patterns) {
      formatters.add(formatter(p, Locale.ENGLISH));
      formatters.add(formatter(p, Locale.UK));
    }
    return new DateFormats(patterns, formatters);
  }

  /**
   * Whether one pattern puts a numeric day before a numeric month (dd/MM/yyyy) and another the
   * month before the day (MM/dd/yyyy): the first to parse would win, so one return's dates would be
   * read half one way and half the other, and no error would show it.
   */
  public boolean daysAndMonthsBothFirst() {
    boolean dayFirst = false;
    boolean monthFirst = false;
    for (String p : patterns) {
      int day = p.indexOf('d');
      int month = p.indexOf('M');
      int year = p.indexOf('y');
      // A month by name, or the year first (yyyy-MM-dd, as ISO 8601 writes it), is never in doubt.
      if (day < 0 || month < 0 || p.contains("MMM") || (year >= 0 && year < Math.min(day, month))) {
        continue;
      }
      dayFirst |= day < month;
      monthFirst |= month < day;
    }
    return dayFirst && monthFirst;
  }

  private static DateTimeFormatter formatter(String pattern, Locale locale) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern.replace('y', 'u'))
        .toFormatter(locale)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  public Optional<LocalDate> parseDate(String text) {
    return parseDateTime(text).map(CellDate::date);
  }

  /**
   * A date in one of the patterns, with the time of day when the pattern holds one or when the text
   * adds one after the date ({@code 16/03/2023 06:29}, {@code 2023-03-16T06:29:00}): a PAS extract
   * writes date-times, and the time decides the day of action (before 07:00 is the day before), so
   * it is kept rather than refused or dropped.
   */
  public Optional<CellDate> parseDateTime(String text) {
    String t = text.strip();
    Optional<CellDate> whole = parseWhole(t);
    if (whole.isPresent()) {
      return whole;
    }
    Matcher m = TRAILING_TIME.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(2));
    int minute = Integer.parseInt(m.group(3));
    int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    if (hour > 23 || minute > 59 || second > 59) {
      return Optional.empty();
    }
    return parseWhole(m.group(1))
        .filter(d -> d.time().isEmpty())
        .map(d -> new CellDate(d.date(), Optional.of(LocalTime.of(hour, minute, second))));
  }

  /** A time written after a date: a space or a T, then hours and minutes, perhaps seconds. */
  private static final Pattern TRAILING_TIME =
      Pattern.compile("(.+?)(?:\\s+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?");

  private Optional<CellDate> parseWhole(String text) {
    for (DateTimeFormatter f : formatters) {
      try {
        TemporalAccessor parsed = f.parse(text);
        LocalDate date = LocalDate.from(parsed);
        return Optional.of(
            new CellDate(date, Optional.ofNullable(parsed.query(TemporalQueries.localTime()))));
      } catch (DateTimeException e) {
        // try the next pattern
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return String.join(" or ", patterns);
  }
}
