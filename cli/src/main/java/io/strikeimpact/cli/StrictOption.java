package io.strikeimpact.cli;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.Severity;
import java.util.List;
import java.util.Optional;

/**
 * What {@code --strict} means: lenient by default (problems are reported in the data-quality
 * section and the run goes on); with {@code --strict}, any ERROR in the data (a file refused, a row
 * rejected, a profile not used) fails the run with exit code 1 before anything is written. Warnings
 * (a revised return, a duplicate, a site that did not take part) never fail it.
 */
final class StrictOption {
  private static final int SHOWN = 5;

  private StrictOption() {}

  /** The message to fail with, when strict and the data has errors. */
  static Optional<String> failure(boolean strict, Dataset data) {
    if (!strict) {
      return Optional.empty();
    }
    List<DataProblem> errors =
        data.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    if (errors.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder();
    s.append(errors.size())
        .append(errors.size() == 1 ? " error" : " errors")
        .append(" in the data (--strict), ")
        .append(data.rejectedRows().size())
        .append(" rows rejected; nothing was written:");
    errors.stream()
        .limit(SHOWN)
        .forEach(p -> s.append(System.lineSeparator()).append("  ").append(p.message()));
    if (errors.size() > SHOWN) {
      s.append(System.lineSeparator())
          .append("  and ")
          .append(errors.size() - SHOWN)
          .append(" more.");
    }
    s.append(System.lineSeparator())
        .append(
            "Fix: correct the returns as each message says, or run without --strict to report them and go on.");
    return Optional.of(s.toString());
  }
}
