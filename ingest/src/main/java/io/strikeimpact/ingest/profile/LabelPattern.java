package io.strikeimpact.ingest.profile;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Labels that mark a row, with synonyms separated by {@code |} and {@code *} for any text: {@code
 * Subtotal|* Total} matches "Subtotal" and "RM1 Total" (what Excel's Data &gt; Subtotal writes).
 * Matched ignoring case, surrounding spaces and repeated spaces, and a trailing colon.
 */
public record LabelPattern(String text, Pattern regex) {

  public static LabelPattern parse(String text) {
    String regex =
        Arrays.stream(text.split("\\|"))
            .map(s -> ColumnName.normalise(s))
            .filter(s -> !s.isEmpty())
            .map(
                s ->
                    Arrays.stream(s.split("\\*", -1))
                        .map(Pattern::quote)
                        .collect(Collectors.joining(".*")))
            .collect(Collectors.joining("|"));
    return new LabelPattern(text, Pattern.compile(regex.isEmpty() ? "(?!)" : regex));
  }

  public boolean matches(String label) {
    return regex.matcher(ColumnName.normalise(label.replaceFirst(":\\s*$", ""))).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
