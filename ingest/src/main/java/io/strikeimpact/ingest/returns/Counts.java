package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a count from a cell: a whole number of 0 or more, as a spreadsheet number or as text with
 * or without thousands separators ("1,234").
 */
final class Counts {
  static final String EXPECTED = "a whole number of 0 or more";
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

  private Counts() {}

  /** The count, or empty with a problem added naming the cell. */
  static Optional<Long> read(Optional<RawCell> cell, Provenance where, List<DataProblem> problems) {
    if (cell.isEmpty()) {
      problems.add(problem(where, "", "fill in the count (0 if nothing was rescheduled) and send the return again"));
      return Optional.empty();
    }
    RawCell c = cell.get();
    BigDecimal value;
    if (c.number().isPresent()) {
      value = BigDecimal.valueOf(c.number().getAsDouble());
    } else if (NUMBER.matcher(c.text()).matches()) {
      value = new BigDecimal(c.text().replace(",", ""));
    } else {
      problems.add(problem(where, c.text(), "write the count as a number, e.g. 1,234, and send the return again"));
      return Optional.empty();
    }
    if (value.signum() < 0) {
      problems.add(problem(where, c.text(), "correct the count in the return and send it again; a count of activity rescheduled cannot be negative"));
      return Optional.empty();
    }
    if (value.stripTrailingZeros().scale() > 0) {
      problems.add(problem(where, c.text(), "correct the count in the return and send it again; appointments are counted in whole numbers"));
      return Optional.empty();
    }
    try {
      return Optional.of(value.longValueExact());
    } catch (ArithmeticException e) {
      problems.add(problem(where, c.text(), "correct the count in the return and send it again"));
      return Optional.empty();
    }
  }

  private static DataProblem problem(Provenance where, String found, String fix) {
    return new DataProblem(Severity.ERROR, where, found, EXPECTED, fix);
  }
}
