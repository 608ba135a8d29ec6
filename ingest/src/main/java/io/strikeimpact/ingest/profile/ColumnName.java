package io.strikeimpact.ingest.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The header a column may have, with synonyms: {@code Rescheduled|Number rescheduled}. Matched
 * ignoring case, surrounding spaces and repeated spaces.
 */
public record ColumnName(List<String> synonyms) {
  public ColumnName {
    synonyms = List.copyOf(synonyms);
    if (synonyms.isEmpty()) {
      throw new IllegalArgumentException("A column needs at least one name");
    }
  }

  /** Reads {@code A|B|C}. */
  public static ColumnName parse(String text) {
    return new ColumnName(
        Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList());
  }

  public boolean matches(String header) {
    String h = normalise(header);
    return synonyms.stream().anyMatch(s -> normalise(s).equals(h));
  }

  static String normalise(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** "Rescheduled" or "Rescheduled or Number rescheduled", for messages. */
  @Override
  public String toString() {
    return String.join(" or ", synonyms.stream().map(s -> "\"" + s + "\"").toList());
  }
}
