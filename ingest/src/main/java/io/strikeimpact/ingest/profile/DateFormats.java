package io.strikeimpact.ingest.profile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The patterns a hospital writes dates as text in, from {@code date.format} (java
 * DateTimeFormatter patterns separated by {@code |}; default {@code dd/MM/yyyy|yyyy-MM-dd}). Dates
 * are read strictly: 31/02/2023 is not a date.
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
            .map(
                p ->
                    DateTimeFormatter.ofPattern(p.replace('y', 'u'), Locale.UK)
                        .withResolverStyle(ResolverStyle.STRICT))
            .toList();
    return new DateFormats(patterns, formatters);
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
