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
 * @param previous for a running total, the running total before it, whose figure the sum starts
 *     from: a running total is checked step by step, against the one before plus the returns since
 * @param uncheckable why it cannot be checked ("no returns for N&amp;N for the nursing strike of 15
 *     and 20 December 2022, which it took part in"); empty when it can
 * @param rejectedRows how many rows of the returns added up were rejected: when the sum falls short
 *     of the stated total, they are the first place to look, and the message says so
 */
public record Reconciliation(
    StatedTotal stated,
    String scopeDescription,
    long summed,
    int partCount,
    List<String> partSources,
    java.util.Optional<StatedTotal> previous,
    String uncheckable,
    long rejectedRows) {

  /** How an unchecked total for a site that did not take part begins its reason. */
  static final String DID_NOT_TAKE_PART = "not checked (did not take part)";

  /**
   * How an unchecked total begins its reason when the reason is a fact about the returns (a return
   * refused, cells withheld), said as it is: never "no returns cover it".
   */
  static final String NOT_CHECKED = "not checked";

  public Reconciliation {
    partSources = List.copyOf(partSources);
    java.util.Objects.requireNonNull(previous, "previous");
    uncheckable = uncheckable == null ? "" : uncheckable;
  }

  /** A stated total checked against the sum of the returns in its scope. */
  public Reconciliation(
      StatedTotal stated,
      String scopeDescription,
      long summed,
      int partCount,
      List<String> partSources) {
    this(
        stated,
        scopeDescription,
        summed,
        partCount,
        partSources,
        java.util.Optional.empty(),
        "",
        0);
  }

  public long difference() {
    return stated.stated() - summed;
  }

  public boolean agrees() {
    return checkable() && difference() == 0;
  }

  /**
   * Whether the stated total was checked and differs from its parts: a total that could not be
   * checked neither agrees nor disagrees, and is never counted among those that "do not agree".
   */
  public boolean disagrees() {
    return checkable() && difference() != 0;
  }

  /** Whether there was anything to check the stated total against. */
  public boolean checkable() {
    return uncheckable.isEmpty() && (partCount > 0 || previous.isPresent());
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
    if (uncheckable.startsWith(NOT_CHECKED)) {
      return head + "; " + uncheckable + ".";
    }
    if (!uncheckable.isEmpty()) {
      return head + "; it cannot be checked: " + uncheckable + ".";
    }
    if (!checkable()) {
      return head + "; no returns cover it, so it cannot be checked.";
    }
    String sums =
        previous
            .map(
                p ->
                    "the running total before it, "
                        + HouseStyle.count(p.stated())
                        + " ("
                        + p.provenance().describe()
                        + "), plus the returns since"
                        + (partSources.isEmpty() ? " (none: no activity)" : "")
                        + " add to "
                        + HouseStyle.count(summed)
                        + (partSources.isEmpty()
                            ? ""
                            : " (" + String.join(", ", partSources) + ")"))
            .orElseGet(
                () ->
                    "the returns add to "
                        + HouseStyle.count(summed)
                        + " ("
                        + String.join(", ", partSources)
                        + ")");
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
        + " than the sum. "
        + (d > 0 ? rejectedRowsHint() : "")
        + "This pack uses the sum of the returns.";
  }

  /**
   * "2 rows of those returns were rejected and may hold the difference (see Rejected rows). ": a
   * reader told only that two figures differ goes looking in the wrong place first. Said only of a
   * sum short of its total: a rejected row can only have taken figures away.
   */
  private String rejectedRowsHint() {
    if (rejectedRows == 0) {
      return "";
    }
    boolean oneFile = partSources.size() == 1;
    return HouseStyle.count(rejectedRows)
        + (rejectedRows == 1 ? " row of " : " rows of ")
        + (oneFile ? "that return " : "those returns ")
        + (rejectedRows == 1 ? "was" : "were")
        + " rejected and may hold the difference (see Rejected rows). ";
  }
}
