package io.strikeimpact.ingest.returns;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.PlannedActivity;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.RowsNotCounted;
import io.strikeimpact.model.StaffTakingPart;
import io.strikeimpact.model.StatedTotal;
import java.util.List;

/**
 * What came of reading one return: its counts and stated totals, every problem and every row kept
 * aside, in the order of the file's rows.
 *
 * @param sheet the sheet read; empty for csv or when the file could not be opened
 * @param rowsRead data rows read, totals rows and blank rows excluded
 * @param rowsUsed rows whose figures are in the counts or stated totals
 * @param rowsRejected rows kept aside with a problem; more than {@code rejected} holds when a
 *     line-level extract had too many to list
 * @param planned the planned activity given beside the counts ({@code column.planned})
 * @param unplanned the counts with no planned figure beside them: all of them when the profile maps
 *     no planned column
 * @param notCounted the rows a line-level filter left out, by value
 * @param staff the staff taking part given beside the counts ({@code column.staff}), a row each
 */
public record ReturnRead(
    String sheet,
    List<DisruptionCount> counts,
    List<StatedTotal> statedTotals,
    List<DataProblem> problems,
    List<RejectedRow> rejected,
    int rowsRead,
    int rowsUsed,
    int rowsRejected,
    List<PlannedActivity> planned,
    List<DisruptionCount> unplanned,
    RowsNotCounted notCounted,
    List<StaffTakingPart> staff) {

  /**
   * A file refused whole: its problems, and nothing of it counted or kept, whatever was read before
   * the refusal.
   */
  static ReturnRead refused(String sheet, List<DataProblem> problems, int rowsRead) {
    return new ReturnRead(
        sheet,
        List.of(),
        List.of(),
        problems,
        List.of(),
        rowsRead,
        0,
        0,
        List.of(),
        List.of(),
        RowsNotCounted.NONE,
        List.of());
  }

  /** A return of stated totals only: no counts of its own, every rejected row listed. */
  static ReturnRead statedTotals(
      String sheet,
      List<StatedTotal> totals,
      List<DataProblem> problems,
      List<RejectedRow> rejected,
      int rowsRead,
      int rowsUsed) {
    return new ReturnRead(
        sheet,
        List.of(),
        totals,
        problems,
        rejected,
        rowsRead,
        rowsUsed,
        rejected.size(),
        List.of(),
        List.of(),
        RowsNotCounted.NONE,
        List.of());
  }

  public ReturnRead {
    sheet = sheet == null ? "" : sheet;
    counts = List.copyOf(counts);
    statedTotals = List.copyOf(statedTotals);
    problems = List.copyOf(problems);
    rejected = List.copyOf(rejected);
    planned = List.copyOf(planned);
    unplanned = List.copyOf(unplanned);
    java.util.Objects.requireNonNull(notCounted, "notCounted");
    staff = List.copyOf(staff);
  }

  /** The same read with other problems, rejected rows and row counts, keeping its figures. */
  ReturnRead withRows(
      List<DataProblem> allProblems,
      List<RejectedRow> allRejected,
      int allRowsRead,
      int allRowsRejected) {
    return new ReturnRead(
        sheet,
        counts,
        statedTotals,
        allProblems,
        allRejected,
        allRowsRead,
        rowsUsed,
        allRowsRejected,
        planned,
        unplanned,
        notCounted,
        staff);
  }
}
