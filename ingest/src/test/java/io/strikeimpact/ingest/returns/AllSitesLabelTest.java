package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The words analysts write for a total of every row, and labels that only look like one. */
class AllSitesLabelTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "All sites",
        "ICB total",
        "System total",
        "Trust total",
        "Grand total",
        "Total (all sites)",
        "TOTAL",
        "Total:",
        "All specialties",
        "Total - all trusts",
        "Overall total",
        "Grand\u00a0Total"
      })
  void a_total_of_every_row(String label) {
    assertTrue(AllSitesLabel.isTotal(label), label);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "RM1 Total",
        "Total knee replacement",
        "Total Surgery",
        "All activity",
        "All",
        "Trust",
        "Sites",
        "Outpatients total"
      })
  void not_a_total_of_every_row(String label) {
    assertFalse(AllSitesLabel.isTotal(label), label);
  }
}
