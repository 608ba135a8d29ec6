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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sites as people write them (fixtures/summary-layouts, icb-site-names.xlsx, a sheet per way): "QEH
 * King's Lynn", "QEHKL" and "NNUH" were refused as unknown sites; one that finds none, or several,
 * is refused naming the cell, the value and the profile key that would name it.
 */
class SiteNamesAsWrittenTest {
  private static final String FILE = "returns/QMM/icb-site-names.xlsx";

  @ParameterizedTest
  @ValueSource(strings = {"Short", "Initials", "Names", "Places", "Trusts"})
  void each_way_of_writing_a_site_finds_it(String sheet) throws IOException {
    Dataset data = read("icb-site-names.xlsx", BY_SITE + "sheet = " + sheet + "\n");
    assertEquals(List.of(), messages(data));
    assertEquals(
        List.of("RM1 2976", "RM1 475", "RCX 882", "RCX 50", "RGP 262", "RGP 81"),
        data.counts().stream().map(c -> c.odsCode() + " " + c.count()).toList());
  }

  @Test
  void a_site_that_finds_none_or_two_is_refused_with_the_key_that_names_it() throws IOException {
    Dataset data = read("icb-site-names.xlsx", BY_SITE + "sheet = Unknown\n");
    String at = FILE + ", sheet 'Unknown', cell ";
    assertEquals(
        List.of(
            "ERROR "
                + at
                + "A4: found \"Cromer Hospital\"; expected an ODS code, abbreviation, initials or"
                + " name from reference/sites.csv, or a name under site.names in"
                + " profiles/icb.properties: RM1, RCX, RGP, QMM. Fix: correct the site in the"
                + " return; if it is another name of a site in reference/sites.csv, add"
                + " site.names.<ODS code> = Cromer Hospital to profiles/icb.properties, and if it"
                + " is a new site, add it to reference/sites.csv",
            "ERROR "
                + at
                + "A5: found \"Norfolk\"; expected the code or name of one site; it is part of the"
                + " names of RM1 (Norfolk and Norwich University Hospital) and QMM (Norfolk and"
                + " Waveney ICB). Fix: write the site's ODS code in the return, or say which site"
                + " the hospital means by it: add site.names.RM1 = Norfolk to"
                + " profiles/icb.properties (or the code of the site meant)"),
        messages(data));
    assertEquals(2, data.rejectedRows().size());
    // The totals row is still every site's, checked against the one row read, never JPUH's alone.
    assertEquals(
        List.of(
            at
                + "B7 states 4,120 for the junior doctors' strike of 13 to 15 March 2023, all"
                + " sites, outpatient appointments, in "
                + FILE
                + "; the returns add to 262 ("
                + FILE
                + "), a difference of 3,858: the stated total is 3,858 more than the sum. 2 rows"
                + " of that return were rejected and may hold the difference (see Rejected rows)."
                + " This pack uses the sum of the returns.",
            at
                + "C7 states 606 for the junior doctors' strike of 13 to 15 March 2023, all sites,"
                + " inpatient and day case procedures, in "
                + FILE
                + "; the returns add to 81 ("
                + FILE
                + "), a difference of 525: the stated total is 525 more than the sum. 2 rows of"
                + " that return were rejected and may hold the difference (see Rejected rows). This"
                + " pack uses the sum of the returns."),
        reconciliations(data));
  }

  @Test
  void a_name_the_profile_gives_a_site_finds_it() throws IOException {
    Dataset data =
        read(
            "icb-site-names.xlsx",
            BY_SITE
                + "sheet = Unknown\n"
                + "site.names.RM1 = Cromer Hospital|Cromer\n"
                + "site.names.RCX = Norfolk\n");
    assertEquals(List.of(), messages(data));
    assertEquals(
        List.of("RM1 2976", "RM1 475", "RCX 882", "RCX 50", "RCX 262", "RCX 81"),
        data.counts().stream().map(c -> c.odsCode() + " " + c.count()).toList());
    assertEquals(4726, data.counts().stream().mapToLong(DisruptionCount::count).sum());
  }
}
