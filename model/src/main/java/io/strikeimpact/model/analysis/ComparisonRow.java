package io.strikeimpact.model.analysis;

import java.util.Optional;

/**
 * One site in a comparison. When either side is empty the row is not applicable and says why; it
 * is never shown as zero or as an infinite increase.
 */
public record ComparisonRow(
    String odsCode,
    String label,
    Optional<ComparisonSide> focus,
    Optional<ComparisonSide> baseline,
    String notApplicableReason) {

  public ComparisonRow {
    notApplicableReason = notApplicableReason == null ? "" : notApplicableReason;
    if ((focus.isEmpty() || baseline.isEmpty()) && notApplicableReason.isBlank()) {
      throw new IllegalArgumentException("Row " + label + " is not applicable without a reason");
    }
  }

  public boolean comparable() {
    return focus.isPresent() && baseline.isPresent() && baseline.get().total() > 0;
  }

  /** The ratio on a basis, when both sides exist and the baseline is not zero. */
  public Optional<Ratio> ratio(Basis basis) {
    if (!comparable()) {
      return Optional.empty();
    }
    return Optional.of(new Ratio(focus.get().on(basis), baseline.get().on(basis)));
  }
}
