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
    Optional<LocalDate> date = parse(text);
    return date.isPresent() && date.get().isBefore(before);
  }

  public static Optional<LocalDate> parse(String text) {
    int n = text.length();
    if (n < 8 || n > 32 || !Character.isDigit(text.charAt(0))) {
      return Optional.empty();
    }
    int end = text.indexOf(' ');
    if (end < 0) {
      end = text.indexOf('T');
    }
    if (end < 0) {
      end = n;
    }
    if (end < 8 || end > 10) {
      return Optional.empty();
    }
    int[] parts = new int[3];
    int[] widths = new int[3];
    int part = 0;
    char separator = 0;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        parts[part] = parts[part] * 10 + (c - '0');
        widths[part]++;
      } else if ((c == '/' || c == '-' || c == '.') && part < 2 && widths[part] > 0) {
        if (separator != 0 && c != separator) {
          return Optional.empty();
        }
        separator = c;
        part++;
      } else {
        return Optional.empty();
      }
    }
    if (part != 2 || widths[2] == 0) {
      return Optional.empty();
    }
    try {
      if (widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2) {
        return Optional.of(LocalDate.of(parts[0], parts[1], parts[2]));
      }
      if (widths[0] <= 2 && widths[1] <= 2 && widths[2] == 4) {
        return Optional.of(LocalDate.of(parts[2], parts[1], parts[0]));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
