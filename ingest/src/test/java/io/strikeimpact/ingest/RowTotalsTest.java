package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static io.strikeimpact.ingest.TotalsCellTest.reconciliations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.StatedTotal;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A column of row totals at the end of each row of a wide layout ({@code column.row-total}) is read
 * as a stated total per row and checked against the count cells of that row alone.
 */
class RowTotalsTest {
  static final String BY_TRUST =
      """
      column.site = Org Code
      files = returns/NHSE/*
      columns.by-day-and-type = {date} {type}
      column.row-total = Total
      action = by-date
      type.outpatient = Outpatient
      type.inpatient = Elective
      totals.label = England
      """;

  @Test
  void a_trust_row_whose_total_states_10_more_than_its_cells_is_reported_at_its_total_cell()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/test.properties", BY_TRUST)
                .put(
                    "returns/NHSE/by-trust.csv",
                    "Org Code,13/03/2023 Outpatient,13/03/2023 Elective,14/03/2023 Outpatient,Total\n"
                        + "RM1,1010,160,985,2155\n"
                        + "RCX,300,20,290,620\n"
                        + "RGP,90,,88,\n"));
    assertEquals(List.of(), messages(data));
    assertEquals(
        List.of(
            "returns/NHSE/by-trust.csv, cell E2 states 2,155 for the junior doctors' strike of 13 to 15 March 2023, N&N, in returns/NHSE/by-trust.csv, row 2; the returns add to 2,155 (returns/NHSE/by-trust.csv, cells B2, C2 and D2). They agree.",
            "returns/NHSE/by-trust.csv, cell E3 states 620 for the junior doctors' strike of 13 to 15 March 2023, QEH, in returns/NHSE/by-trust.csv, row 3; the returns add to 610 (returns/NHSE/by-trust.csv, cells B3, C3 and D3), a difference of 10: the stated total is 10 more than the sum. This pack uses the sum of the returns."),
        reconciliations(data),
        "RGP's blank total is no figure, so only two rows are checked");
  }

  static final String BY_TYPE =
      """
      site = RCX
      files = returns/RCX/*
      column.specialty = Specialty
      columns.by-type = Outpatients=outpatient, Inpatients=inpatient
      column.row-total = Total|Row total
      action = bma-jd-2023-03
      """;

  /**
   * A totals row and a totals column in one table, read by one profile: each row's total against
   * its own cells, each type's total against its column, and the corner against the whole table.
   */
  @Test
  void a_totals_row_and_a_totals_column_are_both_read_and_checked_by_one_profile()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/test.properties", BY_TYPE)
                .put(
                    "returns/RCX/qeh.csv",
                    "Specialty,Outpatients,Inpatients,Total\n"
                        + "General Surgery,120,10,130\n"
                        + "Urology,80,,80\n"
                        + "Dermatology,50,5,50\n"
                        + "Total,250,15,260\n"));
    assertEquals(List.of(), messages(data));
    assertEquals(
        List.of(
            "Row total 130",
            "Row total 80",
            "Row total 50",
            "Totals row, all types 260",
            "Totals row, Outpatient 250",
            "Totals row, Inpatient 15"),
        data.statedTotals().stream().map(t -> t.label() + " " + t.stated()).toList());
    List<String> messages = reconciliations(data);
    assertEquals(
        "returns/RCX/qeh.csv, cell D4 states 50 for the junior doctors' strike of 13 to 15 March 2023, QEH, in returns/RCX/qeh.csv, row 4; the returns add to 55 (returns/RCX/qeh.csv, cells B4 and C4), a difference of 5: the stated total is 5 less than the sum. This pack uses the sum of the returns.",
        messages.get(2));
    assertEquals(
        "returns/RCX/qeh.csv, cell D5 states 260 for the junior doctors' strike of 13 to 15 March 2023, QEH, in returns/RCX/qeh.csv; the returns add to 265 (returns/RCX/qeh.csv), a difference of 5: the stated total is 5 less than the sum. This pack uses the sum of the returns.",
        messages.get(3));
    assertEquals(
        List.of(true, true, false, false, true, true),
        messages.stream().map(m -> m.endsWith("They agree.")).toList());
  }

  @Test
  void a_total_beside_a_row_of_blank_cells_is_a_warning_and_a_bad_one_an_error()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/test.properties", BY_TYPE)
                .put(
                    "returns/RCX/qeh.csv",
                    "Specialty,Outpatients,Inpatients,Total\n"
                        + "General Surgery,120,10,lots\n"
                        + "Urology,,,12\n"
                        + "Dermatology,,,0\n"));
    assertEquals(
        List.of(
            "ERROR returns/RCX/qeh.csv, cell D2: found \"lots\"; expected a whole number of 0 or more. Fix: write the count as a number, e.g. 1,234, and send the return again",
            "WARNING returns/RCX/qeh.csv, cell D3: found \"12\"; expected a row total equal to the sum of the row's count cells, which are all blank. Fix: fill in the row's counts, or clear its total; neither is counted"),
        messages(data));
    assertEquals(List.of(), data.statedTotals().stream().map(StatedTotal::stated).toList());
    assertEquals(130, data.counts().stream().mapToLong(c -> c.count()).sum());
  }

  @Test
  void a_column_of_row_totals_needs_a_wide_layout() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    """
                    site = RM1
                    files = returns/RM1/*
                    column.date = Date
                    column.type = Activity
                    column.count = Rescheduled
                    column.row-total = Total
                    action = bma-jd-2023-03
                    """)
                .put("returns/RM1/long.csv", "Date,Activity,Rescheduled,Total\n"));
    assertEquals(
        "ERROR profiles/test.properties: found \"column.row-total = \"Total\" with column.count\"; expected a column of row totals in a wide layout (columns.by-type or columns.by-day-and-type), whose rows hold several count cells. Fix: remove column.row-total, or map the count columns with columns.by-type in profiles/test.properties",
        messages(data).getFirst());
  }
}
