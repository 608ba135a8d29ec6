package io.strikeimpact.ingest.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A return whose header runs over two rows ("Rescheduled" merged over "Outpatients" and
 * "Inpatients"), written by LibreOffice from a file the red team made: the suggestion names the
 * types' columns, and the reader finds them across both rows, so inpatients are not lost.
 */
class MergedHeaderTest {
  private static final Path SITREP =
      Path.of("src/test/resources/fixtures/merged-header/qeh-sitrep.xls");

  @Test
  void a_heading_merged_over_the_types_is_suggested_and_read_as_two_columns() throws Exception {
    byte[] bytes = Files.readAllBytes(SITREP);
    String p = ProfileSuggester.suggest("qeh-sitrep.xls", bytes).properties();
    assertTrue(p.contains("columns.by-type = Outpatients=outpatient, Inpatients=inpatient\n"), p);
    // Specialty and TFC are merged down rows 5 and 6 (MergedLabels), so row 6 names every column
    // itself; the heading "Rescheduled" merged across the types above them adds nothing to read.
    assertTrue(p.contains("# header found at row 6"), p);
    assertTrue(!p.contains("column.count") && !p.contains("type = total-only"), p);

    InMemorySourceFolder folder = SampleReference.folder();
    String profile = p.replace("ODS-CODE", "RCX").replace("ACTION-ID", "bma-jd-2023-03");
    Dataset data =
        DataFolderReader.read(
            folder
                .put("profiles/qeh.properties", profile)
                .put("returns/RCX/qeh-sitrep.xls", bytes));
    assertEquals(882, total(data, ActivityType.OUTPATIENT), data.problems().toString());
    assertEquals(50, total(data, ActivityType.INPATIENT), data.problems().toString());
    // General Surgery's outpatients are at C7, below the two header rows.
    DisruptionCount surgery =
        data.counts().stream()
            .filter(c -> c.type() == ActivityType.OUTPATIENT && c.count() == 132)
            .findFirst()
            .orElseThrow();
    assertEquals("C7", surgery.provenance().cell());
    // The TOTAL row's cached 890 is checked against the 882 the rows add to.
    assertTrue(
        data.statedTotals().stream().anyMatch(t -> t.stated() == 890),
        data.statedTotals().toString());
  }

  private static long total(Dataset data, ActivityType type) {
    return data.counts().stream()
        .filter(c -> c.type() == type)
        .mapToLong(DisruptionCount::count)
        .sum();
  }
}
