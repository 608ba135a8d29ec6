package io.strikeimpact.model;

/**
 * The kind of activity rescheduled, as NHS England counts it. Community and mental health
 * appointments are reported apart and are not activity types here.
 */
public enum ActivityType {
  OUTPATIENT("Outpatient", "outpatient appointments"),
  /** Elective inpatient and day case procedures. */
  INPATIENT("Inpatient", "inpatient and day case procedures"),
  /** A return that gives only a total, with no split; never split by guesswork. */
  TOTAL_ONLY("Total only (no split given)", "appointments and procedures (no split given)");

  private final String heading;
  private final String description;

  ActivityType(String heading, String description) {
    this.heading = heading;
    this.description = description;
  }

  /** A column heading: "Outpatient". */
  public String heading() {
    return heading;
  }

  /** A noun phrase for sentences: "outpatient appointments". */
  public String description() {
    return description;
  }
}
