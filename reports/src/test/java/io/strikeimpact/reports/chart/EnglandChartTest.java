package io.strikeimpact.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import io.strikeimpact.reports.EnglandFixture;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** Issue 14: the local share of England's by action, a gap (never 0) where England is blank. */
class EnglandChartTest {
  private static final Analysis ENGLAND = EnglandFixture.analysis();

  @Test
  void each_action_with_returns_has_its_share_and_a_blank_england_figure_is_a_gap() {
    JFreeChart chart = EnglandChart.shareByAction(ENGLAND).orElseThrow();
    assertEquals(
        "Sites here rescheduled 2.7% of England's total in March 2023", chart.getTitle().getText());
    CategoryDataset data = chart.getCategoryPlot().getDataset();
    assertEquals(
        List.of(
            "Nurses, January 2023 (not published)",
            "Nurses, February 2023 (not published)",
            "Junior doctors, March 2023"),
        data.getColumnKeys());
    // January and February: no value at all, so no bar; not 0.
    assertNull(data.getValue(EnglandChart.SERIES, "Nurses, January 2023 (not published)"));
    assertNull(data.getValue(EnglandChart.SERIES, "Nurses, February 2023 (not published)"));
    assertEquals(
        4_726.0 / 175_122 * 100,
        data.getValue(EnglandChart.SERIES, "Junior doctors, March 2023").doubleValue(),
        1e-9);
    // The chart says why there is no bar, under its title.
    assertTrue(
        chart.getSubtitles().stream()
            .anyMatch(
                t -> t instanceof TextTitle tt && tt.getText().equals(EnglandChart.GAP_NOTE)));
    BufferedImage image = chart.createBufferedImage(500, 250);
    assertEquals(500, image.getWidth());
  }

  @Test
  void the_text_alternative_gives_every_share_and_says_where_there_is_no_bar() {
    assertEquals(
        "Bar chart: Sites here rescheduled 2.7% of England's total in March 2023. The local acute"
            + " total as a share of England's, action by action: Nurses, January 2023, not"
            + " published, so no bar; Nurses, February 2023, not published, so no bar; Junior"
            + " doctors, March 2023, 2.7% (4,726 of 175,122). England's figure covers every trust"
            + " that sent NHS England a return, the local figure only the sites here that sent"
            + " one.",
        EnglandChart.altText(ENGLAND));
  }

  @Test
  void without_a_national_file_there_is_no_chart() {
    Analysis story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    assertTrue(EnglandChart.shareByAction(story).isEmpty());
    assertEquals("", EnglandChart.altText(story));
  }
}
