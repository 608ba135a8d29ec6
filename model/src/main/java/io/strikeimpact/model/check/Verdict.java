package io.strikeimpact.model.check;

/** What the data says about one figure in a draft. */
public enum Verdict {
  MATCHES("matches"),
  DIFFERS("differs"),
  NOT_FOUND("not found in the data");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
