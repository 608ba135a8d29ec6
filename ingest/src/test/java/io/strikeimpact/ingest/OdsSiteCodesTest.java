package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A patient administration system gives each appointment's site as its ODS site code: "RM102" for
 * the Norfolk and Norwich, "RM104" for Cromer, both N&amp;N's. Each row of an extract counts for
 * the trust in reference/sites.csv whose code the site code begins with; a site code of no trust
 * listed is rejected, naming the cell. A table is not guessed: it may give the trust's row beside
 * its hospitals'.
 */
class OdsSiteCodesTest {
  private static final String EXTRACT_PROFILE =
      """
      files = returns/QMM/*.csv
      layout = line-level
      column.site = Site Code
      column.date = Appointment Date
      column.type = Point of Delivery
      action = by-date
      type.outpatient = OPFA
      type.inpatient = EL
      """;

  private static Map<String, Long> bySite(Dataset data) {
    return data.counts().stream()
        .collect(
            Collectors.groupingBy(
                DisruptionCount::odsCode,
                TreeMap::new,
                Collectors.summingLong(DisruptionCount::count)));
  }

  @Test
  void each_site_code_counts_for_its_trust_and_an_unknown_trust_is_rejected() throws IOException {
    String extract =
        "Appointment ID,Site Code,Appointment Date,Point of Delivery\n"
            + "X1,RM102,13/03/2023,OPFA\n"
            + "X2,rm104,13/03/2023,EL\n"
            + "X3,RCX70,14/03/2023,OPFA\n"
            + "X4,RGP75,15/03/2023,OPFA\n"
            + "X5,RGP75,15/03/2023,OPFA\n"
            + "X6,RXY01,15/03/2023,OPFA\n";
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/pas.properties", EXTRACT_PROFILE)
                .put("returns/QMM/pas.csv", extract));
    assertEquals(Map.of("RCX", 1L, "RGP", 2L, "RM1", 2L), bySite(data));
    List<String> problems = messages(data);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.getFirst().startsWith("ERROR returns/QMM/pas.csv, cell B7: found \"RXY01\""),
        problems.getFirst());
    assertEquals(1, data.rejectedRows().size());
  }

  @Test
  void a_table_by_site_code_is_refused_row_by_row_with_the_key_that_reads_it() throws IOException {
    String profile =
        """
        files = returns/QMM/*.csv
        column.site = Site
        column.date = Date
        column.type = Type
        column.count = Rescheduled
        action = by-date
        type.outpatient = OP
        """;
    // A table may give the trust's own row beside its hospitals': RM1 would count 84, not 42.
    String table =
        "Site,Date,Type,Rescheduled\nRM1,13/03/2023,OP,42\nRM102,13/03/2023,OP,40\n"
            + "RM104,13/03/2023,OP,2\n";
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/sitrep.properties", profile)
                .put("returns/QMM/sitrep.csv", table));
    assertEquals(Map.of("RM1", 42L), bySite(data));
    List<String> problems = messages(data);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(
        problems
            .getFirst()
            .endsWith(
                "RM102 is the ODS code of one of the hospitals of RM1 (Norfolk and Norwich"
                    + " University Hospital), and a table may give the trust's own row beside its"
                    + " hospitals', which would count them twice. Fix: if the return gives no row"
                    + " for RM1 itself, so its hospitals' rows are all of its figures, add"
                    + " site.names.RM1 = RM102 to profiles/sitrep.properties (codes separated by"
                    + " |); otherwise leave the row out of the return"),
        problems.getFirst());

    // With the key the fix gives, a table of hospitals alone reads as the trust.
    Dataset named =
        DataFolderReader.read(
            folder()
                .put("profiles/sitrep.properties", profile + "site.names.RM1 = RM102|RM104\n")
                .put(
                    "returns/QMM/sitrep.csv",
                    "Site,Date,Type,Rescheduled\nRM102,13/03/2023,OP,40\nRM104,13/03/2023,OP,2\n"));
    assertEquals(List.of(), messages(named));
    assertEquals(Map.of("RM1", 42L), bySite(named));
  }

  @Test
  void an_extract_a_table_profile_also_names_is_read_as_the_extract() throws IOException {
    // The ICB's summary profile reads returns/QMM/*.csv, and so picks up the extract put beside it.
    String summary =
        """
        role = stated-totals
        files = returns/QMM/*.csv
        column.action = Action
        column.site = Site
        column.label = Description
        column.count = Stated total
        """;
    String extract =
        "Appointment ID,Site Code,Appointment Date,Point of Delivery\n"
            + "X1,RM102,13/03/2023,OPFA\n"
            + "X2,RM104,14/03/2023,EL\n";
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/a-icb.properties", summary)
                .put("profiles/pas.properties", EXTRACT_PROFILE)
                .put("returns/QMM/pas.csv", extract));
    assertEquals(Map.of("RM1", 2L), bySite(data));
    List<String> problems = messages(data);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems
            .getFirst()
            .startsWith(
                "WARNING returns/QMM/pas.csv: found \"profiles/a-icb.properties,"
                    + " profiles/pas.properties\""),
        problems.getFirst());
    assertTrue(
        problems.getFirst().endsWith("read with profiles/pas.properties only"),
        problems.getFirst());
  }
}
