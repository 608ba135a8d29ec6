package io.strikeimpact.model;

import java.util.Objects;

/**
 * Something wrong with the input, said so a person can act on it: where, what was found, what was
 * expected and how to fix it.
 */
public record DataProblem(
    Severity severity, Provenance where, String found, String expected, String fix) {
  public DataProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(where, "where");
    found = found == null ? "" : found;
    Checks.nonBlank(expected, "expected");
    Checks.nonBlank(fix, "fix");
  }

  /**
   * One line: {@code qeh.csv, cell C9: found "-3"; expected a whole number of 0 or more. Fix:
   * correct the count in the return and send it again.}
   */
  public String message() {
    return where.describe()
        + ": found "
        + (found.isEmpty() ? "an empty cell" : "\"" + found + "\"")
        + "; expected "
        + expected
        + ". Fix: "
        + fix;
  }
}
