package io.strikeimpact.ingest.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A return laid out Site | Date | Outpatients | Inpatient &amp; day case | Total, saved by
 * LibreOffice (fixtures/summary-writers): its Total column adds up each row. Suggested and read as
 * a third type, total-only, it counted every row twice (2,738 for N&amp;N's 1,369).
 */
class RowTotalColumnTest {
  private static final Path RETURN =
      Path.of("src/test/resources/fixtures/summary-writers/lo_general_merged.xlsx");

  @Test
  void a_total_beside_the_types_is_suggested_as_the_rows_total_not_a_third_type() throws Exception {
    String p = ProfileSuggester.suggest("nnuh.xlsx", Files.readAllBytes(RETURN)).properties();
    assertTrue(
        p.contains("columns.by-type = Outpatients=outpatient, Inpatient & day case=inpatient\n"),
        p);
    assertTrue(p.contains("column.row-total = Total\n"), p);
    assertFalse(p.contains("total-only"), p);
    Dataset data = read(p.replace("ODS-CODE", "RM1"));
    assertEquals(1_369, total(data), data.problems().toString());
    assertTrue(
        data.problems().stream().noneMatch(q -> q.severity() == Severity.ERROR),
        data.problems().toString());
  }

  @Test
  void a_hand_written_profile_mapping_the_total_as_total_only_does_not_count_rows_twice()
      throws Exception {
    String p =
        String.join(
            "\n",
            "files = returns/*/*.xlsx",
            "sheet = Summary",
            "header.row = auto",
            "column.site = Site",
            "column.date = Date",
            "columns.by-type = Outpatients=outpatient, Inpatient & day case=inpatient,"
                + " Total=total-only",
            "action = by-date",
            "");
    Dataset data = read(p);
    assertEquals(1_202, total(data, ActivityType.OUTPATIENT));
    assertEquals(167, total(data, ActivityType.INPATIENT));
    assertEquals(0, total(data, ActivityType.TOTAL_ONLY), data.counts().toString());
    List<String> warnings =
        data.problems().stream()
            .filter(q -> q.severity() == Severity.WARNING)
            .map(Object::toString)
            .filter(s -> s.contains("column.row-total"))
            .toList();
    assertEquals(1, warnings.size(), data.problems().toString());
  }

  private static Dataset read(String profile) throws Exception {
    InMemorySourceFolder folder = SampleReference.folder();
    return DataFolderReader.read(
        folder
            .put("profiles/nnuh.properties", profile)
            .put("returns/RM1/nnuh.xlsx", Files.readAllBytes(RETURN)));
  }

  private static long total(Dataset data) {
    return data.counts().stream().mapToLong(DisruptionCount::count).sum();
  }

  private static long total(Dataset data, ActivityType type) {
    return data.counts().stream()
        .filter(c -> c.type() == type)
        .mapToLong(DisruptionCount::count)
        .sum();
  }
}
