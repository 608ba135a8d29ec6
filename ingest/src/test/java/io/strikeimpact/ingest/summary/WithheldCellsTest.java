package io.strikeimpact.ingest.summary;

import static io.strikeimpact.ingest.summary.SummaryFixtures.BY_SITE;
import static io.strikeimpact.ingest.summary.SummaryFixtures.messages;
import static io.strikeimpact.ingest.summary.SummaryFixtures.read;
import static io.strikeimpact.ingest.summary.SummaryFixtures.reconciliations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.SuppressedCells;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cells that give no figure in a summary by site (fixtures/summary-layouts, icb-withheld.xlsx):
 * QEH's inpatients withheld. The row stands, the cell is not counted (never as 0) and is named, and
 * the totals row, checked column by column, is said to be not checked exactly where it covers the
 * cell, never to disagree. In a table with a count column each mark rejected the row as "not a
 * number", and ".." was not known as a mark at all.
 */
class WithheldCellsTest {
  private static final String FILE = "returns/QMM/icb-withheld.xlsx";

  private static final String LONG =
      """
      files = returns/QMM/*
      column.site = Site
      column.type = Type
      column.count = Rescheduled
      action = bma-jd-2023-03
      type.outpatient = Outpatient
      type.inpatient = Inpatient
      """;

  @Test
  void
      a_withheld_cell_in_a_column_per_type_leaves_its_columns_total_unchecked_and_the_other_checked()
          throws IOException {
    Dataset data = read("icb-withheld.xlsx", BY_SITE + "sheet = By site\n");
    assertEquals(List.of(), data.rejectedRows());
    assertEquals(
        List.of(2976L, 475L, 882L, 262L, 81L),
        data.counts().stream().map(DisruptionCount::count).toList());
    assertEquals(
        List.of(
            "WARNING "
                + FILE
                + ", sheet 'By site', cell C5: found \"*\"; expected "
                + SuppressedCells.EXPECTED
                + ". Fix: nothing to fix if the hospital withholds small numbers: this cell is not"
                + " counted, so the figures for its site are short by that number, and a total"
                + " that includes it is not checked exactly; ask for the unsuppressed figure if"
                + " the pack must be complete"),
        messages(data));
    assertEquals(
        List.of(
            FILE
                + ", sheet 'By site', cell B7 states 4,120 for the junior doctors' strike of 13 to"
                + " 15 March 2023, all sites, outpatient appointments, in "
                + FILE
                + "; the returns add to 4,120 ("
                + FILE
                + "). They agree.",
            FILE
                + ", sheet 'By site', cell C7 states 606 for the junior doctors' strike of 13 to 15"
                + " March 2023, all sites, inpatient and day case procedures, in "
                + FILE
                + "; not checked exactly: it covers 1 cell that gives no figure, withheld or marked"
                + " none ("
                + FILE
                + ", sheet 'By site', cell C5), which the returns' sum of 556 lacks; the"
                + " difference, 50, is what the withheld cell would hold."),
        reconciliations(data));
  }

  @Test
  void cells_marked_below_five_that_cannot_hold_the_difference_leave_a_disagreement()
      throws IOException {
    // "<5" holds 4 at most: the total's 50 more than the sum is a difference, not a doubt.
    Dataset data = read("icb-withheld.xlsx", LONG + "sheet = Mark <5\n");
    assertEquals(List.of(), data.rejectedRows());
    assertEquals(4676, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    List<String> r = reconciliations(data);
    assertEquals(
        List.of(
            FILE
                + ", sheet 'Mark <5', cell C8 states 4,726 for the junior doctors' strike of 13 to"
                + " 15 March 2023, all sites, in "
                + FILE
                + "; the returns add to 4,676 ("
                + FILE
                + "), a difference of 50: the stated total is 50 more than the sum. This pack uses"
                + " the sum of the returns."),
        r);
  }

  @ParameterizedTest
  @CsvSource({
    "Mark star, *",
    "Mark c, c",
    "Mark (c), [c]",
    "Mark (x), [x]",
    "Mark .., ..",
    "Mark -, -",
    "Mark n-a, n/a"
  })
  void a_count_cell_withheld_keeps_its_row_and_its_total_is_not_checked_exactly(
      String sheet, String mark) throws IOException {
    Dataset data = read("icb-withheld.xlsx", LONG + "sheet = " + sheet + "\n");
    String at = FILE + ", sheet '" + sheet + "', cell ";
    assertEquals(List.of(), data.rejectedRows());
    assertEquals(4676, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        List.of(
            at
                + "C8 states 4,726 for the junior doctors' strike of 13 to 15 March 2023, all"
                + " sites, in "
                + FILE
                + "; not checked exactly: it covers 1 cell that gives no figure, withheld or"
                + " marked none ("
                + at.replace(", cell ", "")
                + ", cell C5), which the returns' sum of 4,676 lacks; the difference, 50, is what"
                + " the withheld cell would hold."),
        reconciliations(data));
    List<String> messages = messages(data);
    assertEquals(1, messages.size(), messages.toString());
    assertEquals(
        "WARNING " + at + "C5: found \"" + mark + "\"; expected ",
        messages.getFirst().substring(0, messages.getFirst().indexOf("expected ") + 9));
  }

  @Test
  void a_dash_the_total_bears_out_is_none_and_the_total_agrees() throws IOException {
    Dataset data =
        io.strikeimpact.ingest.DataFolderReader.read(
            io.strikeimpact.ingest.SampleReference.folder()
                .put("profiles/icb.properties", BY_SITE)
                .put(
                    "returns/QMM/by-site.csv",
                    "Site,Outpatients,Inpatients\nRM1,2976,475\nRCX,882,-\nRGP,262,81\n"
                        + "Total,4120,556\n"));
    assertEquals(List.of(), messages(data));
    assertEquals(
        "returns/QMM/by-site.csv, cell C5 states 556 for the junior doctors' strike of 13 to 15"
            + " March 2023, all sites, inpatient and day case procedures, in"
            + " returns/QMM/by-site.csv; the returns add to 556 (returns/QMM/by-site.csv). They"
            + " agree.",
        reconciliations(data).getLast());
  }

  @Test
  void a_total_stated_elsewhere_for_a_site_with_a_withheld_cell_is_not_checked_exactly()
      throws IOException {
    Dataset data =
        io.strikeimpact.ingest.DataFolderReader.read(
            io.strikeimpact.ingest.SampleReference.folder()
                .put("profiles/icb.properties", LONG + "sheet = Mark star\n")
                .put(
                    "returns/QMM/icb-withheld.xlsx",
                    java.nio.file.Files.readAllBytes(
                        SummaryFixtures.FOLDER.resolve("icb-withheld.xlsx")))
                .put(
                    "profiles/stated.properties",
                    """
                    role = stated-totals
                    files = returns/QMM/*.csv
                    column.action = Action
                    column.site = Site
                    column.count = Stated total
                    """)
                .put(
                    "returns/QMM/stated.csv",
                    "Action,Site,Stated total\nbma-jd-2023-03,RCX,932\nbma-jd-2023-03,RGP,343\n"));
    assertEquals(
        List.of(
            "returns/QMM/stated.csv, cell C2 states 932 for the junior doctors' strike of 13 to 15"
                + " March 2023, QEH; not checked exactly: it covers 1 cell that gives no figure,"
                + " withheld or marked none ("
                + FILE
                + ", sheet 'Mark star', cell C5), which the returns' sum of 882 lacks; the"
                + " difference, 50, is what the withheld cell would hold.",
            "returns/QMM/stated.csv, cell C3 states 343 for the junior doctors' strike of 13 to 15"
                + " March 2023, JPUH; the returns add to 343 ("
                + FILE
                + "). They agree."),
        reconciliations(data).stream().filter(r -> r.contains("stated.csv, cell")).toList());
  }

  @Test
  void a_stated_total_withheld_is_said_and_not_checked_never_an_error() throws IOException {
    Dataset data =
        read(
            "icb-withheld.xlsx",
            """
            role = stated-totals
            files = returns/QMM/*
            sheet = Stated
            column.action = Action
            column.site = Site
            column.count = Stated total
            """);
    assertEquals(
        List.of(
            "WARNING "
                + FILE
                + ", sheet 'Stated', cell C3: found \"[c]\"; expected a stated total to check the"
                + " returns against; this marks it withheld. Fix: nothing to fix for the returns,"
                + " which are counted as they are; this total is not checked"),
        messages(data));
    assertEquals(List.of(), data.rejectedRows());
    assertEquals(
        List.of("RM1 3451", "RGP 343"),
        data.statedTotals().stream()
            .map(t -> t.scope().odsCode().orElseThrow() + " " + t.stated())
            .toList());
  }
}
