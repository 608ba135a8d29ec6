package io.strikeimpact.model;

import java.util.List;
import java.util.Objects;

/** A row that could not be used, kept whole with every problem found in it. */
public record RejectedRow(Provenance row, List<String> values, List<DataProblem> problems) {
  public RejectedRow {
    Objects.requireNonNull(row, "row");
    values = List.copyOf(values);
    problems = List.copyOf(problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A rejected row needs at least one problem");
    }
  }
}
