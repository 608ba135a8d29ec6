package io.strikeimpact.model.analysis;

/** What a rate is divided by. Every rate and ratio carries its basis, and every report names it. */
public enum Basis {
  PER_ACTION("for the whole action", "in all"),
  PER_DAY("a day of action", "a day"),
  PER_HOUR("an hour of action", "an hour"),
  /** Only where a return gives the activity planned for the days of action. */
  PER_THOUSAND_PLANNED("per 1,000 planned appointments and procedures", "per 1,000 planned");

  private final String phrase;
  private final String shortPhrase;

  Basis(String phrase, String shortPhrase) {
    this.phrase = phrase;
    this.shortPhrase = shortPhrase;
  }

  /** For table headings and notes: "a day of action". */
  public String phrase() {
    return phrase;
  }

  /** For sentences where the action is already named: "a day". */
  public String shortPhrase() {
    return shortPhrase;
  }

  /** A column heading such as "Rescheduled a day of action". */
  public String heading() {
    return "Rescheduled " + phrase;
  }
}
