package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.CountScope;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.StatedTotal;
import io.strikeimpact.model.fixtures.StoryData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Stated totals of every scope checked against their parts: the verdict, the difference, and the
 * cells a mismatch names, so an analyst can find them in the file.
 */
class StatedTotalsReconciliationTest {
  private static final LocalDate JAN_18 = LocalDate.of(2023, 1, 18);
  private static final Provenance TOTALS = new Provenance("totals.csv", "", "", "B9");

  private static Dataset with(List<DisruptionCount> counts, StatedTotal... stated) {
    Dataset d = StoryData.dataset();
    return new Dataset(
        d.sites(),
        d.calendar(),
        d.participation(),
        counts,
        List.of(stated),
        d.problems(),
        d.rejectedRows(),
        d.sources());
  }

  /** The story's data with these rows of its returns rejected, and one stated total. */
  private static Dataset withRejected(StatedTotal stated, RejectedRow... rejected) {
    Dataset d = with(StoryData.counts(), stated);
    return new Dataset(
        d.sites(),
        d.calendar(),
        d.participation(),
        d.counts(),
        d.statedTotals(),
        d.problems(),
        List.of(rejected),
        d.sources());
  }

  private static RejectedRow rejectedRowOf(String file, String cell) {
    Provenance row = new Provenance(file, "", "", cell);
    return new RejectedRow(
        row,
        List.of("QEH", "Inpatient", "ten"),
        List.of(
            new DataProblem(
                Severity.ERROR, row, "ten", "a whole number", "type the figure as digits")));
  }

  private static StatedTotal qehInpatient(long stated) {
    return new StatedTotal(
        "QEH inpatient",
        CountScope.action(StoryData.JD_MARCH).site("RCX").type(ActivityType.INPATIENT),
        stated,
        TOTALS);
  }

  private static Reconciliation only(Dataset d) {
    List<Reconciliation> all = ImpactAnalysis.reconcile(d);
    assertEquals(1, all.size());
    return all.getFirst();
  }

  /** {@code n} counts of one day in one sheet, in cells D6, D7, ...: 10 each. */
  private static List<DisruptionCount> dayCells(int n) {
    List<DisruptionCount> c = new ArrayList<>(StoryData.counts());
    for (int i = 0; i < n; i++) {
      c.add(
          new DisruptionCount(
              "RM1",
              StoryData.RCN_JAN,
              ActivityType.TOTAL_ONLY,
              Optional.of(JAN_18),
              Optional.empty(),
              10,
              new Provenance("by-trust.xlsx", "", "By trust", "D" + (6 + i))));
    }
    return c;
  }

  private static StatedTotal dayTotal(long stated) {
    return new StatedTotal(
        "Total, 18 January",
        CountScope.action(StoryData.RCN_JAN).file("by-trust.xlsx").day(JAN_18),
        stated,
        TOTALS);
  }

  @Test
  void a_day_total_of_one_file_names_the_one_cell_it_adds_up() {
    // The story's N&N nursing return gives 380 for 18 January in nnuh-rcn.csv, cell C2.
    StatedTotal stated =
        new StatedTotal(
            "18 January",
            CountScope.action(StoryData.RCN_JAN).site("RM1").file("nnuh-rcn.csv").day(JAN_18),
            381,
            TOTALS);
    Reconciliation r = only(with(StoryData.counts(), stated));
    assertEquals(380, r.summed());
    assertEquals(1, r.partCount());
    assertEquals(1, r.difference());
    assertFalse(r.agrees());
    assertEquals(List.of("nnuh-rcn.csv, cell C2"), r.partSources());
    assertTrue(r.scopeDescription().contains(", in nnuh-rcn.csv"), r.scopeDescription());
    assertTrue(r.message().contains("the stated total is 1 more than the sum"), r.message());
  }

  @Test
  void a_day_total_of_three_cells_names_each_of_them_and_its_sheet() {
    Reconciliation r = only(with(dayCells(3), dayTotal(30)));
    assertEquals(30, r.summed());
    assertTrue(r.agrees());
    assertEquals(List.of("by-trust.xlsx, sheet 'By trust', cells D6, D7 and D8"), r.partSources());
    assertTrue(r.message().endsWith("They agree."), r.message());
  }

  @Test
  void a_day_total_of_six_cells_still_names_each_but_seven_give_a_range() {
    assertEquals(
        List.of("by-trust.xlsx, sheet 'By trust', cells D6, D7, D8, D9, D10 and D11"),
        only(with(dayCells(6), dayTotal(60))).partSources());
    Reconciliation seven = only(with(dayCells(7), dayTotal(75)));
    assertEquals(
        List.of("by-trust.xlsx, sheet 'By trust', cells D6 to D12 (7 cells)"), seven.partSources());
    assertEquals(5, seven.difference());
  }

  @Test
  void a_row_total_names_the_cells_of_its_row() {
    // The story's JPUH March return: outpatient in C6 of jpuh.xlsx.
    StatedTotal stated =
        new StatedTotal(
            "Row 6", CountScope.action(StoryData.JD_MARCH).file("jpuh.xlsx").row(6), 262, TOTALS);
    Reconciliation r = only(with(StoryData.counts(), stated));
    assertEquals(262, r.summed());
    assertEquals(List.of("jpuh.xlsx, sheet 'Sheet1', cell C6"), r.partSources());
    assertTrue(r.scopeDescription().endsWith(", in jpuh.xlsx, row 6"), r.scopeDescription());
  }

  @Test
  void a_whole_file_total_lists_the_files_of_its_parts_not_cells() {
    StatedTotal stated =
        new StatedTotal(
            "N&N outpatient",
            CountScope.action(StoryData.JD_MARCH).site("RM1").type(ActivityType.OUTPATIENT),
            2976,
            TOTALS);
    Reconciliation r = only(with(StoryData.counts(), stated));
    assertTrue(r.agrees());
    assertEquals(List.of("nnuh.xlsx"), r.partSources());
    assertEquals(
        "the junior doctors' strike of 13 to 15 March 2023, "
            + StoryData.dataset().siteLabel("RM1")
            + ", "
            + ActivityType.OUTPATIENT.description(),
        r.scopeDescription());
  }

  @Test
  void a_stated_total_no_return_covers_cannot_be_checked_even_when_it_is_zero() {
    StatedTotal none = new StatedTotal("April", CountScope.action(StoryData.JD_APRIL), 0, TOTALS);
    Reconciliation r = only(with(StoryData.counts(), none));
    assertEquals(0, r.partCount());
    assertEquals(0, r.difference());
    assertFalse(r.checkable());
    assertFalse(r.agrees(), "nothing to add up is not agreement");
    assertEquals(List.of(), r.partSources());
    assertTrue(
        r.message().endsWith("; no returns cover it, so it cannot be checked."), r.message());
    Analysis a = ImpactAnalysis.analyse(with(StoryData.counts(), none), StoryData.request());
    assertEquals(List.of(r), a.reconciliationWarnings());
  }

  @Test
  void a_stated_total_of_one_part_is_checkable_and_an_agreeing_one_is_no_warning() {
    StatedTotal stated =
        new StatedTotal(
            "QEH inpatient",
            CountScope.action(StoryData.JD_MARCH).site("RCX").type(ActivityType.INPATIENT),
            50,
            TOTALS);
    Dataset d = with(StoryData.counts(), stated);
    Reconciliation r = only(d);
    assertEquals(1, r.partCount());
    assertTrue(r.checkable());
    assertTrue(r.agrees());
    assertEquals(
        List.of(), ImpactAnalysis.analyse(d, StoryData.request()).reconciliationWarnings());
  }

  @Test
  void a_disagreeing_total_points_to_the_rejected_rows_of_its_returns() {
    Reconciliation r = only(withRejected(qehInpatient(60), rejectedRowOf("qeh.csv", "A5")));
    assertEquals(10, r.difference());
    assertEquals(1, r.rejectedRows());
    assertTrue(
        r.message()
            .endsWith(
                "the stated total is 10 more than the sum. 1 row of that return was rejected and"
                    + " may hold the difference (see Rejected rows). This pack uses the sum of the"
                    + " returns."),
        r.message());
    Reconciliation two =
        only(
            withRejected(
                qehInpatient(60),
                rejectedRowOf("qeh.csv", "A5"),
                rejectedRowOf("qeh.csv", "A6"),
                rejectedRowOf("nnuh.xlsx", "A9")));
    assertEquals(2, two.rejectedRows(), "a rejected row of another site's return is not counted");
    assertTrue(two.message().contains("2 rows of that return were rejected"), two.message());
  }

  @Test
  void rejected_rows_are_not_mentioned_when_the_total_agrees_or_none_is_in_its_returns() {
    Reconciliation agrees = only(withRejected(qehInpatient(50), rejectedRowOf("qeh.csv", "A5")));
    assertTrue(agrees.agrees());
    assertFalse(agrees.message().contains("rejected"), agrees.message());
    Reconciliation below = only(withRejected(qehInpatient(40), rejectedRowOf("qeh.csv", "A5")));
    assertTrue(below.disagrees());
    assertFalse(
        below.message().contains("rejected"),
        "a rejected row cannot explain a sum above its total: " + below.message());
    Reconciliation elsewhere =
        only(withRejected(qehInpatient(60), rejectedRowOf("nnuh.xlsx", "A9")));
    assertEquals(0, elsewhere.rejectedRows());
    assertFalse(elsewhere.message().contains("rejected"), elsewhere.message());
  }

  @Test
  void a_stated_total_below_its_parts_says_less() {
    Reconciliation r =
        only(
            with(
                StoryData.counts(),
                new StatedTotal("March", CountScope.action(StoryData.JD_MARCH), 4700, TOTALS)));
    assertEquals(-26, r.difference());
    assertTrue(r.message().contains("the stated total is 26 less than the sum"), r.message());
  }
}
