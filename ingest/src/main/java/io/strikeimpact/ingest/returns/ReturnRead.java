package io.strikeimpact.ingest.returns;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.StatedTotal;
import java.util.List;

/**
 * What came of reading one return: its counts and stated totals, every problem and every row kept
 * aside, in the order of the file's rows.
 *
 * @param sheet the sheet read; empty for csv or when the file could not be opened
 * @param rowsRead data rows read, totals rows and blank rows excluded
 * @param rowsUsed rows whose figures are in the counts or stated totals
 */
public record ReturnRead(
    String sheet,
    List<DisruptionCount> counts,
    List<StatedTotal> statedTotals,
    List<DataProblem> problems,
    List<RejectedRow> rejected,
    int rowsRead,
    int rowsUsed) {
  public ReturnRead {
    sheet = sheet == null ? "" : sheet;
    counts = List.copyOf(counts);
    statedTotals = List.copyOf(statedTotals);
    problems = List.copyOf(problems);
    rejected = List.copyOf(rejected);
  }
}
