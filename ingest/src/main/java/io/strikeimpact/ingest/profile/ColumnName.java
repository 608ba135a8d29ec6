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
    String unmarked = normalise(withoutNoteMarks(header));
    for (String s : synonyms) {
      String name = normalise(s);
      if (name.equals(h) || name.equals(unmarked)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A header's trailing note marks: "*", "†", "[note 1]" (the Analysis Function's own style for
   * notes in a spreadsheet), "[1]", "(note 2)", "¹". A return that marks "Number rescheduled *" for
   * a footnote below the table means the column "Number rescheduled".
   */
  private static final java.util.regex.Pattern NOTE_MARKS =
      java.util.regex.Pattern.compile(
          "(?:\\s*(?:\\*+|[\u2020\u2021\u00a7]+|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+"
              + "|\\[\\s*(?:note\\s*)?\\d+\\s*\\]|\\(\\s*note\\s*\\d+\\s*\\)))+\\s*$",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** The header without its trailing note marks; the header itself when it has none. */
  static String withoutNoteMarks(String header) {
    String stripped = NOTE_MARKS.matcher(header).replaceFirst("");
    return stripped.isBlank() ? header : stripped;
  }

  /**
   * Case, repeated spaces and surrounding spaces ignored; a non-breaking, narrow or figure space (a
   * header or type word pasted from a web page or Word, "Outpatients\u00a0") is a space like any
   * other.
   */
  static String normalise(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  private static final java.util.regex.Pattern SPACES =
      java.util.regex.Pattern.compile("[\\s\u00a0\u2007\u202f\u2009\u200b\ufeff]+");

  /** "Rescheduled" or "Rescheduled or Number rescheduled", for messages. */
  @Override
  public String toString() {
    return String.join(" or ", synonyms.stream().map(s -> "\"" + s + "\"").toList());
  }
}
