package io.strikeimpact.ingest.redteam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Red-team case icb-sheet-per-site (4 December 2026): one ICB workbook with a sheet per site and a
 * profile per site naming its sheet. Only the first profile read the file, so N&amp;N and JPUH were
 * "took part; no return received" though their sheets were received. Each profile of one role now
 * reads its own sheet; two that name the same sheet still read it once.
 */
class SheetPerSiteTest {
  private static final String WORKBOOK = "returns/QMM/icb-returns-by-site-march-2023.xlsx";

  private static final String[] SAMPLES_NOT_IN_THE_CASE = {
    "profiles/jpuh.properties",
    "profiles/nnuh.properties",
    "profiles/qeh.properties",
    "returns/RCX/qeh-junior-doctors-march-2023.csv",
    "returns/RGP/jpuh-junior-doctors-march-2023.xlsx",
    "returns/RM1/nnuh-junior-doctors-march-2023.xlsx",
    "returns/RM1/nnuh-nursing-strikes-2023.csv"
  };

  private static Map<String, Long> bySite(Dataset data) {
    return data.counts().stream()
        .filter(c -> c.actionId().equals("bma-jd-2023-03"))
        .collect(
            Collectors.groupingBy(
                c -> c.odsCode() + " " + c.type().name().toLowerCase(),
                TreeMap::new,
                Collectors.summingLong(DisruptionCount::count)));
  }

  @Test
  void each_sites_profile_reads_its_own_sheet_of_the_icb_workbook() throws IOException {
    Dataset data = RedTeamCase.read("icb-sheet-per-site", SAMPLES_NOT_IN_THE_CASE);
    assertEquals(
        Map.of(
            "RCX inpatient", 50L,
            "RCX outpatient", 882L,
            "RGP inpatient", 81L,
            "RGP outpatient", 262L,
            "RM1 inpatient", 475L,
            "RM1 outpatient", 2976L),
        bySite(data));
    assertEquals(
        List.of("JPUH", "N&N", "QEH"),
        data.counts().stream()
            .filter(c -> c.provenance().file().equals(WORKBOOK))
            .map(c -> c.provenance().sheet())
            .distinct()
            .sorted()
            .toList());
    assertEquals(
        List.of(),
        data.problems().stream()
            .filter(p -> p.where().file().equals(WORKBOOK))
            .map(DataProblem::message)
            .toList());
    // The ICB's stated 3,451 for N&N and 343 for JPUH are checked now, and agree.
    assertEquals(
        List.of(),
        data.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .map(DataProblem::message)
            .toList());
  }

  @Test
  void two_profiles_naming_one_sheet_two_ways_read_it_once() throws IOException {
    InMemorySourceFolder folder =
        RedTeamCase.folder("icb-sheet-per-site", SAMPLES_NOT_IN_THE_CASE)
            .put(
                "profiles/rm1-sheet-again.properties",
                """
                name = N&N sheet again, by position
                site = RM1
                files = returns/QMM/icb-returns-by-site-*.xlsx
                sheet = 1
                column.type = Activity
                column.count = Rescheduled
                action = bma-jd-2023-03
                """);
    Dataset data = DataFolderReader.read(folder);
    assertEquals(2976L, bySite(data).get("RM1 outpatient"));
    assertEquals(
        List.of(
            "WARNING "
                + WORKBOOK
                + ", sheet 'N&N': found \"profiles/rm1-sheet.properties reads sheet 'N&N'\";"
                + " expected each sheet read by one profile of a role;"
                + " profiles/rm1-sheet-again.properties reads it too. Fix: name a different sheet"
                + " in one of the two profiles, or narrow its files; the sheet was read with"
                + " profiles/rm1-sheet-again.properties only, so its figures count once"),
        data.problems().stream()
            .filter(p -> p.where().file().equals(WORKBOOK))
            // The profile by position is also told that the other sites' sheets share its header
            // (SheetRivals), which is true of a sheet per site and asks it to name its sheet.
            .filter(p -> !p.found().startsWith("the profile's header, with rows below it"))
            .map(p -> p.severity() + " " + p.message())
            .toList());
  }
}
