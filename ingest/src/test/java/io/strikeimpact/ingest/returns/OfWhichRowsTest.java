package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OfWhichRowsTest {
  @Test
  void of_which_labels_are_known_however_they_are_written() {
    for (String label :
        new String[] {
          "of which: cataracts",
          "  of which hip and knee",
          "Of Which - cancer",
          "(of which) 2WW",
          "- of which day case",
          "of whom: over 65",
          "\u2013 of which ENT"
        }) {
      assertTrue(OfWhichRows.isOfWhich(label), label);
    }
    for (String label :
        new String[] {"Ophthalmology", "Total of which", "Officer", "of whichever", "Of"}) {
      assertFalse(OfWhichRows.isOfWhich(label), label);
    }
  }
}
