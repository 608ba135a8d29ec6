package io.strikeimpact.model.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Figures and dates written the GOV.UK and NHS way: numerals with a comma above 999 ("4,726"),
 * dates without ordinals ("13 March 2023"), ranges with "to" ("13 to 15 March 2023"), ratios to one
 * decimal place ("3.1 times"). Every renderer writes figures through here, so the PDF, the workbook
 * and the terminal say the same thing the same way.
 */
public final class HouseStyle {
  private static final Locale UK = Locale.UK;
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", UK);
  private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", UK);
  private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", UK);

  private HouseStyle() {}

  /** "4,726". */
  public static String count(long n) {
    return format("#,##0", n);
  }

  /** A rate to one decimal place with thousands separators: "1,150.3", "47.9". */
  public static String rate(double value) {
    return format("#,##0.0", value);
  }

  /** A rate rounded to a whole number for sentences: "1,150". */
  public static String wholeRate(double value) {
    return format("#,##0", value);
  }

  /**
   * A rate as every table and sentence shows it: whole from 100 ("1,150", "377"), one decimal below
   * ("47.9"), so the same rate never reads "377" on one page and "376.5" on another.
   */
  public static String shownRate(double value) {
    return Math.abs(value) >= 99.95 ? wholeRate(value) : rate(value);
  }

  /** A ratio to one decimal place: "3.1 times". */
  public static String ratio(double value) {
    return format("#,##0.0", value) + " times";
  }

  /** A share or change as a whole percentage: "73%"; "less than 1%" for a small non-zero share. */
  public static String percent(double fraction) {
    double pct = fraction * 100;
    if (pct > 0 && pct < 0.5) {
      return "less than 1%";
    }
    return format("#,##0", pct) + "%";
  }

  /** A signed change as a percentage: "+205%", "-12%". */
  public static String signedPercent(double fraction) {
    String body = percent(Math.abs(fraction));
    return (fraction < 0 ? "-" : "+") + body;
  }

  /**
   * An estimate rounded as a release would say it: to the nearest 10 below 1,000, to the nearest
   * 100 from 1,000 and to the nearest 1,000 from 100,000 ("about 6,300").
   */
  public static long roundForPublication(double value) {
    double step = value < 1_000 ? 10 : value < 100_000 ? 100 : 1_000;
    return Math.round(value / step) * (long) step;
  }

  /** "13 March 2023". */
  public static String date(LocalDate d) {
    return DAY_MONTH_YEAR.format(d);
  }

  /** "March 2023". */
  public static String month(LocalDate d) {
    return MONTH_YEAR.format(d);
  }

  /**
   * A range of dates: "13 to 15 March 2023", "30 April to 1 May 2023", "20 December 2023 to 3
   * January 2024"; a single day is just its date.
   */
  public static String dateRange(LocalDate from, LocalDate to) {
    if (from.equals(to)) {
      return date(from);
    }
    if (from.getYear() != to.getYear()) {
      return date(from) + " to " + date(to);
    }
    if (from.getMonth() != to.getMonth()) {
      return DAY_MONTH.format(from) + " to " + date(to);
    }
    return from.getDayOfMonth() + " to " + date(to);
  }

  /**
   * Days that may not be contiguous, written as runs: "13 to 15 March 2023", "18 and 19 January
   * 2023", "18 and 19 January and 6 and 7 February 2023". Assumes the dates are sorted.
   */
  public static String days(List<LocalDate> sorted) {
    if (sorted.isEmpty()) {
      return "";
    }
    List<LocalDate[]> runs = new ArrayList<>();
    LocalDate runStart = sorted.getFirst();
    LocalDate previous = runStart;
    for (LocalDate d : sorted.subList(1, sorted.size())) {
      if (!d.equals(previous.plusDays(1))) {
        runs.add(new LocalDate[] {runStart, previous});
        runStart = d;
      }
      previous = d;
    }
    runs.add(new LocalDate[] {runStart, previous});

    boolean oneYear = sorted.getFirst().getYear() == sorted.getLast().getYear();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      LocalDate from = runs.get(i)[0];
      LocalDate to = runs.get(i)[1];
      // Single days of one month share it, as one part: "15 and 20 December 2022", so a longer
      // list reads "15 and 20 December 2022, 18 and 19 January 2023 and ...", never "15, 20".
      int end = i;
      while (from.equals(to)
          && end + 1 < runs.size()
          && runs.get(end + 1)[0].equals(runs.get(end + 1)[1])
          && YearMonth.from(runs.get(end + 1)[0]).equals(YearMonth.from(from))) {
        end++;
      }
      boolean withYear = end == runs.size() - 1 || !oneYear;
      if (end == i) {
        parts.add(run(from, to, withYear));
        continue;
      }
      List<String> dayNumbers = new ArrayList<>();
      for (int k = i; k < end; k++) {
        dayNumbers.add(Integer.toString(runs.get(k)[0].getDayOfMonth()));
      }
      dayNumbers.add(run(runs.get(end)[0], runs.get(end)[0], withYear));
      parts.add(joinWithAnd(dayNumbers));
      i = end;
    }
    return joinWithAnd(parts);
  }

  private static String run(LocalDate from, LocalDate to, boolean withYear) {
    DateTimeFormatter full = withYear ? DAY_MONTH_YEAR : DAY_MONTH;
    if (from.equals(to)) {
      return full.format(from);
    }
    String joiner = to.equals(from.plusDays(1)) ? " and " : " to ";
    if (from.getMonth() == to.getMonth() && from.getYear() == to.getYear()) {
      return from.getDayOfMonth() + joiner + full.format(to);
    }
    DateTimeFormatter start = from.getYear() == to.getYear() ? DAY_MONTH : DAY_MONTH_YEAR;
    return start.format(from) + joiner + full.format(to);
  }

  /** The first letter in capitals, for text that starts a sentence or a heading. */
  public static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "a", "a and b", "a, b and c" (no Oxford comma, as GOV.UK style). */
  public static String joinWithAnd(List<String> items) {
    return switch (items.size()) {
      case 0 -> "";
      case 1 -> items.getFirst();
      default -> String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    };
  }

  /** "1 day", "3 days"; "12 hours", "1 hour", "95.5 hours". */
  public static String quantity(double amount, String singular, String plural) {
    return hours(amount) + " " + (amount == 1 ? singular : plural);
  }

  /**
   * A number of hours (or days) without its unit, to one decimal place with a whole number shown
   * whole: "72", "95.5", and "113" for 112.98 (not "113.0").
   */
  public static String hours(double amount) {
    return format("#,##0.#", amount);
  }

  private static String format(String pattern, double value) {
    DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(UK));
    f.setRoundingMode(java.math.RoundingMode.HALF_UP);
    return f.format(value);
  }
}
