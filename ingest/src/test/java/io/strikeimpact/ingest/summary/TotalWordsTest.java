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
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A summary's all-sites row in the words analysts write (fixtures/summary-layouts,
 * icb-total-words.xlsx and icb-stated-total-words.xlsx, a sheet per word): a stated total checked
 * against the site rows, never a site. "All sites" was rejected as an unknown site, and "ICB total"
 * passed as a subtotal, never reconciled.
 */
class TotalWordsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "All sites",
        "ICB total",
        "System total",
        "Trust total",
        "Grand total",
        "Total (all sites)",
        "TOTAL"
      })
  void an_all_sites_row_is_a_stated_total_of_the_site_rows(String word) throws IOException {
    Dataset data = read("icb-total-words.xlsx", BY_SITE + "sheet = " + word + "\n");
    assertEquals(List.of(), messages(data));
    assertEquals(List.of(), data.rejectedRows());
    assertEquals(4726, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        List.of("RM1", "RM1", "RCX", "RCX", "RGP", "RGP"),
        data.counts().stream().map(DisruptionCount::odsCode).toList());
    assertEquals(
        List.of(
            "returns/QMM/icb-total-words.xlsx, sheet '"
                + word
                + "', cell B7 states 4,120 for the junior doctors' strike of 13 to 15 March 2023,"
                + " all sites, outpatient appointments, in returns/QMM/icb-total-words.xlsx; the"
                + " returns add to 4,120 (returns/QMM/icb-total-words.xlsx). They agree.",
            "returns/QMM/icb-total-words.xlsx, sheet '"
                + word
                + "', cell C7 states 606 for the junior doctors' strike of 13 to 15 March 2023,"
                + " all sites, inpatient and day case procedures, in"
                + " returns/QMM/icb-total-words.xlsx; the returns add to 606"
                + " (returns/QMM/icb-total-words.xlsx). They agree."),
        reconciliations(data));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "All sites",
        "ICB total",
        "System total",
        "Trust total",
        "Grand total",
        "Total (all sites)",
        "TOTAL"
      })
  void a_stated_total_for_all_sites_in_words_is_checked_against_every_site(String word)
      throws IOException {
    String profile =
        """
        role = stated-totals
        files = returns/QMM/icb-stated-total-words.xlsx
        column.action = Action
        column.site = Site
        column.count = Stated total
        sheet = %s
        """
            .formatted(word);
    Dataset data =
        DataFolderReader.read(
            SampleReference.folder()
                .put("profiles/icb.properties", profile)
                .put("profiles/sites.properties", BY_SITE.replace("QMM/*", "QMM/*.csv"))
                .put(
                    "returns/QMM/icb-stated-total-words.xlsx",
                    Files.readAllBytes(
                        SummaryFixtures.FOLDER.resolve("icb-stated-total-words.xlsx")))
                .put(
                    "returns/QMM/by-site.csv",
                    "Site,Outpatients,Inpatients\nRM1,2976,475\nRCX,882,50\nRGP,262,81\n"));
    assertEquals(List.of(), messages(data));
    StatedTotal all = data.statedTotals().getLast();
    assertEquals(4736, all.stated());
    assertEquals(Optional.empty(), all.scope().odsCode());
    assertEquals(
        "returns/QMM/icb-stated-total-words.xlsx, sheet '"
            + word
            + "', cell C5 states 4,736 for the junior doctors' strike of 13 to 15 March 2023, all"
            + " sites; the returns add to 4,726 (returns/QMM/by-site.csv), a difference of 10: the"
            + " stated total is 10 more than the sum. This pack uses the sum of the returns.",
        reconciliations(data).getLast());
  }
}
