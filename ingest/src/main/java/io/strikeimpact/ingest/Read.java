package io.strikeimpact.ingest;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.RejectedRow;
import java.util.List;
import java.util.Objects;

/**
 * What came of reading one input: the value, with every problem met and every row kept aside.
 *
 * @param rowsRead data rows read (blank rows excluded)
 * @param rowsUsed rows whose contents are in the value
 */
public record Read<T>(
    T value, List<DataProblem> problems, List<RejectedRow> rejected, int rowsRead, int rowsUsed) {
  public Read {
    Objects.requireNonNull(value, "value");
    problems = List.copyOf(problems);
    rejected = List.copyOf(rejected);
  }
}
