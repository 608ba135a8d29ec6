package io.strikeimpact.model;

import java.util.Locale;

/**
 * Whether a site took part in an action. "Did not take part" is not zero: a report shows it as not
 * applicable, never as 0 and never as an infinite increase.
 */
public enum Participation {
  TOOK_PART("took part"),
  DID_NOT_TAKE_PART("did not take part"),
  UNKNOWN("not known");

  private final String label;

  Participation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Reads "took part", "did not take part", "unknown", yes/no and the constant names. */
  public static Participation parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
    return switch (t) {
      case "took part", "yes", "y", "true" -> TOOK_PART;
      case "did not take part", "no", "n", "false", "not affected" -> DID_NOT_TAKE_PART;
      case "unknown", "not known", "" -> UNKNOWN;
      default ->
          throw new IllegalArgumentException(
              "Unknown participation \""
                  + text
                  + "\"; expected \"took part\", \"did not take part\" or \"unknown\"");
    };
  }
}
