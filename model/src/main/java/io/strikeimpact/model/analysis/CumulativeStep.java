package io.strikeimpact.model.analysis;

import io.strikeimpact.model.NationalFigure;
import io.strikeimpact.model.text.HouseStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One stated cumulative total checked: against the previous stated cumulative plus the actions
 * between them, or, for the first, against the sum since the first action.
 *
 * @param stated the release row that states the cumulative total
 * @param previous the release row of the previous stated cumulative; empty for the first
 * @param between the actions since the previous cumulative, up to and including the stated one's
 * @param expected the previous cumulative plus the actions between; empty when an action between
 *     has no figure
 */
public record CumulativeStep(
    NationalFigure stated,
    Optional<NationalFigure> previous,
    List<NationalAction> between,
    OptionalLong expected,
    Outcome outcome) {

  /** What the check found. */
  public enum Outcome {
    /** The stated cumulative equals the previous plus the actions between. */
    AGREES,
    /** It does not: the difference is named. */
    DIFFERS,
    /** One action between had no figure; it was derived by subtraction, so nothing to check. */
    DERIVES,
    /** Two or more actions between had no figure: the step cannot be checked. */
    NOT_CHECKED
  }

  public CumulativeStep {
    Objects.requireNonNull(stated, "stated");
    if (stated.cumulativeAcuteTotal().isEmpty()) {
      throw new IllegalArgumentException("A step checks a stated cumulative total");
    }
    Objects.requireNonNull(previous, "previous");
    between = List.copyOf(between);
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(outcome, "outcome");
  }

  public long statedTotal() {
    return stated.cumulativeAcuteTotal().getAsLong();
  }

  /** Stated minus expected; empty when there is nothing to compare. */
  public OptionalLong difference() {
    return expected.isPresent() && outcome != Outcome.DERIVES
        ? OptionalLong.of(statedTotal() - expected.getAsLong())
        : OptionalLong.empty();
  }

  public boolean agrees() {
    return outcome == Outcome.AGREES || outcome == Outcome.DERIVES;
  }

  /** One sentence naming both figures, their sources and, where they differ, the difference. */
  public String message() {
    String head =
        "England's cumulative acute total to "
            + stated.actionId()
            + ", "
            + HouseStyle.count(statedTotal())
            + " ("
            + stated.at(NationalFigure.Column.CUMULATIVE_ACUTE_TOTAL).describe()
            + ", release of "
            + stated.releaseDate()
            + "), ";
    String base =
        previous
            .map(
                p ->
                    "the previous cumulative total, "
                        + HouseStyle.count(p.cumulativeAcuteTotal().getAsLong())
                        + " to "
                        + p.actionId()
                        + " ("
                        + p.at(NationalFigure.Column.CUMULATIVE_ACUTE_TOTAL).describe()
                        + ", release of "
                        + p.releaseDate()
                        + "), plus ")
            .orElse("the sum since the first action, ");
    String parts =
        HouseStyle.joinWithAnd(
            between.stream()
                .map(
                    a ->
                        a.actionId()
                            + " "
                            + (a.acute().isPresent() && a.kind() != NationalAction.Kind.DERIVED
                                ? HouseStyle.count(a.acute().getAsLong())
                                : "(not published)"))
                .toList());
    return switch (outcome) {
      case AGREES ->
          head + "agrees with " + base + parts + ": " + HouseStyle.count(expected.getAsLong());
      case DIFFERS -> {
        long d = difference().getAsLong();
        yield head
            + "does not agree with "
            + base
            + parts
            + ", which is "
            + HouseStyle.count(expected.getAsLong())
            + ": the stated total is "
            + HouseStyle.count(Math.abs(d))
            + (d > 0 ? " more" : " less")
            + " (difference "
            + (d > 0 ? "+" : "-")
            + HouseStyle.count(Math.abs(d))
            + ")";
      }
      case DERIVES ->
          head
              + "was used to derive "
              + derivedAction().map(NationalAction::actionId).orElse("")
              + " by subtraction, so it is not checked: "
              + derivedAction().flatMap(NationalAction::derivation).orElse("");
      case NOT_CHECKED ->
          head
              + "cannot be checked: "
              + HouseStyle.joinWithAnd(
                  between.stream()
                      .filter(a -> a.kind() == NationalAction.Kind.NOT_PUBLISHED)
                      .map(NationalAction::actionId)
                      .toList())
              + " have no published figure";
    };
  }

  private Optional<NationalAction> derivedAction() {
    return between.stream().filter(a -> a.kind() == NationalAction.Kind.DERIVED).findFirst();
  }
}
