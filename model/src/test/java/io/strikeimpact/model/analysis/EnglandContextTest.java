package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.NationalFigures;
import io.strikeimpact.model.fixtures.EnglandData;
import io.strikeimpact.model.fixtures.StoryData;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The local figures beside England's, from a national file of published, blank and revised rows.
 */
class EnglandContextTest {
  private static final double EXACT = 1e-12;

  @Test
  void the_focus_share_of_england_is_right_on_each_basis() {
    EnglandContext england = EnglandData.analysis().england();
    assertEquals(
        List.of(
            EnglandShare.Measure.ACUTE,
            EnglandShare.Measure.INPATIENT,
            EnglandShare.Measure.OUTPATIENT,
            EnglandShare.Measure.CUMULATIVE),
        england.focus().stream().map(EnglandShare::measure).toList());
    EnglandShare acute = england.focus().get(0);
    assertEquals(4_726, acute.local());
    assertEquals(OptionalLong.of(175_122), acute.england().value());
    assertEquals(4_726.0 / 175_122, acute.share().getAsDouble(), EXACT);
    assertEquals("4,726 of the 175,122 rescheduled in England, 2.7%", acute.sentence());
    // Inpatient 475 + 50 + 81 = 606 of 17,866; outpatient 2,976 + 882 + 262 = 4,120 of 157,256.
    assertEquals(606.0 / 17_866, england.focus().get(1).share().getAsDouble(), EXACT);
    assertEquals("3.4%", england.focus().get(1).shareText());
    assertEquals(4_120.0 / 157_256, england.focus().get(2).share().getAsDouble(), EXACT);
    assertEquals("2.6%", england.focus().get(2).shareText());
    // Since the first action: the nursing strikes' 1,506 and March's 4,726, of the stated 245,845.
    EnglandShare cumulative = england.focus().get(3);
    assertEquals(6_232, cumulative.local());
    assertEquals(OptionalLong.of(245_845), cumulative.england().value());
    assertEquals(NationalAction.Kind.PUBLISHED, cumulative.england().kind());
    assertEquals("2.5%", cumulative.shareText());
    assertEquals(
        "reference/england.csv, cell J5, release of 2023-04-17", cumulative.england().source());
  }

  @Test
  void the_history_shows_englands_figures_and_labels_the_derived_one() {
    List<EnglandHistoryRow> rows = EnglandData.analysis().england().history();
    assertEquals(
        List.of(StoryData.RCN_JAN, StoryData.RCN_FEB, StoryData.JD_MARCH, StoryData.JD_APRIL),
        rows.stream().map(r -> r.action().id()).toList());
    EnglandHistoryRow feb = rows.get(1);
    assertEquals(NationalAction.Kind.DERIVED, feb.england().kind());
    assertEquals(OptionalLong.of(42_897), feb.england().value());
    assertEquals("42,897 (derived by subtraction, not published)", feb.england().text());
    assertEquals(754.0 / 42_897, feb.share().orElseThrow().share().getAsDouble(), EXACT);
    // England's cumulative to February is January's published figure plus February's derived one.
    assertEquals(OptionalLong.of(70_723), feb.englandCumulative().value());
    assertTrue(feb.englandCumulative().derived());
    assertEquals(
        1_506.0 / 70_723, feb.cumulativeShare().orElseThrow().share().getAsDouble(), EXACT);
    // April: England's figure is known, but no local return yet, so no share (and no 0).
    EnglandHistoryRow april = rows.get(3);
    assertEquals(OptionalLong.of(196_225), april.england().value());
    assertEquals(OptionalLong.of(442_000), april.englandCumulative().value());
    assertFalse(april.share().isPresent());
    assertEquals(TimelineEntry.Status.ANNOUNCED, april.status());
  }

  @Test
  void the_steps_of_englands_cumulative_totals_are_checked_and_the_revision_named() {
    EnglandFigures figures = EnglandData.analysis().england().figures();
    assertEquals(
        List.of(CumulativeStep.Outcome.DERIVES, CumulativeStep.Outcome.DIFFERS),
        figures.steps().stream().map(CumulativeStep::outcome).toList());
    assertEquals(OptionalLong.of(-70), figures.steps().get(1).difference());
    assertEquals(1, figures.revisions().size());
    assertEquals("2023-03-20", figures.revisions().getFirst().earlier().releaseDate().toString());
  }

  @Test
  void an_action_england_did_not_publish_has_a_share_not_published_never_0() {
    NationalFigures blankFebruary =
        new NationalFigures(
            List.of(
                EnglandData.figure(2, StoryData.RCN_JAN, "2023-04-17", -1, -1, 27_826, -1),
                EnglandData.figure(3, StoryData.RCN_FEB, "2023-04-17", -1, -1, -1, -1)));
    Analysis a =
        ImpactAnalysis.analyse(
            EnglandData.dataset(blankFebruary),
            new AnalysisRequest(
                StoryData.request().settings(),
                java.util.Optional.of(StoryData.RCN_FEB),
                List.of()));
    EnglandShare feb = a.england().headline().orElseThrow();
    assertEquals(754, feb.local());
    assertEquals(OptionalDouble.empty(), feb.share());
    assertEquals("not published", feb.shareText());
    assertEquals("754 rescheduled; England's figure is not published", feb.sentence());
    // The nursing returns give no split, so no inpatient or outpatient share is offered.
    assertEquals(
        List.of(EnglandShare.Measure.ACUTE, EnglandShare.Measure.CUMULATIVE),
        a.england().focus().stream().map(EnglandShare::measure).toList());
    EnglandShare cumulative = a.england().focus().get(1);
    assertEquals("not published", cumulative.shareText());
    assertFalse(cumulative.england().known());
  }

  @Test
  void the_executive_summary_puts_the_focus_beside_england_with_the_caveat() {
    assertTrue(
        EnglandData.analysis()
            .executiveSummary()
            .contains(
                "Beside England: 4,726 of the 175,122 rescheduled in England, 2.7% (England's"
                    + " figure covers every trust that sent NHS England a return, the local figure"
                    + " only the sites here that sent one)."));
  }

  @Test
  void without_a_national_file_there_is_no_context() {
    EnglandContext none =
        ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request()).england();
    assertTrue(none.isEmpty());
    assertTrue(none.focus().isEmpty());
  }

  @Test
  void a_small_share_reads_less_than_a_tenth_of_one_percent_and_not_0() {
    assertEquals("less than 0.1%", EnglandShare.percent(0.0004));
    assertEquals("0.0%", EnglandShare.percent(0));
    assertEquals("2.7%", EnglandShare.percent(4_726.0 / 175_122));
  }

  @Test
  void a_running_total_no_release_stated_is_added_up_never_called_published() {
    NationalFigures england =
        new NationalFigures(
            List.of(
                EnglandData.figure(2, StoryData.RCN_JAN, "2023-04-17", 5_149, 22_677, 27_826, -1),
                EnglandData.figure(3, StoryData.RCN_FEB, "2023-04-17", 7_704, 35_193, 42_897, -1)));
    EnglandContext c =
        ImpactAnalysis.analyse(EnglandData.dataset(england), StoryData.request()).england();
    EnglandHistoryRow feb =
        c.history().stream()
            .filter(r -> r.action().id().equals(StoryData.RCN_FEB))
            .findFirst()
            .orElseThrow();
    assertEquals(OptionalLong.of(27_826 + 42_897), feb.englandCumulative().value());
    assertEquals(NationalAction.Kind.SUMMED, feb.englandCumulative().kind());
    assertEquals("added up from published figures", feb.englandCumulative().kind().label());
    // The action's own figure is the release's: published.
    assertEquals(NationalAction.Kind.PUBLISHED, feb.england().kind());
  }

  /**
   * Red-team defect 6: a running total without the nursing returns N&N owes is not England's like.
   */
  @Test
  void the_share_since_the_first_action_is_not_given_when_local_returns_are_missing() {
    io.strikeimpact.model.Dataset d = EnglandData.dataset(EnglandData.mixed());
    io.strikeimpact.model.Dataset marchOnly =
        d.withCounts(
            d.counts().stream().filter(c -> c.actionId().equals(StoryData.JD_MARCH)).toList());
    EnglandShare cumulative =
        ImpactAnalysis.analyse(marchOnly, StoryData.request()).england().focus().stream()
            .filter(s -> s.measure() == EnglandShare.Measure.CUMULATIVE)
            .findFirst()
            .orElseThrow();
    assertEquals(4_726, cumulative.local());
    assertTrue(cumulative.share().isEmpty(), "no share beside England's 245,845");
    assertEquals(
        "n/a (the local running total lacks returns for the nursing strike of 18 and 19 January"
            + " 2023 (N&N) and the nursing strike of 6 and 7 February 2023 (N&N))",
        cumulative.shareText());
    // With every return in, the share stands as before.
    assertTrue(
        EnglandData.analysis().england().focus().get(3).localGap().isEmpty(),
        "the story has every return");
  }

  /**
   * Every inpatient row of a return rejected: no local inpatient figure exists, so there is no
   * inpatient share beside England's, rather than "0, 0.0%" (seen on the red team's m-datetimes).
   */
  @Test
  void a_type_with_no_local_figure_has_no_share_of_england_rather_than_0() {
    io.strikeimpact.model.Dataset d = EnglandData.dataset(EnglandData.mixed());
    io.strikeimpact.model.Dataset outpatientOnly =
        d.withCounts(
            d.counts().stream()
                .filter(c -> c.type() != io.strikeimpact.model.ActivityType.INPATIENT)
                .toList());
    List<EnglandShare.Measure> measures =
        ImpactAnalysis.analyse(outpatientOnly, StoryData.request()).england().focus().stream()
            .map(EnglandShare::measure)
            .toList();
    assertEquals(
        List.of(
            EnglandShare.Measure.ACUTE,
            EnglandShare.Measure.OUTPATIENT,
            EnglandShare.Measure.CUMULATIVE),
        measures);
  }
}
