package io.strikeimpact.ingest.summary;

import static io.strikeimpact.ingest.summary.SummaryFixtures.BY_SITE;
import static io.strikeimpact.ingest.summary.SummaryFixtures.messages;
import static io.strikeimpact.ingest.summary.SummaryFixtures.read;
import static io.strikeimpact.ingest.summary.SummaryFixtures.reconciliations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.StatedTotal;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ICB's own row below its hospitals' in a summary by site (fixtures/summary-layouts,
 * icb-own-row.xlsx): "N&W ICB", "Norfolk and Waveney ICB" or QMM, all the ICB of
 * reference/sites.csv. It was read as QMM's activity and added in, so all sites came to 9,452 where
 * the hospitals reschedule 4,726; it is their stated total.
 */
class IcbOwnRowTest {
  @ParameterizedTest
  @CsvSource({"N&W ICB, NandW ICB", "Norfolk and Waveney ICB, Norfolk and Waveney ICB", "QMM, QMM"})
  void the_icbs_row_is_the_stated_total_of_its_hospitals(String name, String sheet)
      throws IOException {
    Dataset data = read("icb-own-row.xlsx", BY_SITE + "sheet = " + sheet + "\n");
    assertEquals(List.of(), messages(data));
    assertEquals(4726, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        List.of("RCX", "RGP", "RM1"),
        data.counts().stream().map(DisruptionCount::odsCode).distinct().sorted().toList());
    assertEquals(
        List.of(
            "returns/QMM/icb-own-row.xlsx, sheet '"
                + sheet
                + "', cell B7 states 4,120 for the junior doctors' strike of 13 to 15 March 2023,"
                + " all sites, outpatient appointments, in returns/QMM/icb-own-row.xlsx; the"
                + " returns add to 4,120 (returns/QMM/icb-own-row.xlsx). They agree.",
            "returns/QMM/icb-own-row.xlsx, sheet '"
                + sheet
                + "', cell C7 states 606 for the junior doctors' strike of 13 to 15 March 2023,"
                + " all sites, inpatient and day case procedures, in returns/QMM/icb-own-row.xlsx;"
                + " the returns add to 606 (returns/QMM/icb-own-row.xlsx). They agree."),
        reconciliations(data));
  }

  @Test
  void a_stated_total_for_the_icb_is_the_total_of_all_sites() throws IOException {
    Dataset data = statedTotals("QMM");
    assertEquals(List.of(), messages(data));
    StatedTotal total = data.statedTotals().getFirst();
    assertEquals(Optional.empty(), total.scope().odsCode());
    assertEquals(4736, total.stated());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Total for Norfolk and Waveney|",
        "Norfolk and Waveney total|",
        "Total: N&W ICB|",
        "N&N total|RM1",
        "Total for QEH|RCX"
      })
  void a_total_in_words_of_the_icb_or_a_site_is_its_stated_total(String label, String site)
      throws IOException {
    Dataset data = statedTotals("\"" + label + "\"");
    assertEquals(List.of(), messages(data));
    StatedTotal total = data.statedTotals().getFirst();
    assertEquals(Optional.ofNullable(site), total.scope().odsCode());
  }

  /** A summary of one stated total of 4,736 for March, its site cell as given. */
  private static Dataset statedTotals(String siteCell) throws IOException {
    return DataFolderReader.read(
        SampleReference.folder()
            .put(
                "profiles/stated.properties",
                """
                role = stated-totals
                files = returns/QMM/stated.csv
                column.action = Action
                column.site = Site
                column.count = Stated total
                """)
            .put(
                "returns/QMM/stated.csv",
                "Action,Site,Stated total\nbma-jd-2023-03," + siteCell + ",4736\n"));
  }
}
