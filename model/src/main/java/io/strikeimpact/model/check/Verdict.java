package io.strikeimpact.model.check;

/** What the data says about one figure in a draft. */
public enum Verdict {
  MATCHES("matches"),
  DIFFERS("differs"),
  NOT_FOUND("not found in the data"),
  /**
   * The figure is of a site in an action it did not take part in: there is no figure to check, and
   * "did not take part" is never 0.
   */
  NOT_APPLICABLE("not applicable"),
  /**
   * Digits the checker could not read as a figure ("4,72", "4.726 appointments"): reported so that
   * no figure of a draft goes unchecked without a word.
   */
  NOT_READ("not read");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
