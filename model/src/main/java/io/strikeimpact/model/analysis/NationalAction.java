package io.strikeimpact.model.analysis;

import io.strikeimpact.model.NationalFigure;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * England's acute activity rescheduled for one action, and how it is known: published, the sum of
 * its published parts, derived by subtraction between two cumulative totals, or not published.
 *
 * @param figure the release row for the action, if any release gave one
 * @param derivation for a derived figure, the subtraction it came from, said in full
 */
public record NationalAction(
    String actionId,
    OptionalLong acute,
    Kind kind,
    Optional<NationalFigure> figure,
    Optional<String> derivation) {

  /** How England's figure for an action is known. */
  public enum Kind {
    PUBLISHED("published"),
    FROM_PARTS("inpatient plus outpatient as published"),
    DERIVED("derived by subtraction, not published"),
    /**
     * Added up here from figures NHS England published (a running total no release stated, a group
     * of actions), never itself published: said so, as a derived figure is.
     */
    SUMMED("added up from published figures"),
    NOT_PUBLISHED("not published");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public NationalAction {
    Objects.requireNonNull(actionId, "actionId");
    Objects.requireNonNull(acute, "acute");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(derivation, "derivation");
    if (acute.isPresent() == (kind == Kind.NOT_PUBLISHED)) {
      throw new IllegalArgumentException(
          "An action not published has no figure, and any other has one: " + actionId);
    }
    if (derivation.isPresent() != (kind == Kind.DERIVED)) {
      throw new IllegalArgumentException("A derived figure, and only one, says how: " + actionId);
    }
  }

  /** From a release row: published, from its parts, or not published. */
  static NationalAction of(String actionId, Optional<NationalFigure> figure) {
    OptionalLong acute = figure.map(NationalFigure::acute).orElse(OptionalLong.empty());
    Kind kind =
        acute.isEmpty()
            ? Kind.NOT_PUBLISHED
            : figure.get().acuteFromParts() ? Kind.FROM_PARTS : Kind.PUBLISHED;
    return new NationalAction(actionId, acute, kind, figure, Optional.empty());
  }

  /** The same action with a figure derived by subtraction. */
  NationalAction derived(long value, String how) {
    return new NationalAction(
        actionId, OptionalLong.of(value), Kind.DERIVED, figure, Optional.of(how));
  }
}
