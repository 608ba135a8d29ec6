package io.strikeimpact.model.analysis;

import io.strikeimpact.model.StatedTotal;
import io.strikeimpact.model.text.HouseStyle;
import java.util.List;

/**
 * A stated total checked against the sum of its parts. A mismatch is reported with both figures,
 * the difference and both sources; neither figure is silently preferred.
 *
 * @param scopeDescription the scope in words: "the junior doctors' strike of 13 to 15 March 2023,
 *     all sites"
 * @param partCount how many counts were added up
 * @param partSources the files the parts came from
 */
public record Reconciliation(
    StatedTotal stated,
    String scopeDescription,
    long summed,
    int partCount,
    List<String> partSources) {

  public Reconciliation {
    partSources = List.copyOf(partSources);
  }

  public long difference() {
    return stated.stated() - summed;
  }

  public boolean agrees() {
    return partCount > 0 && difference() == 0;
  }

  /** Whether there was anything to check the stated total against. */
  public boolean checkable() {
    return partCount > 0;
  }

  /**
   * "icb-summary.csv, cell D2 states 4,736 for the junior doctors' strike of 13 to 15 March 2023,
   * all sites; the returns add to 4,726 (nnuh.xlsx, qeh.csv, jpuh.xlsx), a difference of 10."
   */
  public String message() {
    String head =
        stated.provenance().describe()
            + " states "
            + HouseStyle.count(stated.stated())
            + " for "
            + scopeDescription;
    if (!checkable()) {
      return head + "; no returns cover it, so it cannot be checked.";
    }
    String sums =
        "the returns add to "
            + HouseStyle.count(summed)
            + " ("
            + String.join(", ", partSources)
            + ")";
    if (agrees()) {
      return head + "; " + sums + ". They agree.";
    }
    long d = difference();
    return head
        + "; "
        + sums
        + ", a difference of "
        + HouseStyle.count(Math.abs(d))
        + ": the stated total is "
        + HouseStyle.count(Math.abs(d))
        + (d > 0 ? " more" : " less")
        + " than the sum. This pack uses the sum of the returns.";
  }
}
