package io.strikeimpact.model.check;

import io.strikeimpact.model.text.HouseStyle;
import java.util.List;

/**
 * The closing line of a check: "12 figures: 10 match, 1 differs, 1 not found in the data." (with ",
 * 1 not applicable (a site that did not take part)" where there is one). Counts are numerals in
 * house style, and each noun and verb agrees with its count ("1 figure", "1 differs", "2 differ").
 */
public final class CheckSummary {
  private CheckSummary() {}

  public static String of(List<FigureCheck> checks) {
    long matches = count(checks, Verdict.MATCHES);
    long differs = count(checks, Verdict.DIFFERS);
    long notFound = count(checks, Verdict.NOT_FOUND);
    return HouseStyle.count(checks.size())
        + (checks.size() == 1 ? " figure: " : " figures: ")
        + HouseStyle.count(matches)
        + (matches == 1 ? " matches, " : " match, ")
        + HouseStyle.count(differs)
        + (differs == 1 ? " differs, " : " differ, ")
        + HouseStyle.count(notFound)
        + " not found in the data"
        + notApplicable(count(checks, Verdict.NOT_APPLICABLE))
        + notRead(count(checks, Verdict.NOT_READ))
        + ".";
  }

  /**
   * ", 1 not applicable (a site that did not take part)", only where there is one: most drafts have
   * none, and their line stays as it was.
   */
  private static String notApplicable(long n) {
    return n == 0
        ? ""
        : ", "
            + HouseStyle.count(n)
            + " not applicable ("
            + (n == 1 ? "a site" : "sites")
            + " that did not take part)";
  }

  /** ", 1 not read (digits that are no figure as written)", only where there is one. */
  private static String notRead(long n) {
    return n == 0
        ? ""
        : ", " + HouseStyle.count(n) + " not read (digits that are no figure as written)";
  }

  private static long count(List<FigureCheck> checks, Verdict verdict) {
    return checks.stream().filter(c -> c.verdict() == verdict).count();
  }
}
