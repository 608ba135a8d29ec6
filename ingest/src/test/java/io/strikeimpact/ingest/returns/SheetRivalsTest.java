package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SheetRivalsTest {
  @Test
  void names_of_guidance_sheets_are_known_by_their_words() {
    for (String name :
        new String[] {
          "Guidance",
          "Notes",
          "Instructions",
          "Example",
          "Template",
          "Read me",
          "README",
          "Help",
          "How to complete",
          "Guidance notes (delete)"
        }) {
      assertTrue(SheetRivals.looksLikeGuidance(name), name);
    }
    for (String name : new String[] {"Rescheduled", "Return", "Sheet1", "Data", "Denotes"}) {
      assertFalse(SheetRivals.looksLikeGuidance(name), name);
    }
  }
}
