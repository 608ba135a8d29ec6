package io.strikeimpact.model.analysis;

import io.strikeimpact.model.IndustrialAction;
import java.util.Optional;

/**
 * One action of the calendar in the history, with its figures when returns came in. An action with
 * no returns is not zero: it shows its status instead.
 */
public record TimelineEntry(IndustrialAction action, Status status, Optional<ActionTotal> figures) {

  /** Where an action stands as of the report date. */
  public enum Status {
    REPORTED("returns received"),
    /** Ended before the report date, and no return gave figures for it. */
    NO_RETURNS("ended; no returns received"),
    /**
     * Returns came from a site that took part (or may have), and none could be read: refused whole,
     * every row rejected, or overlapping. A refused return is never "no returns received".
     */
    NOT_READ("returns received, but none could be read (see Data quality)"),
    /** Under way on the report date: returns are not due yet. */
    IN_PROGRESS("in progress; no returns yet"),
    /** Every site with a recorded part in the action did not take part: not zero, not missing. */
    NONE_TOOK_PART("no site here took part"),
    ANNOUNCED("announced; not yet started");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public TimelineEntry {
    if ((status == Status.REPORTED) != figures.isPresent()) {
      throw new IllegalArgumentException(
          "Figures go with returns, and only with returns: " + action.id());
    }
  }
}
