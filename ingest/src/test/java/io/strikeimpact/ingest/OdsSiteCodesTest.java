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
 * the Norfolk and Norwich, "RM104" for Cromer, both N&amp;N's. Each row counts for the trust in
 * reference/sites.csv whose code the site code begins with; a site code of no trust listed is
 * rejected, naming the cell.
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
  void a_summary_return_by_site_code_reads_the_same() throws IOException {
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
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/sitrep.properties", profile)
                .put(
                    "returns/QMM/sitrep.csv",
                    "Site,Date,Type,Rescheduled\nRM102,13/03/2023,OP,40\nRM104,13/03/2023,OP,2\n"));
    assertEquals(List.of(), messages(data));
    assertEquals(Map.of("RM1", 42L), bySite(data));
  }
}
