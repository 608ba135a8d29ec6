package io.strikeimpact.model.analysis;

/** What a rate is divided by. Every rate and ratio carries its basis, and every report names it. */
public enum Basis {
  PER_ACTION("for the whole action"),
  PER_DAY("a day of action"),
  PER_HOUR("an hour of action"),
  /** Only where a return gives the activity planned for the days of action. */
  PER_THOUSAND_PLANNED("per 1,000 planned appointments and procedures");

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
