package io.strikeimpact.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of two returns is the later: by the return date in the file's name ({@code 2023-03-20},
 * {@code 20230320}, or as the UK writes it, {@code 20-03-2023}), else by the file's name without
 * its extension, in order, numbers by their value ({@code nnuh-march} before {@code
 * nnuh-march-revised}, {@code v9} before {@code v10}). Ingest uses it to let a revision replace
 * what it revises; analysis uses it to tell figures that a later, unreadable return may have
 * revised.
 */
public final class ReturnOrder {
  private static final Pattern RETURN_DATE =
      Pattern.compile("(20\\d\\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\\d|3[01])");

  /** Day, month and year with a separator, as a British name writes a date: 03-04-2023. */
  private static final Pattern UK_DATE =
      Pattern.compile("(?<!\\d)(0?[1-9]|[12]\\d|3[01])[-._](0?[1-9]|1[0-2])[-._](20\\d\\d)(?!\\d)");

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private ReturnOrder() {}

  /** The return date in a file's name, if it has one that is a date of the calendar. */
  public static Optional<LocalDate> date(String name) {
    String digits = dateDigits(baseName(name));
    if (digits.equals(NO_DATE)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(digits, DateTimeFormatter.BASIC_ISO_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty(); // 31 April: not a date, so no date
    }
  }

  private static final String NO_DATE = "00000000";

  private static String baseName(String name) {
    return name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
  }

  /** The name's date as yyyyMMdd, UK-written dates first; {@link #NO_DATE} when it has none. */
  private static String dateDigits(String base) {
    Matcher uk = UK_DATE.matcher(base);
    if (uk.find()) {
      return uk.group(3) + twoDigits(uk.group(2)) + twoDigits(uk.group(1));
    }
    Matcher iso = RETURN_DATE.matcher(base);
    return iso.find() ? iso.group(1) + iso.group(2) + iso.group(3) : NO_DATE;
  }

  /** A key that sorts returns from the earliest to the latest. */
  public static String key(String name) {
    String base = baseName(name);
    String date = dateDigits(base);
    return date
        + " "
        + name.substring(0, name.lastIndexOf('/') + 1)
        + byValue(base.toLowerCase(Locale.ROOT));
  }

  private static String twoDigits(String n) {
    return n.length() == 1 ? "0" + n : n;
  }

  /** Every run of digits padded to one width, so that text order is number order: v9 before v10. */
  private static String byValue(String text) {
    Matcher m = DIGITS.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String digits = m.group().replaceFirst("^0+(?=\\d)", "");
      m.appendReplacement(out, "0".repeat(Math.max(0, 12 - digits.length())) + digits);
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Whether {@code later} comes after {@code earlier} as a revision would. */
  public static boolean isLater(String later, String earlier) {
    return key(later).compareTo(key(earlier)) > 0;
  }
}
