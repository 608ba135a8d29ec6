package io.strikeimpact.ingest.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Red-team case qeh-header-partway (4 December 2026): a second table pasted below QEH's Total row,
 * its header with Inpatients and Outpatients swapped, was read under the first header, so 132 and
 * 96 outpatients counted as inpatients (QEH 897 and 278, true 882 and 50). The table now ends at
 * its totals row followed by a blank row, or at a repeated header; the rows below are rejected
 * under one error that names them.
 */
class SecondTableTest {
  private static final String PROFILE =
      """
      site = RCX
      files = returns/RCX/*.csv
      column.specialty = Specialty
      column.specialty-code = Treatment function code
      columns.by-type = Outpatients=outpatient, Inpatients=inpatient
      action = bma-jd-2023-03
      totals.label = Total|Grand total
      """;

  private static Map<ActivityType, Long> qehByType(Dataset data) {
    return data.counts().stream()
        .filter(c -> c.odsCode().equals("RCX") && c.actionId().equals("bma-jd-2023-03"))
        .collect(
            Collectors.groupingBy(
                DisruptionCount::type, TreeMap::new, Collectors.summingLong(c -> c.count())));
  }

  @Test
  void the_red_teams_second_table_below_the_total_row_is_rejected_not_read_under_the_first()
      throws IOException {
    Dataset data = RedTeamCase.read("qeh-header-partway");
    assertEquals(
        Map.of(ActivityType.OUTPATIENT, 882L, ActivityType.INPATIENT, 50L), qehByType(data));
    String file = "returns/RCX/qeh-junior-doctors-march-2023.csv";
    List<DataProblem> errors =
        data.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR && p.where().file().equals(file))
            .toList();
    assertEquals(
        List.of(
            file
                + ", row 12: found \"a second table below the totals row (row 10), headed"
                + " Specialty, Treatment function code, Inpatients, Outpatients at row 12\";"
                + " expected one table on the file, under its header at row 1 (Specialty,"
                + " Treatment function code, Outpatients, Inpatients), ending at its totals row;"
                + " the second header has its columns in other places, so its rows read under the"
                + " first would count each figure under the wrong column. Fix: the 3 rows (rows 12"
                + " to 14) below the end of the table were not counted (see rejected-rows.csv): if"
                + " they hold figures of this return, move them into the table above its totals"
                + " row, in its columns; if they repeat figures above or are another return,"
                + " delete them or send them as a file of its own; then send the return again"),
        errors.stream().map(DataProblem::message).toList());
    assertEquals(
        List.of("row 12", "row 13", "row 14"),
        data.rejectedRows().stream()
            .filter(r -> r.row().file().equals(file))
            .map(r -> r.row().cell())
            .toList());
    assertEquals(
        List.of("General Surgery", "100", "9", "132"),
        data.rejectedRows().stream()
            .filter(r -> r.row().cell().equals("row 13"))
            .map(RejectedRow::values)
            .findFirst()
            .orElseThrow());
    // The Total row now agrees with the rows it adds up: no reconciliation of C10 or D10 fails.
    assertEquals(
        List.of(),
        data.statedTotals().stream()
            .filter(t -> t.provenance().file().equals(file))
            .filter(t -> t.stated() != (t.provenance().cell().equals("C10") ? 882 : 50))
            .toList());
  }

  private static Dataset read(String csv) throws IOException {
    return DataFolderReader.read(
        SampleReference.folder()
            .put("profiles/qeh.properties", PROFILE)
            .put("returns/RCX/qeh.csv", csv));
  }

  @Test
  void figures_after_the_total_row_and_a_blank_row_are_rejected_even_without_a_header()
      throws IOException {
    Dataset data =
        read(
            """
            Specialty,Treatment function code,Outpatients,Inpatients
            General Surgery,100,132,9
            Total,,132,9

            Urology,101,96,6
            """);
    assertEquals(
        Map.of(ActivityType.OUTPATIENT, 132L, ActivityType.INPATIENT, 9L), qehByType(data));
    assertEquals(
        List.of(
            "ERROR returns/RCX/qeh.csv, row 5: found \"figures below the totals row (row 3) and"
                + " the blank row after it, from row 5\"; expected one table on the file, under"
                + " its header at row 1 (Specialty, Treatment function code, Outpatients,"
                + " Inpatients), ending at its totals row. Fix: the row (row 5) below the end of the"
                + " table was not counted (see rejected-rows.csv): if it holds figures of this"
                + " return, move it into the table above its totals row, in its columns; if it"
                + " repeats figures above or is another return, delete it or send it as a file of"
                + " its own; then send the return again"),
        data.problems().stream()
            .filter(p -> p.where().file().equals("returns/RCX/qeh.csv"))
            .map(p -> p.severity() + " " + p.message())
            .toList());
  }

  @Test
  void notes_below_the_total_row_and_a_total_row_straight_after_another_are_read_as_before()
      throws IOException {
    Dataset data =
        read(
            """
            Specialty,Treatment function code,Outpatients,Inpatients
            General Surgery,100,132,9
            Urology,101,96,6
            Total,,228,15
            Grand total,,228,15

            Notes:
            1. Figures are provisional.
            """);
    assertEquals(
        Map.of(ActivityType.OUTPATIENT, 228L, ActivityType.INPATIENT, 15L), qehByType(data));
    assertEquals(List.of(), data.rejectedRows());
    assertEquals(
        List.of(),
        data.problems().stream()
            .filter(p -> p.where().file().equals("returns/RCX/qeh.csv"))
            .map(DataProblem::message)
            .toList());
  }

  @Test
  void a_header_repeated_in_the_same_places_before_any_total_is_passed_over_with_a_warning()
      throws IOException {
    // A report printed with its header on every page: the rows below it are this table's.
    Dataset data =
        read(
            """
            Specialty,Treatment function code,Outpatients,Inpatients
            General Surgery,100,132,9
            Specialty,Treatment function code,Outpatients,Inpatients
            Urology,101,96,6
            Total,,228,15
            """);
    assertEquals(
        Map.of(ActivityType.OUTPATIENT, 228L, ActivityType.INPATIENT, 15L), qehByType(data));
    assertEquals(List.of(), data.rejectedRows());
    assertEquals(
        List.of(
            "WARNING returns/RCX/qeh.csv, row 3: found \"Specialty, Treatment function code,"
                + " Outpatients, Inpatients\"; expected a row of figures; this row repeats the"
                + " header of row 1. Fix: nothing to fix: the row was passed over, and the rows"
                + " below it read under the header, whose columns it has in the same places;"
                + " delete the repeated header to be rid of this warning"),
        data.problems().stream()
            .filter(p -> p.where().file().equals("returns/RCX/qeh.csv"))
            .map(p -> p.severity() + " " + p.message())
            .toList());
  }

  @Test
  void a_header_repeated_in_other_places_ends_the_table_even_with_no_total_above()
      throws IOException {
    Dataset data =
        read(
            """
            Specialty,Treatment function code,Outpatients,Inpatients
            General Surgery,100,132,9
            Specialty,Treatment function code,Inpatients,Outpatients
            Urology,101,6,96
            """);
    assertEquals(
        Map.of(ActivityType.OUTPATIENT, 132L, ActivityType.INPATIENT, 9L), qehByType(data));
    assertEquals(
        List.of("row 3", "row 4"), data.rejectedRows().stream().map(r -> r.row().cell()).toList());
  }
}
