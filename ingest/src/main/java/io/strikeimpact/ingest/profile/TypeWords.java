package io.strikeimpact.ingest.profile;

import io.strikeimpact.model.ActivityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a hospital uses for each activity type, from {@code type.outpatient}, {@code
 * type.inpatient} and {@code type.total-only}. The type names themselves ("outpatient",
 * "inpatient", "total only") are always accepted. Matched ignoring case and repeated spaces.
 *
 * <p>A word holding {@code *} is a pattern, for clinic codes that carry the type as a prefix:
 * {@code OP-*} matches {@code OP-CARD1} and {@code op-derm}, {@code *} standing for any characters
 * or none. A word written out in full wins over a pattern, and of two patterns that both match, the
 * longer (the more specific) wins, so {@code OP-*} under outpatient and {@code OP-DC*} under
 * inpatient read {@code OP-DC12} as inpatient whatever their order.
 */
public record TypeWords(Map<String, ActivityType> words) {
  private static final Map<String, ActivityType> ALWAYS =
      Map.of(
          "outpatient", ActivityType.OUTPATIENT,
          "inpatient", ActivityType.INPATIENT,
          "total only", ActivityType.TOTAL_ONLY,
          "total-only", ActivityType.TOTAL_ONLY);

  public TypeWords {
    words = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(words));
  }

  public Optional<ActivityType> typeOf(String word) {
    String w = ColumnName.normalise(word);
    for (Map.Entry<String, ActivityType> e : words.entrySet()) {
      if (!isPattern(e.getKey()) && ColumnName.normalise(e.getKey()).equals(w)) {
        return Optional.of(e.getValue());
      }
    }
    Optional<ActivityType> always = Optional.ofNullable(ALWAYS.get(w));
    if (always.isPresent()) {
      return always;
    }
    String best = null;
    for (String pattern : words.keySet()) {
      if (isPattern(pattern)
          && matches(ColumnName.normalise(pattern), w)
          && (best == null || pattern.length() > best.length())) {
        best = pattern;
      }
    }
    return Optional.ofNullable(best).map(words::get);
  }

  private static boolean isPattern(String word) {
    return word.indexOf('*') >= 0;
  }

  /**
   * Whether the normalised word fits the normalised pattern, {@code *} for any run of characters.
   */
  private static boolean matches(String pattern, String word) {
    StringBuilder regex = new StringBuilder();
    for (String part : pattern.split("\\*", -1)) {
      if (!regex.isEmpty()) {
        regex.append(".*");
      }
      regex.append(java.util.regex.Pattern.quote(part));
    }
    return word.matches("(?s)" + regex);
  }

  /** The words accepted, by type: {@code outpatient: OP, Outpatients; inpatient: IP}. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (ActivityType type : ActivityType.values()) {
      List<String> ws = new ArrayList<>();
      words.forEach(
          (w, t) -> {
            if (t == type) {
              ws.add("\"" + w + "\"");
            }
          });
      ws.add("\"" + key(type).substring("type.".length()).replace('-', ' ') + "\"");
      parts.add(key(type).substring("type.".length()) + ": " + String.join(", ", ws));
    }
    return String.join("; ", parts);
  }

  /**
   * The profile keys a new word can go under, for the fix of an unknown word: {@code
   * type.outpatient, type.inpatient or type.total-only}.
   */
  public static String keys() {
    return key(ActivityType.OUTPATIENT)
        + ", "
        + key(ActivityType.INPATIENT)
        + " or "
        + key(ActivityType.TOTAL_ONLY);
  }

  /** The profile key listing the words of a type: {@code type.outpatient}. */
  public static String key(ActivityType type) {
    return "type." + type.name().toLowerCase(Locale.ROOT).replace("_only", "-only");
  }
}
