package io.strikeimpact.ingest.profile;

import java.util.ArrayList;
import java.util.Collections;
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
    return new ColumnName(alternatives(text));
  }

  /**
   * The parts of {@code A|B|C}, stripped, empty ones left out. A loop, not a stream: profiles are
   * read once, cold, where each lambda is linked the first time it runs.
   */
  static List<String> alternatives(String text) {
    List<String> parts = new ArrayList<>();
    for (String s : text.split("\\|")) {
      String part = s.strip();
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return Collections.unmodifiableList(parts);
  }

  public boolean matches(String header) {
    String h = normalise(header);
    for (String s : synonyms) {
      if (normalise(s).equals(h)) {
        return true;
      }
    }
    return false;
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
