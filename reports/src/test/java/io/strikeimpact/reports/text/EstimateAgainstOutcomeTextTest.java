package io.strikeimpact.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12: summary, in every format, sets the estimate the earlier actions gave beside April. */
class EstimateAgainstOutcomeTextTest {
  private static final Analysis APRIL = StoryData.withAprilReturns();

  @Test
  void the_summary_table_shows_the_estimate_against_outcome_site_by_site_with_the_method() {
    String text = SummaryText.render(APRIL);
    assertTrue(
        text.contains(
            "Estimate against outcome: the junior doctors' strike of 11 to 14 April 2023 (96 hours)"),
        text);
    assertTrue(text.contains("estimated 6,301; 6,050 rescheduled, 251 fewer (4%)"), text);
    assertTrue(text.contains("estimated 4,601; 4,900 rescheduled, 299 more (6%)"), text);
    assertTrue(text.contains("What the earlier actions gave as an estimate for"), text);
  }

  @Test
  void csv_and_json_carry_the_same_figures() {
    Tabular t = Views.estimateAgainstOutcome(APRIL.estimateAgainstOutcome().orElseThrow());
    String csv = OutputFormat.CSV.write(List.of(t));
    assertTrue(csv.contains("N&N,4601,4900,299,"), csv);
    assertTrue(csv.contains("All sites,6301,6050,-251,"), csv);
    String json = OutputFormat.JSON.write(List.of(t));
    assertTrue(json.contains("\"estimateAgainstOutcome\""), json);
    assertTrue(json.contains("\"estimated\": 6301") || json.contains("\"estimated\":6301"), json);
    assertTrue(json.contains("251 fewer (4%)"), json);
  }

  @Test
  void the_rows_are_the_sites_with_both_figures_then_all_sites() {
    var o = APRIL.estimateAgainstOutcome().orElseThrow();
    assertEquals(List.of("RM1", "RCX", "RGP"), o.sites().stream().map(s -> s.odsCode()).toList());
    // QEH: 932 / 72 * 96 = 1,242.7 estimated; 1,000 rescheduled. JPUH: 343 / 72 * 96 = 457.3; 150.
    assertEquals(
        "estimated 1,243; 1,000 rescheduled, 243 fewer (20%)", o.sites().get(1).describe());
    assertEquals("estimated 457; 150 rescheduled, 307 fewer (67%)", o.sites().get(2).describe());
  }

  @Test
  void an_action_with_nothing_before_it_to_estimate_it_from_has_no_such_table() {
    String text =
        SummaryText.render(ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request()));
    assertFalse(text.contains("Estimate against outcome"), text);
  }
}
