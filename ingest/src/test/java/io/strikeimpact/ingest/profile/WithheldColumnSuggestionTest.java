package io.strikeimpact.ingest.profile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A summary by site whose inpatient column withholds QEH's small number as "*"
 * (fixtures/summary-layouts, icb-withheld.xlsx): the column is a column of counts, and the
 * suggestion maps it. It used to map the outpatients alone, so a profile written from it read none
 * of the inpatients.
 */
class WithheldColumnSuggestionTest {
  @Test
  void a_column_of_counts_with_a_withheld_mark_is_mapped() throws Exception {
    Path file = Path.of("src/test/resources/fixtures/summary-layouts/icb-withheld.xlsx");
    String p = ProfileSuggester.suggest("icb-withheld.xlsx", Files.readAllBytes(file)).properties();
    assertTrue(p.contains("columns.by-type = Outpatients=outpatient, Inpatients=inpatient\n"), p);
  }
}
