package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Red-team defect 13: a return's site column may name a site as people do, by its short name,
 * abbreviation or official name from reference/sites.csv, and it is found as {@code --site} finds
 * it; a name that finds no site names the nearest one and its ODS code.
 */
class SiteByNameTest {
  private static final Path SAMPLES = Path.of("../samples/data");
  private static final Path RED_TEAM = Path.of("src/test/resources/redteam/i-icb-summary-names");

  /** The sample data folder with the red team's ICB summary in place of the sample one. */
  private static InMemorySourceFolder samplesWithRedTeamSummary() throws IOException {
    InMemorySourceFolder folder = new InMemorySourceFolder();
    try (Stream<Path> files = Files.walk(SAMPLES)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = SAMPLES.relativize(f).toString().replace('\\', '/');
        if (!name.startsWith("returns/QMM/")) {
          folder.put(name, Files.readAllBytes(f));
        }
      }
    }
    return folder.put(
        "returns/QMM/icb summary march.csv",
        Files.readAllBytes(RED_TEAM.resolve("icb summary march.csv")));
  }

  @Test
  void the_icb_summary_naming_sites_by_name_and_abbreviation_is_read_by_site() throws IOException {
    Dataset data = DataFolderReader.read(samplesWithRedTeamSummary());
    Map<String, String> siteByCell =
        data.statedTotals().stream()
            .filter(t -> t.provenance().file().equals("returns/QMM/icb summary march.csv"))
            .collect(
                Collectors.toMap(
                    t -> t.provenance().cell(),
                    t -> t.scope().odsCode().orElse("all") + " " + t.stated(),
                    (a, b) -> a,
                    TreeMap::new));
    assertEquals(
        Map.of(
            "D2", "all 4736",
            "D3", "RM1 3451",
            "D4", "RCX 932",
            "D5", "RGP 343",
            "D7", "RCX 0",
            "D8", "RM1 760"),
        siteByCell);
    // Only the two unknown action ids are refused: no row for a site's name.
    assertEquals(
        List.of("A6", "A9"),
        data.problems().stream()
            .filter(p -> p.severity() == io.strikeimpact.model.Severity.ERROR)
            .map(p -> p.where().cell())
            .toList());
  }

  private static final String PROFILE =
      """
      column.site = Hospital
      files = returns/ICB/*
      column.date = Date
      column.type = Activity
      column.count = Rescheduled
      action = by-date
      type.outpatient = OP
      """;

  @Test
  void a_site_column_finds_sites_by_any_of_their_names_and_an_unknown_name_suggests_the_nearest()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/test.properties", PROFILE)
                .put(
                    "returns/ICB/sites.csv",
                    """
                    Hospital,Date,Activity,Rescheduled
                    Norfolk and Norwich University Hospital,13/03/2023,OP,10
                    QEH,13/03/2023,OP,20
                    "Queen Elizabeth Hospital, King's Lynn",14/03/2023,OP,30
                    the James Paget,13/03/2023,OP,40
                    Norfolk & Norwich Univ. Hospital,13/03/2023,OP,50
                    Norfolk,13/03/2023,OP,60
                    Addenbrooke's,13/03/2023,OP,70
                    """));
    assertEquals(
        Map.of("RM1", 10L, "RCX", 50L, "RGP", 40L),
        data.counts().stream()
            .collect(
                Collectors.groupingBy(
                    DisruptionCount::odsCode, Collectors.summingLong(DisruptionCount::count))));
    assertEquals(
        List.of(
            "ERROR returns/ICB/sites.csv, cell A6: found \"Norfolk & Norwich Univ. Hospital\";"
                + " expected an ODS code, abbreviation, initials or name from reference/sites.csv,"
                + " or a name under site.names in profiles/test.properties; the nearest is RM1"
                + " (Norfolk and Norwich University Hospital). Fix: write RM1 in the return if that"
                + " is the site meant, or, if that is what the hospital calls it, add"
                + " site.names.RM1 = Norfolk & Norwich Univ. Hospital to profiles/test.properties;"
                + " a new site goes in reference/sites.csv",
            "ERROR returns/ICB/sites.csv, cell A7: found \"Norfolk\"; expected the code or name of"
                + " one site; it is part of the names of RM1 (Norfolk and Norwich University"
                + " Hospital) and QMM (Norfolk and Waveney ICB). Fix: write the site's ODS code in"
                + " the return, or say which site the hospital means by it: add site.names.RM1 ="
                + " Norfolk to profiles/test.properties (or the code of the site meant)",
            "ERROR returns/ICB/sites.csv, cell A8: found \"Addenbrooke's\"; expected an ODS code,"
                + " abbreviation, initials or name from reference/sites.csv, or a name under"
                + " site.names in profiles/test.properties: RM1, RCX, RGP, QMM. Fix: correct the"
                + " site in the return; if it is another name of a site in reference/sites.csv,"
                + " add site.names.<ODS code> = Addenbrooke's to profiles/test.properties, and if"
                + " it is a new site, add it to reference/sites.csv"),
        messages(data));
  }
}
