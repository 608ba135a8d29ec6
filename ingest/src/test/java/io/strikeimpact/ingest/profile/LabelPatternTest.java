package io.strikeimpact.ingest.profile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelPatternTest {
  @Test
  void matches_synonyms_and_wildcards_ignoring_case_spaces_and_a_trailing_colon() {
    LabelPattern labels = LabelPattern.parse("Subtotal|Grand total");
    assertTrue(labels.matches("Subtotal"));
    assertTrue(labels.matches("Subtotal:"));
    assertTrue(labels.matches("  grand   TOTAL :"));
    assertFalse(labels.matches("Subtotal outpatients"));

    LabelPattern subtotals = LabelPattern.parse("Subtotal|* Total");
    assertTrue(subtotals.matches("RM1 Total"));
    assertTrue(subtotals.matches("Subtotal:"));
    assertFalse(subtotals.matches("Totals"));
  }

  @Test
  void an_empty_pattern_matches_nothing() {
    assertFalse(LabelPattern.parse("").matches(""));
    assertFalse(LabelPattern.parse(" | ").matches("Total"));
  }
}
