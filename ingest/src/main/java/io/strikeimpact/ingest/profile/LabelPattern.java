package io.strikeimpact.ingest.profile;

import java.util.regex.Pattern;

/**
 * Labels that mark a row, with synonyms separated by {@code |} and {@code *} for any text: {@code
 * Subtotal|* Total} matches "Subtotal" and "RM1 Total" (what Excel's Data &gt; Subtotal writes).
 * Matched ignoring case, surrounding spaces and repeated spaces, and a trailing colon.
 */
public record LabelPattern(String text, Pattern regex) {

  public static LabelPattern parse(String text) {
    // Loops, not streams: profiles are read once, cold, where each lambda is linked the first
    // time it runs.
    StringBuilder regex = new StringBuilder();
    for (String label : text.split("\\|")) {
      String s = ColumnName.normalise(label);
      if (s.isEmpty()) {
        continue;
      }
      if (!regex.isEmpty()) {
        regex.append('|');
      }
      String[] pieces = s.split("\\*", -1);
      for (int i = 0; i < pieces.length; i++) {
        if (i > 0) {
          regex.append(".*");
        }
        regex.append(Pattern.quote(pieces[i]));
      }
    }
    return new LabelPattern(text, Pattern.compile(regex.isEmpty() ? "(?!)" : regex.toString()));
  }

  public boolean matches(String label) {
    return regex.matcher(ColumnName.normalise(label.replaceFirst(":\\s*$", ""))).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
