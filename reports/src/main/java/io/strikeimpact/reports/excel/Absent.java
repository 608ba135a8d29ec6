package io.strikeimpact.reports.excel;

/** The words written where a figure does not exist. A missing figure is never written as 0. */
final class Absent {
  /** The site did not take part, sent no return, or the figure has no meaning for the row. */
  static final String NOT_APPLICABLE = "n/a";

  /** The return gave a total only; it is never split by guesswork. */
  static final String NOT_SPLIT = "not split";

  /** The return did not give this detail (a date, a specialty). */
  static final String NOT_GIVEN = "not given";

  private Absent() {}
}
