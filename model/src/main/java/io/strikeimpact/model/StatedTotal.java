package io.strikeimpact.model;

import java.util.Objects;

/**
 * A total that a source states rather than one we add up: a totals row in a return, a figure in an
 * ICB summary, a cumulative figure from an earlier release. Checked, never added again.
 *
 * @param label what the source calls it, e.g. "Total rescheduled, all sites"
 */
public record StatedTotal(String label, CountScope scope, long stated, Provenance provenance) {
  public StatedTotal {
    Checks.nonBlank(label, "label");
    Objects.requireNonNull(scope, "scope");
    Checks.nonNegative(stated, "stated");
    Objects.requireNonNull(provenance, "provenance");
  }
}
