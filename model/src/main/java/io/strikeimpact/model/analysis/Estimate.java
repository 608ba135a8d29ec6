package io.strikeimpact.model.analysis;

/**
 * An expected figure with its range: the central estimate from the pooled rate of the comparable
 * actions, the range from the lowest and highest of their rates. Always an estimate, never a count.
 */
public record Estimate(double central, double low, double high) {
  public Estimate {
    if (!(low <= central && central <= high)) {
      throw new IllegalArgumentException(
          "An estimate lies within its range: " + low + " <= " + central + " <= " + high);
    }
  }

  /** Whether the range says anything: with one comparable action low, central and high coincide. */
  public boolean hasRange() {
    return high > low;
  }
}
