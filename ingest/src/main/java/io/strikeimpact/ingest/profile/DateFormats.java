package io.strikeimpact.ingest.profile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

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
    List<String> patterns =
        Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("no date pattern given");
    }
    List<DateTimeFormatter> formatters =
        patterns.stream()
            .flatMap(p -> Stream.of(Locale.ENGLISH, Locale.UK).map(locale -> formatter(p, locale)))
            .toList();
    return new DateFormats(patterns, formatters);
  }

  private static DateTimeFormatter formatter(String pattern, Locale locale) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern.replace('y', 'u'))
        .toFormatter(locale)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  public Optional<LocalDate> parseDate(String text) {
    for (DateTimeFormatter f : formatters) {
      try {
        return Optional.of(LocalDate.parse(text.strip(), f));
      } catch (DateTimeParseException e) {
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
