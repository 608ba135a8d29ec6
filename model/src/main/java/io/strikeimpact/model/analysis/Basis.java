package io.strikeimpact.model.analysis;

/** What a rate is divided by. Every rate and ratio carries its basis, and every report names it. */
public enum Basis {
  PER_ACTION("for the whole action"),
  PER_DAY("a day of action"),
  PER_HOUR("an hour of action"),
  /** Only where a return gives the activity planned for the days of action. */
  PER_THOUSAND_PLANNED("per 1,000 planned appointments and procedures"),
  /**
   * Only where a return gives the staff taking part on every day of action, at every site behind
   * the rate: the total rescheduled divided by the <em>staff-days</em> of the action, the sum over
   * its days of the staff taking part that day (302 on 18 January and 272 on 19 January 2023 are
   * 574 staff-days). A staff-day is one member of staff taking part on one day of action.
   *
   * <p>Why the sum and not the peak or the average a day: the sum uses every day's figure (the peak
   * drops all days but one, and peaks of different days do not add), it adds up across sites and
   * across the actions of a group, so the like-for-like rate of several sites is their total over
   * their total staff-days, and it does not grow with the length of an action (rescheduled per
   * member of staff over a whole action would make a three-day strike look worse than a two-day one
   * with the same staff and the same disruption a day). The average a day times the days is the
   * same sum, so the rate is also "rescheduled a day of action per member of staff taking part on
   * an average day". The peak and the average a day are shown beside the activity, not divided by.
   */
  PER_STAFF_DAY("per staff-day of action taken part");

  private final String phrase;

  Basis(String phrase) {
    this.phrase = phrase;
  }

  /** For table headings and notes: "a day of action". */
  public String phrase() {
    return phrase;
  }

  /** A column heading such as "Rescheduled a day of action". */
  public String heading() {
    return "Rescheduled " + phrase;
  }
}
