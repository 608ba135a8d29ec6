package io.strikeimpact.ingest.profile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobTest {
  @Test
  void star_stays_in_one_folder_and_double_star_crosses_folders() {
    assertTrue(Glob.of("returns/RM1/*").matches("returns/RM1/a.xlsx"));
    assertFalse(Glob.of("returns/RM1/*").matches("returns/RM1/old/a.xlsx"));
    assertTrue(Glob.of("returns/**/*.csv").matches("returns/RM1/old/a.csv"));
    assertTrue(Glob.of("returns/**/*.csv").matches("returns/a.csv"));
    assertTrue(Glob.of("returns/RCX/*.{csv,xlsx}").matches("returns/RCX/Q.XLSX"));
    assertFalse(Glob.of("returns/RCX/*.{csv,xlsx}").matches("returns/RCX/q.pdf"));
  }
}
