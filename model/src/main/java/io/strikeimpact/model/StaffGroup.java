package io.strikeimpact.model;

import java.util.List;
import java.util.Locale;

/**
 * A staff group that took industrial action: one the suite knows by name (nurses, junior doctors,
 * consultants, ambulance staff) or any other the strike calendar names, such as radiographers or
 * physiotherapists, kept in the calendar's own words. A value, not a closed list: a calendar that
 * adds a group's strike must not be refused, and every return of that strike with it.
 *
 * @param label the plural noun used in sentences, in lower case: "junior doctors"
 */
public record StaffGroup(String label) implements Comparable<StaffGroup> {
  public static final StaffGroup NURSES = new StaffGroup("nurses");
  public static final StaffGroup JUNIOR_DOCTORS = new StaffGroup("junior doctors");
  public static final StaffGroup CONSULTANTS = new StaffGroup("consultants");
  public static final StaffGroup AMBULANCE_STAFF = new StaffGroup("ambulance staff");
  public static final StaffGroup OTHER = new StaffGroup("other staff");

  /** The groups known by name, in the order sentences list them. */
  private static final List<StaffGroup> KNOWN =
      List.of(NURSES, JUNIOR_DOCTORS, CONSULTANTS, AMBULANCE_STAFF, OTHER);

  /** Letters, spaces, hyphens and apostrophes: a group's name, not a figure or a list. */
  private static final String WORDS = "[\\p{L}][\\p{L} '\u2019-]*";

  public StaffGroup {
    label = normalise(label == null ? "" : label);
    if (!label.matches(WORDS) || label.length() > 60) {
      throw new IllegalArgumentException(
          "A staff group is a name in words, such as radiographers; found \"" + label + "\"");
    }
  }

  /** The groups known by name, for messages that give examples. */
  public static List<StaffGroup> known() {
    return KNOWN;
  }

  /**
   * Reads a staff group from its words, ignoring case, spaces and underscores ({@code
   * JUNIOR_DOCTORS} is junior doctors); any other name in words is a group of its own.
   *
   * @throws IllegalArgumentException for a blank name, or one with figures or separators in it
   */
  public static StaffGroup parse(String text) {
    String wanted = normalise(text == null ? "" : text);
    if (wanted.isEmpty()) {
      throw new IllegalArgumentException(
          "A staff group is a name in words, such as junior doctors; found nothing");
    }
    for (StaffGroup known : KNOWN) {
      // "nurse", "junior doctor", "JUNIOR_DOCTORS": the known group, as its one member is named
      if (known.label.equals(wanted) || known.label.equals(wanted + "s")) {
        return known;
      }
    }
    return new StaffGroup(wanted);
  }

  /** "junior doctors'", "other staff's": the group as the owner of its strike. */
  public String possessive() {
    return label.endsWith("s") ? label + "'" : label + "'s";
  }

  /** Whether the suite knows this group by name (and its unions' and staff's words for it). */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /** Known groups in their order first, then others by name. */
  @Override
  public int compareTo(StaffGroup other) {
    int a = rank(this);
    int b = rank(other);
    return a != b ? Integer.compare(a, b) : label.compareTo(other.label);
  }

  private static int rank(StaffGroup g) {
    int i = KNOWN.indexOf(g);
    // Other staff, named or not, come after every group named
    return g.equals(OTHER) ? Integer.MAX_VALUE : i >= 0 ? i : KNOWN.size();
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
  }

  @Override
  public String toString() {
    return label;
  }
}
