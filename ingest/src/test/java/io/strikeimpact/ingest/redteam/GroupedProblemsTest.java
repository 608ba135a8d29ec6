package io.strikeimpact.ingest.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SourceFile;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Red-team case ll-forgot-layout (4 December 2026): a PAS extract read as a table gave one error
 * for each of its 100 rows dated 16 March, a day of no action. Problems of one cause in one column
 * are now one message with the count and the first cells; every row is still rejected, kept and
 * counted.
 */
class GroupedProblemsTest {
  private static final String FILE = "returns/RM1/pas-extract-march-2023.xlsx";

  @Test
  void one_error_for_the_hundred_rows_on_a_day_of_no_action_and_every_row_still_rejected()
      throws IOException {
    Dataset data =
        RedTeamCase.read("ll-forgot-layout", "returns/RM1/nnuh-junior-doctors-march-2023.xlsx");
    List<String> errors =
        data.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR && p.where().file().equals(FILE))
            .map(DataProblem::message)
            .toList();
    assertEquals(4, errors.size(), String.join("\n", errors));
    assertEquals(
        FILE
            + ", sheet 'Extract', cell B7: found \"16/03/2023, in 100 cells of column B (B7, B11,"
            + " B15, B19, B23 and 95 more)\"; expected a day of an action in"
            + " reference/calendar.csv; 16 March 2023 is not one. Fix: correct the date in the"
            + " return, or add the action to reference/calendar.csv",
        errors.getFirst());
    List<RejectedRow> rejected =
        data.rejectedRows().stream().filter(r -> r.row().file().equals(FILE)).toList();
    assertEquals(103, rejected.size());
    // Each rejected row keeps its own cell's problem.
    assertEquals(
        "B11: found \"16/03/2023\"",
        rejected.get(1).problems().getFirst().where().cell()
            + ": found \""
            + rejected.get(1).problems().getFirst().found()
            + "\"");
    SourceFile source =
        data.sources().stream().filter(s -> s.name().equals(FILE)).findFirst().orElseThrow();
    assertEquals(103, source.rowsRejected());
  }

  private static Dataset qeh(String csv) throws IOException {
    return DataFolderReader.read(
        SampleReference.folder()
            .put(
                "profiles/qeh.properties",
                """
                site = RCX
                files = returns/RCX/*.csv
                column.specialty = Specialty
                columns.by-type = Outpatients=outpatient, Inpatients=inpatient
                action = bma-jd-2023-03
                """)
            .put("returns/RCX/qeh.csv", csv));
  }

  @Test
  void three_problems_of_one_cause_are_each_told_and_four_are_told_once() throws IOException {
    Dataset three = qeh("Specialty,Outpatients,Inpatients\nA,abc,1\nB,def,1\nC,ghi,1\n");
    assertEquals(3, three.problems().stream().filter(p -> p.severity() == Severity.ERROR).count());
    Dataset four = qeh("Specialty,Outpatients,Inpatients\nA,abc,1\nB,abc,1\nC,def,1\nD,ghi,1\n");
    assertEquals(
        List.of("found \"abc, def and 1 other value, in 4 cells of column B (B2, B3, B4, B5)\""),
        four.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .map(p -> "found \"" + p.found() + "\"")
            .toList());
    assertEquals(4, four.rejectedRows().size());
  }
}
