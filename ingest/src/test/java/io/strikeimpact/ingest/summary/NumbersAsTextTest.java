package io.strikeimpact.ingest.summary;

import static io.strikeimpact.ingest.summary.SummaryFixtures.BY_SITE;
import static io.strikeimpact.ingest.summary.SummaryFixtures.messages;
import static io.strikeimpact.ingest.summary.SummaryFixtures.read;
import static io.strikeimpact.ingest.summary.SummaryFixtures.reconciliations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures keyed as text (fixtures/summary-layouts, icb-number-text.xlsx, written by XlsxWriter):
 * "2,976", "475 ", "882" and "262" with a non-breaking space after or before them, "4 120" grouped
 * by one, sites with a trailing non-breaking space; and Excel's error cells, #REF! and #N/A. The
 * non-breaking spaces rejected QEH's and JPUH's rows; an error cell was "not a number, write the
 * count as a number", with no word of the formula behind it.
 */
class NumbersAsTextTest {
  private static final String FILE = "returns/QMM/icb-number-text.xlsx";

  @Test
  void figures_as_text_with_separators_and_spaces_of_any_kind_are_read() throws IOException {
    Dataset data = read("icb-number-text.xlsx", BY_SITE + "sheet = Text\n");
    assertEquals(List.of(), messages(data));
    assertEquals(
        List.of("RM1 2976", "RM1 475", "RCX 882", "RCX 50", "RGP 262", "RGP 81"),
        data.counts().stream().map(c -> c.odsCode() + " " + c.count()).toList());
    assertEquals(
        List.of(
            FILE
                + ", sheet 'Text', cell B5 states 4,120 for the junior doctors' strike of 13 to 15"
                + " March 2023, all sites, outpatient appointments, in "
                + FILE
                + "; the returns add to 4,120 ("
                + FILE
                + "). They agree.",
            FILE
                + ", sheet 'Text', cell C5 states 606 for the junior doctors' strike of 13 to 15"
                + " March 2023, all sites, inpatient and day case procedures, in "
                + FILE
                + "; the returns add to 606 ("
                + FILE
                + "). They agree."),
        reconciliations(data));
  }

  @Test
  void an_excel_error_cell_is_refused_saying_what_the_error_means() throws IOException {
    Dataset data = read("icb-number-text.xlsx", BY_SITE + "sheet = Errors\n");
    String at = "ERROR " + FILE + ", sheet 'Errors', cell ";
    String ref =
        "; expected a whole number of 0 or more. Fix: correct the formula in the cell (restore or"
            + " re-point the reference), or type the figure in its place, save the return and"
            + " send it again; an error is no figure and is never read as 0";
    String na =
        "; expected a whole number of 0 or more. Fix: correct the formula in the cell (check the"
            + " value looked up is in the table it looks in), or type the figure in its place,"
            + " save the return and send it again; an error is no figure and is never read as 0";
    assertEquals(
        List.of(
            at
                + "B3: found \"#REF! (an Excel error: the formula refers to a cell that was"
                + " deleted)\""
                + ref,
            at + "C4: found \"#N/A (an Excel error: a lookup found no value)\"" + na,
            at
                + "B5: found \"#REF! (an Excel error: the formula refers to a cell that was"
                + " deleted)\""
                + ref,
            at + "C5: found \"#N/A (an Excel error: a lookup found no value)\"" + na),
        messages(data));
    assertEquals(2, data.rejectedRows().size(), "QEH's and JPUH's rows, kept aside");
    assertEquals(List.of(2976L, 475L), data.counts().stream().map(DisruptionCount::count).toList());
  }
}
