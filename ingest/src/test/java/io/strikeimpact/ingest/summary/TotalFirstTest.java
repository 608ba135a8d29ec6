package io.strikeimpact.ingest.summary;

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
 * The all-sites row first, above the rows it adds up (fixtures/summary-layouts,
 * icb-total-first.xlsx, written by XlsxWriter), in a summary by site and day whose action is read
 * from its dates: it was "a totals row below the rows it adds up ... not checked", as its action
 * was not known until the rows below were read; it is checked against them.
 */
class TotalFirstTest {
  private static final String FILE = "returns/QMM/icb-total-first.xlsx";

  @Test
  void a_total_above_its_rows_is_checked_against_them() throws IOException {
    Dataset data =
        read(
            "icb-total-first.xlsx",
            """
            files = returns/QMM/*
            column.site = Site
            column.date = Date
            columns.by-type = Outpatients=outpatient, Inpatients=inpatient
            action = by-date
            """);
    assertEquals(List.of(), messages(data));
    assertEquals(4726, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        List.of(
            FILE
                + ", sheet 'By site and day', cell C2 states 4,120 for the junior doctors' strike"
                + " of 13 to 15 March 2023, all sites, outpatient appointments, in "
                + FILE
                + "; the returns add to 4,120 ("
                + FILE
                + "). They agree.",
            FILE
                + ", sheet 'By site and day', cell D2 states 606 for the junior doctors' strike of"
                + " 13 to 15 March 2023, all sites, inpatient and day case procedures, in "
                + FILE
                + "; the returns add to 606 ("
                + FILE
                + "). They agree."),
        reconciliations(data));
  }

  @Test
  void a_total_first_and_a_blank_row_before_the_sites_heads_the_table() throws IOException {
    Dataset data =
        io.strikeimpact.ingest.DataFolderReader.read(
            io.strikeimpact.ingest.SampleReference.folder()
                .put(
                    "profiles/icb.properties",
                    """
                    files = returns/QMM/*
                    column.site = Site
                    columns.by-type = Outpatients=outpatient, Inpatients=inpatient
                    action = bma-jd-2023-03
                    """)
                .put(
                    "returns/QMM/icb-by-site.csv",
                    "Site,Outpatients,Inpatients\nAll sites,4120,606\n\nN&N,2976,475\nQEH,882,50\n"
                        + "JPUH,262,81\n"));
    assertEquals(List.of(), messages(data));
    assertEquals(List.of(), data.rejectedRows());
    assertEquals(4726, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        List.of(
            "returns/QMM/icb-by-site.csv, cell B2 states 4,120 for the junior doctors' strike of"
                + " 13 to 15 March 2023, all sites, outpatient appointments, in"
                + " returns/QMM/icb-by-site.csv; the returns add to 4,120"
                + " (returns/QMM/icb-by-site.csv). They agree.",
            "returns/QMM/icb-by-site.csv, cell C2 states 606 for the junior doctors' strike of 13"
                + " to 15 March 2023, all sites, inpatient and day case procedures, in"
                + " returns/QMM/icb-by-site.csv; the returns add to 606"
                + " (returns/QMM/icb-by-site.csv). They agree."),
        reconciliations(data));
  }
}
