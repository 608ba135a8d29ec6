package io.strikeimpact.model.analysis;

/** A site's standing in an action, as far as the figures go. Only {@link #REPORTED} has figures. */
public enum SiteStatus {
  REPORTED("reported"),
  /** Took part but sent no return: not zero, not known. */
  NO_RETURN("took part; no return received"),
  DID_NOT_TAKE_PART("did not take part"),
  /** Sent a return that gave no figures: refused whole or every row rejected. Not missing. */
  UNREADABLE("sent a return that could not be read"),
  /**
   * Sent two returns that cover the same activity, neither the later: neither counts, and the site
   * did send a return, so it is never "no return received".
   */
  OVERLAPPING("2 returns overlap; neither counted (see Data quality)"),
  /** Sent figures, but none of the activity types the run asked for (--type). */
  FILTERED_OUT("no figures of the activity types asked for (--type)"),
  /** No return, and the register does not say whether it took part: "participation not known". */
  UNKNOWN("participation not known; no return received");

  private final String label;

  SiteStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The word for a figure this standing leaves empty: "not applicable" only where there is nothing
   * to count (the site did not take part, or has none of the types asked for); "no return" for a
   * site that took part, or may have, and sent none; "no figure" for one whose returns came and
   * could not be counted. Never the one for the other, and never zero.
   */
  public String absentWord() {
    return switch (this) {
      case NO_RETURN, UNKNOWN -> "no return";
      case UNREADABLE, OVERLAPPING -> "no figure";
      case REPORTED, DID_NOT_TAKE_PART, FILTERED_OUT -> "not applicable";
    };
  }
}
