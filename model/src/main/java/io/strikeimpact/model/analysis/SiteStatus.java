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
  UNKNOWN("not known whether it took part; no return received");

  private final String label;

  SiteStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
