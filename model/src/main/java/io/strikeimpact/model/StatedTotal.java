package io.strikeimpact.model;

import java.util.Objects;

/**
 * A total that a source states rather than one we add up: a totals row in a return, a figure in an
 * ICB summary, a cumulative figure from an earlier release. Checked, never added again.
 *
 * @param label what the source calls it, e.g. "Total rescheduled, all sites"
 * @param runningTo for a running total (a cumulative total since the first action), the action it
 *     runs to: its scope is every action from the first to this one, and it is checked step by step
 *     against the running total before it plus the actions between
 */
public record StatedTotal(
    String label,
    CountScope scope,
    long stated,
    Provenance provenance,
    java.util.Optional<String> runningTo) {
  public StatedTotal {
    Checks.nonBlank(label, "label");
    Objects.requireNonNull(scope, "scope");
    Checks.nonNegative(stated, "stated");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(runningTo, "runningTo");
    if (runningTo.isPresent() && !scope.actionIds().contains(runningTo.get())) {
      throw new IllegalArgumentException(
          "A running total to " + runningTo.get() + " covers that action");
    }
  }

  /** A total of its scope alone, not a running total. */
  public StatedTotal(String label, CountScope scope, long stated, Provenance provenance) {
    this(label, scope, stated, provenance, java.util.Optional.empty());
  }

  /** Whether it is a running total since the first action, checked step by step. */
  public boolean running() {
    return runningTo.isPresent();
  }
}
