package io.strikeimpact.ingest.screen;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the numeric date forms extracts write ({@code 13/03/2023}, {@code 13-03-2023}, {@code
 * 13.03.2023}, {@code 2023-03-13}, each maybe followed by a time), by hand rather than with a
 * formatter, because the screen asks it of every value of every column of a large extract. Only for
 * telling a column of dates; the figures' dates are read with the profile's formats.
 */
public final class RoughDates {
  private RoughDates() {}

  /** Whether the text is a date, in a numeric form, before the given day. */
  public static boolean isOld(String text, LocalDate before) {
    int ymd = yearMonthDay(text);
    return ymd >= 0 && ymd < asNumber(before);
  }

  /** The day as the number yyyymmdd. */
  static int asNumber(LocalDate day) {
    return day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
  }

  public static Optional<LocalDate> parse(String text) {
    int ymd = yearMonthDay(text);
    if (ymd < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(ymd / 10000, ymd / 100 % 100, ymd % 100));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The date as the number yyyymmdd, or -1 when the text is not one of the forms: allocation-free,
   * for the screen's pass over every value. Months and days are checked for range, not for the
   * length of the month.
   */
  static int yearMonthDay(String text) {
    int n = text.length();
    if (n < 8 || n > 32) {
      return -1;
    }
    char first = text.charAt(0);
    if (first < '0' || first > '9') {
      return -1;
    }
    int end = n;
    for (int i = 8; i < n && i <= 10; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == 'T') {
        end = i;
        break;
      }
    }
    if (end > 10) {
      return -1;
    }
    int a = 0;
    int b = 0;
    int c = 0;
    int wa = 0;
    int wb = 0;
    int wc = 0;
    int part = 0;
    char separator = 0;
    for (int i = 0; i < end; i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9') {
        int d = ch - '0';
        if (part == 0) {
          a = a * 10 + d;
          wa++;
        } else if (part == 1) {
          b = b * 10 + d;
          wb++;
        } else {
          c = c * 10 + d;
          wc++;
        }
      } else if ((ch == '/' || ch == '-' || ch == '.')
          && part < 2
          && (separator == 0 || ch == separator)
          && (part == 0 ? wa : wb) > 0) {
        separator = ch;
        part++;
      } else {
        return -1;
      }
    }
    if (part != 2 || wc == 0) {
      return -1;
    }
    int year;
    int month = b;
    int day;
    if (wa == 4 && wb <= 2 && wc <= 2) {
      year = a;
      day = c;
    } else if (wa <= 2 && wb <= 2 && wc == 4) {
      year = c;
      day = a;
    } else {
      return -1;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return -1;
    }
    return year * 10000 + month * 100 + day;
  }
}
