package io.strikeimpact.reports.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class ChartFactoryTest {
  private static final Analysis STORY =
      ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());

  /**
   * The nursing strike of February 2023 against January's: N&N gave a total only; QEH and JPUH did
   * not take part.
   */
  private static final Analysis NURSING =
      ImpactAnalysis.analyse(
          StoryData.dataset(),
          new AnalysisRequest(
              StoryData.request().settings(),
              Optional.of(StoryData.RCN_FEB),
              List.of(StoryData.RCN_JAN)));

  @Test
  void should_chart_each_site_by_type_under_the_active_title() {
    JFreeChart chart = ChartFactory.bySiteAndType(STORY);
    assertEquals(STORY.chartTitles().bySiteAndType(), chart.getTitle().getText());
    CategoryDataset data = chart.getCategoryPlot().getDataset();
    assertEquals(
        List.of("Outpatient", "Inpatient"),
        data.getRowKeys(),
        "no total-only series when every return was split");
    assertEquals(List.of("N&N", "QEH", "JPUH"), data.getColumnKeys());
    assertEquals(2976L, data.getValue("Outpatient", "N&N").longValue());
    assertEquals(81L, data.getValue("Inpatient", "JPUH").longValue());
    assertEquals(2, chart.getCategoryPlot().getLegendItems().getItemCount());
    draws(chart);
  }

  @Test
  void should_describe_the_site_chart_in_words() {
    String alt = ChartFactory.bySiteAndTypeAltText(STORY);
    assertTrue(alt.startsWith("Bar chart: " + STORY.chartTitles().bySiteAndType()), alt);
    assertTrue(
        alt.contains(
            "N&N rescheduled 2,976 outpatient appointments and 475 inpatient and day case procedures"),
        alt);
    assertTrue(alt.contains("QEH rescheduled 882 outpatient appointments and 50 inpatient"), alt);
    assertTrue(alt.contains("4,726"), alt);
  }

  @Test
  void
      should_chart_a_total_only_return_without_splitting_it_and_sites_without_figures_as_absent_not_zero() {
    JFreeChart chart = ChartFactory.bySiteAndType(NURSING);
    CategoryDataset data = chart.getCategoryPlot().getDataset();
    assertEquals(List.of("Total only (no split given)"), data.getRowKeys());
    assertEquals(754L, data.getValue("Total only (no split given)", "N&N").longValue());
    assertEquals(null, data.getValue("Total only (no split given)", "QEH (no figures)"));
    String alt = ChartFactory.bySiteAndTypeAltText(NURSING);
    assertTrue(
        alt.contains("N&N rescheduled 754 appointments and procedures (no split given)"), alt);
    assertTrue(alt.contains("QEH has no figures (did not take part)"), alt);
    draws(chart);
  }

  @Test
  void should_compare_a_day_and_an_hour_of_action_side_by_side_with_the_basis_on_each_axis() {
    JFreeChart chart = ChartFactory.comparison(STORY).orElseThrow();
    assertEquals(STORY.chartTitles().comparison(), chart.getTitle().getText());
    @SuppressWarnings("unchecked")
    List<CategoryPlot> plots = ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
    assertEquals(2, plots.size());
    assertEquals("Rescheduled a day of action", plots.get(0).getRangeAxis().getLabel());
    assertEquals("Rescheduled an hour of action", plots.get(1).getRangeAxis().getLabel());
    CategoryDataset perDay = plots.get(0).getDataset();
    assertEquals(List.of("N&N"), perDay.getColumnKeys(), "only like-for-like sites are charted");
    assertEquals(1150.3, perDay.getValue(0, 0).doubleValue(), 0.05);
    assertEquals(376.5, perDay.getValue(1, 0).doubleValue(), 0.05);
    assertEquals(
        2,
        chart.getPlot().getLegendItems().getItemCount(),
        "one legend entry per side, not per subplot");
    draws(chart);
  }

  @Test
  void should_describe_the_comparison_with_both_ratios_and_the_sites_left_out() {
    String alt = ChartFactory.comparisonAltText(STORY);
    assertTrue(alt.contains("3.1 times"), alt);
    assertTrue(alt.contains("1.5 times"), alt);
    assertTrue(alt.contains("1,150 against 377 a day of action"), alt);
    assertTrue(alt.contains("QEH did not take part in the nursing strikes"), alt);
  }

  @Test
  void should_chart_shares_largest_first_labelled_as_percentages() {
    JFreeChart chart = ChartFactory.shareBySite(STORY);
    assertEquals(STORY.chartTitles().shareBySite(), chart.getTitle().getText());
    assertEquals(
        List.of("N&N", "QEH", "JPUH"), chart.getCategoryPlot().getDataset().getColumnKeys());
    String label =
        chart
            .getCategoryPlot()
            .getRenderer()
            .getDefaultItemLabelGenerator()
            .generateLabel(chart.getCategoryPlot().getDataset(), 0, 0);
    assertEquals("73%", label);
    String alt = ChartFactory.shareBySiteAltText(STORY);
    assertTrue(alt.contains("N&N 73%, QEH 20% and JPUH 7%"), alt);
    draws(chart);
  }

  @Test
  void should_set_chart_text_in_liberation_sans() {
    JFreeChart chart = ChartFactory.bySiteAndType(STORY);
    assertEquals(LiberationSans.FAMILY, chart.getTitle().getFont().getFamily());
    assertFalse(chart.getLegend().getItemFont().getFamily().equalsIgnoreCase("Dialog"));
  }

  private static void draws(JFreeChart chart) {
    BufferedImage image = chart.createBufferedImage(500, 250);
    assertEquals(500, image.getWidth());
  }
}
