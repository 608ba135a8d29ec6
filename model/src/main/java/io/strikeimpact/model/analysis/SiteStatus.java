package io.strikeimpact.model.analysis;

/** A site's standing in an action, as far as the figures go. Only {@link #REPORTED} has figures. */
public enum SiteStatus {
  REPORTED("reported"),
  /** Took part but sent no return: not zero, not known. */
  NO_RETURN("took part; no return received"),
  DID_NOT_TAKE_PART("did not take part"),
  UNKNOWN("not known whether it took part; no return received");

  private final String label;

  SiteStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
