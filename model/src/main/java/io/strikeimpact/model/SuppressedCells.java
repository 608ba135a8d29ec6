package io.strikeimpact.model;

import java.util.List;

/**
 * A cell of a return that withholds a small number ("*", "[c]", "<5"), as ingest warns of it: not
 * counted, so its site's figures are short by it. Ingest and analysis share the warning's words
 * here, so analysis can tell such a warning from any other and mark the figures it leaves short.
 */
public final class SuppressedCells {
  /** What the warning says was expected in the cell. */
  public static final String EXPECTED = "a count; this marks a small number withheld (suppressed)";

  /**
   * What the warning says of a cell that says "none" in words ("-", "n/a") under a totals row that
   * states more than the figures above it: it may be a figure withheld, so the total is not checked
   * exactly. Not a withheld cell for the site's figures: "-" is read as none.
   */
  public static final String NOT_GIVEN =
      "a figure, or a blank cell for none; this says none in words, and the total below it states"
          + " more than the figures above it, so it may stand for a figure withheld";

  private SuppressedCells() {}

  /** Whether a problem is the warning of a cell saying none that a total does not bear out. */
  public static boolean isNotGiven(DataProblem problem) {
    return problem.severity() == Severity.WARNING && NOT_GIVEN.equals(problem.expected());
  }

  /** Whether a problem is the warning of a suppressed cell. */
  public static boolean is(DataProblem problem) {
    return problem.severity() == Severity.WARNING && EXPECTED.equals(problem.expected());
  }

  /** The warnings of suppressed cells among {@code problems}, in their order. */
  public static List<DataProblem> in(List<DataProblem> problems) {
    return problems.stream().filter(SuppressedCells::is).toList();
  }

  /** The row of an A1 reference ("D7" is 7), or -1 when it names none. */
  public static int row(String cell) {
    String digits = cell.replaceAll("^[A-Za-z]+", "");
    return digits.matches("[0-9]+") ? Integer.parseInt(digits) : -1;
  }
}
