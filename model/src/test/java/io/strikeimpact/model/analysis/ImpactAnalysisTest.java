package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.fixtures.StoryData;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Figures checked by hand against shared/DOMAIN.md. */
class ImpactAnalysisTest {
  private final Analysis analysis =
      ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());

  @Test
  void focuses_on_the_latest_action_with_returns_and_compares_it_with_the_nursing_strikes() {
    assertEquals(
        List.of(StoryData.JD_MARCH), analysis.focus().actions().stream().map(a -> a.id()).toList());
    Comparison c = analysis.comparison().orElseThrow();
    assertEquals(java.util.Set.of(StoryData.RCN_JAN, StoryData.RCN_FEB), c.baseline().actionIds());
    assertEquals(
        "the nursing strikes of 18 and 19 January and 6 and 7 February 2023",
        c.baseline().describe());
    assertEquals("the junior doctors' strike of 13 to 15 March 2023", analysis.focus().describe());
  }

  @Test
  void totals_by_site_and_type_match_the_article() {
    assertEquals(4726, analysis.allSites().total());
    assertEquals(OptionalLong.of(4120), analysis.allSites().figure(ActivityType.OUTPATIENT));
    assertEquals(OptionalLong.of(606), analysis.allSites().figure(ActivityType.INPATIENT));
    SiteBreakdown nn = analysis.sites().getFirst();
    assertEquals("N&N", nn.label());
    assertEquals(3451, nn.total());
    assertEquals(3451 / 4726.0, nn.share(), 1e-12);
    assertEquals(3451 / 3.0, nn.perDay().orElseThrow().value(), 1e-9);
    assertEquals(3451 / 72.0, nn.perHour().orElseThrow().value(), 1e-9);
  }

  @Test
  void nn_per_day_and_per_hour_ratios_against_the_nursing_strikes() {
    ComparisonRow lfl = analysis.comparison().orElseThrow().likeForLike().orElseThrow();
    Ratio perDay = lfl.ratio(Basis.PER_DAY).orElseThrow();
    Ratio perHour = lfl.ratio(Basis.PER_HOUR).orElseThrow();
    assertEquals((3451 / 3.0) / (1506 / 4.0), perDay.value(), 1e-9);
    assertEquals("3.1 times", perDay.times());
    assertEquals("1,150.3 a day of action", perDay.focus().describe());
    assertEquals("376.5 a day of action", perDay.baseline().describe());
    assertEquals(48.0, lfl.baseline().orElseThrow().hours(), 1e-9);
    assertEquals(72.0, lfl.focus().orElseThrow().hours(), 1e-9);
    assertEquals("1.5 times", perHour.times());
    assertEquals("47.9 an hour of action", perHour.focus().describe());
    assertEquals("31.4 an hour of action", perHour.baseline().describe());
  }

  @Test
  void sites_that_did_not_take_part_are_not_applicable_never_zero() {
    Comparison c = analysis.comparison().orElseThrow();
    ComparisonRow qeh =
        c.rows().stream().filter(r -> r.odsCode().equals("RCX")).findFirst().orElseThrow();
    assertFalse(qeh.comparable());
    assertTrue(qeh.baseline().isEmpty());
    assertTrue(qeh.ratio(Basis.PER_DAY).isEmpty());
    assertEquals("did not take part in the nursing strikes", qeh.notApplicableReason());
    assertEquals(List.of("QEH", "JPUH"), c.excluded().stream().map(Exclusion::label).toList());
  }

  @Test
  void the_icb_headline_of_4736_is_a_reconciliation_warning_against_4726() {
    Reconciliation r = analysis.reconciliationWarnings().getFirst();
    assertEquals(4736, r.stated().stated());
    assertEquals(4726, r.summed());
    assertEquals(10, r.difference());
    assertEquals(
        "icb-summary.csv, cell C2 states 4,736 for the junior doctors' strike of 13 to 15 March 2023,"
            + " all sites; the returns add to 4,726 (jpuh.xlsx, nnuh.xlsx, qeh.csv), a difference of 10:"
            + " the stated total is 10 more than the sum. This pack uses the sum of the returns.",
        r.message());
  }

  @Test
  void executive_summary_states_figures_with_their_basis() {
    List<String> s = analysis.executiveSummary();
    assertEquals(
        "Hospitals in Norfolk and Waveney rescheduled 4,726 appointments and procedures because of"
            + " the junior doctors' strike of 13 to 15 March 2023.",
        s.get(0));
    assertEquals("By site: N&N 3,451 (73%), QEH 932 (20%) and JPUH 343 (7%).", s.get(1));
    assertEquals(
        "Of these, 4,120 were outpatient appointments and 606 inpatient and day case procedures.",
        s.get(2));
    assertEquals(
        "At N&N, the only site that took part in both, the junior doctors' strike rescheduled 1,150 a day of"
            + " action against 377 a day in the nursing strikes of 18 and 19 January and 6 and 7 February"
            + " 2023: 3.1 times as many a day, 774 more a day (+206%).",
        s.get(3));
    assertTrue(
        s.get(4).contains("47.9 an hour against 31.4: 1.5 times as many an hour."), s.get(4));
    assertEquals(
        "QEH and JPUH did not take part in the nursing strikes and are left out of the comparison.",
        s.get(5));
    assertEquals(
        "On the figures received, the junior doctors' strike of 13 to 15 March 2023 was the most"
            + " disruptive action so far in all, a day of action and an hour of action, compared like for"
            + " like with each of the 2 earlier actions at the sites that reported both.",
        s.get(6));
    s = s.subList(1, s.size());
    assertEquals(
        "For the junior doctors' strike of 11 to 14 April 2023 (96 hours), the rate an hour of action of"
            + " the last such strike gives an estimate of about 6,300 appointments and procedures"
            + " rescheduled. It rests on one comparable action, the junior doctors' strike of 13 to 15"
            + " March 2023, so no range can be given.",
        s.get(6));
    assertEquals(
        "A total stated in icb-summary.csv gives 4,736 for the junior doctors' strike of 13 to 15 March"
            + " 2023, all sites; the returns add to 4,726, a difference of 10. This pack uses the sum of"
            + " the returns.",
        s.get(7));
  }

  @Test
  void chart_titles_are_active_and_ten_words_or_fewer() {
    ChartTitles t = analysis.chartTitles();
    assertEquals("3.1 times the daily rate of the nursing strikes", t.comparison());
    assertEquals("N&N rescheduled 73% of all activity", t.shareBySite());
    assertEquals("Outpatient appointments were 87% of activity rescheduled", t.bySiteAndType());
    assertEquals("Running total reached 6,232 after 3 actions", t.runningTotal());
    // Issue 13: the strikes are compared, not the staff ("as many as nurses").
    assertEquals("3.1 times as many a day as the nursing strikes", t.comparisonPerDay());
    assertEquals("1.5 times as many an hour as the nursing strikes", t.comparisonPerHour());
    for (String title :
        List.of(
            t.comparison(),
            t.shareBySite(),
            t.bySiteAndType(),
            t.runningTotal(),
            t.comparisonPerDay(),
            t.comparisonPerHour())) {
      assertTrue(title.split(" ").length <= 10, title);
    }
  }

  @Test
  void the_96_hour_april_strike_is_projected_from_the_march_rate_an_hour_with_no_range() {
    Projection p = analysis.projection().orElseThrow();
    assertEquals(StoryData.JD_APRIL, p.action().id());
    assertEquals(96.0, p.hours(), 1e-9);
    assertTrue(p.announced());
    assertEquals(List.of(StoryData.JD_MARCH), p.comparables().stream().map(a -> a.id()).toList());
    SiteProjection nn = p.sites().getFirst();
    assertEquals("N&N", nn.label());
    assertEquals(3451 / 72.0 * 96, nn.total().central(), 1e-6);
    assertEquals(2976 / 72.0 * 96, nn.byType().get(ActivityType.OUTPATIENT).central(), 1e-6);
    assertEquals(4726 / 72.0 * 96, p.allSites().total().central(), 1e-6);
    assertFalse(p.allSites().total().hasRange());
    assertTrue(p.method().contains("one comparable action"), p.method());
  }

  @Test
  void history_keeps_a_running_total_across_actions() {
    List<ActionTotal> h = analysis.history();
    assertEquals(List.of(752L, 754L, 4726L), h.stream().map(ActionTotal::acute).toList());
    assertEquals(List.of(752L, 1506L, 6232L), h.stream().map(ActionTotal::cumulative).toList());
  }
}
