package io.strikeimpact.model.analysis;

import java.util.List;

/**
 * Whether the focus was the most disruptive action so far, basis by basis, each earlier action
 * compared like for like over the sites that reported both. A claim is made only on the bases where
 * it holds, and says so.
 *
 * @param holdsOn the bases on which the focus beat every comparable earlier action
 * @param failsOn the bases on which it did not
 * @param comparedWith the earlier actions compared like for like
 * @param notComparable earlier actions with returns but no site in common with the focus
 */
public record DisruptionRanking(
    List<Basis> holdsOn,
    List<Basis> failsOn,
    List<ActionGroup> comparedWith,
    List<ActionGroup> notComparable) {
  public DisruptionRanking {
    holdsOn = List.copyOf(holdsOn);
    failsOn = List.copyOf(failsOn);
    comparedWith = List.copyOf(comparedWith);
    notComparable = List.copyOf(notComparable);
  }

  /** The claim can be made on the headline basis, a day of action. */
  public boolean mostDisruptiveADay() {
    return !comparedWith.isEmpty() && holdsOn.contains(Basis.PER_DAY);
  }
}
