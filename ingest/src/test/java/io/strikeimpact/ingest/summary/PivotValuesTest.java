package io.strikeimpact.ingest.summary;

import static io.strikeimpact.ingest.summary.SummaryFixtures.messages;
import static io.strikeimpact.ingest.summary.SummaryFixtures.read;
import static io.strikeimpact.ingest.summary.SummaryFixtures.reconciliations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.profile.ProfileSuggester;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pivot table's output pasted as values (fixtures/summary-layouts, icb-pivot-values.xlsx): "Row
 * Labels" of sites' names, "Sum of Outpatients", "Sum of Inpatients" and "Grand Total". {@code
 * profile suggest} took "Sum of Outpatients" for a count of activity not split by type ({@code type
 * = total-only}) and left the inpatients out; it maps both by type.
 */
class PivotValuesTest {
  private static final String FILE = "icb-pivot-values.xlsx";

  @Test
  void a_pivot_tables_sum_of_a_type_is_that_type() throws Exception {
    String p =
        ProfileSuggester.suggest(FILE, Files.readAllBytes(SummaryFixtures.FOLDER.resolve(FILE)))
            .properties();
    assertTrue(
        p.contains(
            "columns.by-type = Sum of Outpatients=outpatient, Sum of Inpatients=inpatient\n"),
        p);
  }

  @Test
  void read_by_site_name_the_grand_total_agrees() throws IOException {
    Dataset data =
        read(
            FILE,
            """
            files = returns/QMM/*
            column.site = Row Labels
            columns.by-type = Sum of Outpatients=outpatient, Sum of Inpatients=inpatient
            action = bma-jd-2023-03
            """);
    assertEquals(List.of(), messages(data));
    assertEquals(4726, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        List.of(
            "returns/QMM/"
                + FILE
                + ", sheet 'Pivot', cell B7 states 4,120 for the junior doctors' strike of 13 to 15"
                + " March 2023, all sites, outpatient appointments, in returns/QMM/"
                + FILE
                + "; the returns add to 4,120 (returns/QMM/"
                + FILE
                + "). They agree.",
            "returns/QMM/"
                + FILE
                + ", sheet 'Pivot', cell C7 states 606 for the junior doctors' strike of 13 to 15"
                + " March 2023, all sites, inpatient and day case procedures, in returns/QMM/"
                + FILE
                + "; the returns add to 606 (returns/QMM/"
                + FILE
                + "). They agree."),
        reconciliations(data));
  }
}
