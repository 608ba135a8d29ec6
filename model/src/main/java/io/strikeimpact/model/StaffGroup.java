package io.strikeimpact.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The staff group that took industrial action. */
public enum StaffGroup {
  NURSES("nurses"),
  JUNIOR_DOCTORS("junior doctors"),
  CONSULTANTS("consultants"),
  AMBULANCE_STAFF("ambulance staff"),
  OTHER("other staff");

  private final String label;

  StaffGroup(String label) {
    this.label = label;
  }

  /** The plural noun used in sentences: "junior doctors". */
  public String label() {
    return label;
  }

  /**
   * Reads a staff group from its label or constant name, ignoring case, spaces and underscores.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static StaffGroup parse(String text) {
    String wanted = normalise(text);
    for (StaffGroup group : values()) {
      if (normalise(group.label).equals(wanted) || normalise(group.name()).equals(wanted)) {
        return group;
      }
    }
    throw new IllegalArgumentException(
        "Unknown staff group \""
            + text
            + "\"; expected one of "
            + Arrays.stream(values()).map(StaffGroup::label).collect(Collectors.joining(", ")));
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
  }
}
