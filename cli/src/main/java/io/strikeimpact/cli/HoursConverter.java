package io.strikeimpact.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * Reads {@code --hours}: a number of hours of action, more than 0 and at most a year's. picocli's
 * own message ("'abc' is not a double") names a Java type, and 0 or 100000 would reach the
 * projection as a rate with no meaning; say the rule in words instead.
 */
final class HoursConverter implements CommandLine.ITypeConverter<Double> {
  /** A year of hours: no action runs longer, so more is a typing slip. */
  static final double MOST = 366 * 24;

  @Override
  public Double convert(String value) {
    String text = value.strip();
    double hours;
    try {
      hours = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw refused(value, "is not a number of hours");
    }
    if (!(hours > 0)) {
      throw refused(value, "is not more than 0 hours");
    }
    if (hours > MOST || Double.isInfinite(hours)) {
      throw refused(value, "is more hours than a year holds");
    }
    return hours;
  }

  private static CommandLine.TypeConversionException refused(String value, String why) {
    return new CommandLine.TypeConversionException(
        String.format(
            Locale.UK,
            "'%s' %s; expected the hours of action, more than 0 and at most %,d, e.g. 96 for four"
                + " days",
            value,
            why,
            (long) MOST));
  }
}
