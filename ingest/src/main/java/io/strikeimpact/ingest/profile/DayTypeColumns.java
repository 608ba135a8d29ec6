package io.strikeimpact.ingest.profile;

import io.strikeimpact.model.ActivityType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wide layout with one count column per day and activity type, as NHS England tabulates activity
 * rescheduled by trust: headers such as {@code 13-Mar-23 Outpatient}, from {@code
 * columns.by-day-and-type = {date} {type}}. The date is read with {@code date.format}, the type
 * with the type words. A header that does not fit (a name, a total column) is not a count column.
 *
 * @param pattern the profile's text, holding {@code {date}} and {@code {type}} once each
 */
public record DayTypeColumns(String pattern, Pattern regex, boolean dateFirst) {
  public static final String DATE = "{date}";
  public static final String TYPE = "{type}";

  /** A count column's day and type. */
  public record DayType(LocalDate date, ActivityType type) {}

  /**
   * @throws IllegalArgumentException when the pattern lacks {date} or {type}
   */
  public static DayTypeColumns parse(String pattern) {
    int d = pattern.indexOf(DATE);
    int t = pattern.indexOf(TYPE);
    if (d < 0 || t < 0 || pattern.indexOf(DATE, d + 1) >= 0 || pattern.indexOf(TYPE, t + 1) >= 0) {
      throw new IllegalArgumentException("needs {date} and {type} once each");
    }
    StringBuilder re = new StringBuilder();
    String rest = pattern.strip();
    boolean dateFirst = d < t;
    String[] parts = rest.split("\\{date\\}|\\{type\\}", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        re.append("(.+?)");
      }
      re.append(literal(parts[i]));
    }
    return new DayTypeColumns(
        pattern.strip(), Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE), dateFirst);
  }

  private static String literal(String part) {
    StringBuilder s = new StringBuilder();
    for (String piece : part.split("\\s+", -1)) {
      if (!s.isEmpty()) {
        s.append("\\s+");
      }
      if (!piece.isEmpty()) {
        s.append(Pattern.quote(piece));
      }
    }
    return part.isBlank() && !part.isEmpty() ? "\\s+" : s.toString();
  }

  /** The day and type of a header, if it fits the pattern and both parts can be read. */
  public Optional<DayType> read(String header, DateFormats dates, TypeWords types) {
    Matcher m = regex.matcher(header.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String date = m.group(dateFirst ? 1 : 2);
    String type = m.group(dateFirst ? 2 : 1);
    Optional<LocalDate> day = dates.parseDate(date);
    Optional<ActivityType> kind = types.typeOf(type);
    return day.isPresent() && kind.isPresent()
        ? Optional.of(new DayType(day.get(), kind.get()))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
