package io.strikeimpact.model.analysis;

import static io.strikeimpact.model.analysis.TheQuestionAskedTest.RCN_APRIL;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.action;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.asking;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.count;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.laterCalendar;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.plus;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Participation;
import io.strikeimpact.model.ParticipationTable;
import io.strikeimpact.model.SiteParticipation;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.fixtures.StoryData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Actions in the calendar with no returns (a junior doctors' strike of November 2022 and the RCN's
 * of December 2022 before the story, April after it) never stand in for a figure: not as the focus,
 * the nursing baseline, an action ranked against, nor a rate a projection rests on.
 */
class ActionsWithoutReturnsTest {
  private static final String JD_NOV = "bma-jd-2022-11";
  private static final String RCN_DEC = "rcn-2022-12";

  private static Dataset withEarlierActionsWithoutReturns() {
    List<IndustrialAction> actions = new ArrayList<>();
    actions.add(action(JD_NOV, StaffGroup.JUNIOR_DOCTORS, "2022-11-10T07:00", "2022-11-11T07:00"));
    actions.add(action(RCN_DEC, StaffGroup.NURSES, "2022-12-15T08:00", "2022-12-15T20:00"));
    actions.addAll(StoryData.calendar().actions());
    Dataset d = StoryData.dataset();
    List<SiteParticipation> parts = new ArrayList<>(d.participation().entries());
    for (String site : List.of("RM1", "RCX", "RGP")) {
      parts.add(
          new SiteParticipation(RCN_DEC, site, Participation.DID_NOT_TAKE_PART, "not affected"));
    }
    parts.add(new SiteParticipation(StoryData.JD_APRIL, "RM1", Participation.TOOK_PART, ""));
    return new Dataset(
        d.sites(),
        new StrikeCalendar(actions),
        new ParticipationTable(parts),
        d.counts(),
        d.statedTotals(),
        d.problems(),
        d.rejectedRows(),
        d.sources());
  }

  private static List<String> ids(List<ActionGroup> groups) {
    return groups.stream().map(ActionGroup::id).toList();
  }

  @Test
  void the_nursing_baseline_and_the_ranking_use_only_actions_with_returns() {
    Analysis a = ImpactAnalysis.analyse(withEarlierActionsWithoutReturns(), StoryData.request());
    assertEquals(StoryData.JD_MARCH, a.focus().id());
    assertEquals(
        Set.of(StoryData.RCN_JAN, StoryData.RCN_FEB),
        a.comparison().orElseThrow().baseline().actionIds());
    DisruptionRanking r = a.ranking().orElseThrow();
    assertEquals(List.of(StoryData.RCN_JAN, StoryData.RCN_FEB), ids(r.comparedWith()));
    assertEquals(List.of(), ids(r.notComparable()));
  }

  @Test
  void the_projection_is_of_the_next_action_and_rests_on_earlier_ones_with_returns() {
    Projection p =
        ImpactAnalysis.analyse(withEarlierActionsWithoutReturns(), StoryData.request())
            .projection()
            .orElseThrow();
    assertEquals(StoryData.JD_APRIL, p.action().id());
    assertEquals(List.of(StoryData.JD_MARCH), p.comparables().stream().map(a -> a.id()).toList());
    // 4,726 over March's 72 hours, times April's 96: no zero-rate action pulls it down.
    assertEquals(4726 / 72.0 * 96, p.allSites().total().low(), 1e-6);
  }

  @Test
  void after_april_began_without_returns_the_focus_stays_march_and_april_has_no_returns() {
    Analysis a =
        ImpactAnalysis.analyse(
            withEarlierActionsWithoutReturns(),
            AnalysisRequest.defaults(ReportSettings.norfolkAndWaveney(LocalDate.of(2023, 4, 20))));
    assertEquals(StoryData.JD_MARCH, a.focus().id());
    assertEquals(
        List.of(
            JD_NOV + " NO_RETURNS",
            RCN_DEC + " NONE_TOOK_PART",
            StoryData.RCN_JAN + " REPORTED",
            StoryData.RCN_FEB + " REPORTED",
            StoryData.JD_MARCH + " REPORTED",
            StoryData.JD_APRIL + " NO_RETURNS"),
        a.timeline().stream().map(e -> e.action().id() + " " + e.status()).toList(),
        "N&N took part in April, so April is not an action no site took part in");
  }

  @Test
  void the_next_action_projected_after_the_focus_is_the_first_without_returns() {
    // March asked for, with April's returns in: the next action without returns is the RCN's of
    // 30 April, not April's junior doctors' strike, which has returns.
    Dataset d =
        with(
            laterCalendar(List.of()),
            plus(
                StoryData.counts(),
                count("RM1", StoryData.JD_APRIL, ActivityType.OUTPATIENT, 4400)));
    Analysis a =
        ImpactAnalysis.analyse(d, asking(StoryData.JD_MARCH, List.of(), LocalDate.of(2023, 4, 20)));
    Projection p = a.projection().orElseThrow();
    assertEquals(RCN_APRIL, p.action().id());
    // Only N&N sent nursing returns, as totals only: one site, and no split is invented.
    assertEquals(List.of("N&N"), p.sites().stream().map(SiteProjection::label).toList());
    assertEquals(Map.of(), p.allSites().byType());
    assertEquals(Map.of(), p.sites().getFirst().byType());
    // 1,506 over the nursing strikes' 48 hours, times the 28 hours of 30 April to 2 May.
    assertEquals(1506 / 48.0 * p.hours(), p.allSites().total().central(), 1e-6);
  }
}
