package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActionPeriod;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DatasetFilter;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.NamedGroup;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.fixtures.StoryData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 12, "The question asked, and no other": each case the issue reports, by its figures. */
class TheQuestionAskedTest {
  static final String JD_JUNE = "bma-jd-2023-06";
  static final String JD_JULY = "bma-jd-2023-07";
  static final String RCN_APRIL = "rcn-2023-04";
  private static final Provenance HERE = new Provenance("test.csv", "0".repeat(64), "", "A1");

  /** The story's calendar with the later strikes of 2023 and the group of junior doctors' ones. */
  static StrikeCalendar laterCalendar(List<String> groupIds) {
    List<IndustrialAction> actions = new ArrayList<>(StoryData.calendar().actions());
    actions.add(action(RCN_APRIL, StaffGroup.NURSES, "2023-04-30T20:00", "2023-05-02T00:00"));
    actions.add(action(JD_JUNE, StaffGroup.JUNIOR_DOCTORS, "2023-06-14T07:00", "2023-06-17T07:00"));
    actions.add(action(JD_JULY, StaffGroup.JUNIOR_DOCTORS, "2023-07-13T07:00", "2023-07-18T07:00"));
    return new StrikeCalendar(
        actions,
        groupIds.isEmpty()
            ? List.of()
            : List.of(new NamedGroup("jd", "BMA junior doctors' strikes, 2023", groupIds)));
  }

  static IndustrialAction action(String id, StaffGroup group, String start, String end) {
    return new IndustrialAction(
        id,
        group == StaffGroup.NURSES ? "RCN" : "BMA",
        Set.of(group),
        List.of(ActionPeriod.london(LocalDateTime.parse(start), LocalDateTime.parse(end))));
  }

  static Dataset with(StrikeCalendar calendar, List<DisruptionCount> counts) {
    Dataset d = StoryData.dataset();
    return new Dataset(
        d.sites(),
        calendar,
        d.participation(),
        counts,
        d.statedTotals(),
        d.problems(),
        d.rejectedRows(),
        d.sources());
  }

  static DisruptionCount count(String site, String action, ActivityType type, long n) {
    return new DisruptionCount(site, action, type, Optional.empty(), Optional.empty(), n, HERE);
  }

  static List<DisruptionCount> plus(List<DisruptionCount> base, DisruptionCount... more) {
    List<DisruptionCount> c = new ArrayList<>(base);
    c.addAll(List.of(more));
    return c;
  }

  static AnalysisRequest asking(String focus, List<String> baseline, LocalDate asOf) {
    return new AnalysisRequest(
        ReportSettings.norfolkAndWaveney(asOf), Optional.ofNullable(focus), baseline);
  }

  static AnalysisRequest filtered(DatasetFilter filter) {
    return new AnalysisRequest(
        StoryData.request().settings(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        filter);
  }

  @Test
  void forecast_of_the_april_strike_projects_april_not_the_nursing_strike_after_it() {
    Dataset d = with(laterCalendar(List.of()), StoryData.counts());
    Analysis a = ImpactAnalysis.analyse(d, asking(StoryData.JD_APRIL, List.of(), StoryData.AS_OF));
    Projection p = a.projection().orElseThrow();
    assertEquals(StoryData.JD_APRIL, p.action().id());
    // 4,726 over 72 hours is 65.64 an hour; times 96 hours is 6,301.3.
    assertEquals(6301.3, p.allSites().total().central(), 0.05);
    // The rate a projection rests on is a count over hours: N&N 3,451 / 72 = 47.93 an hour.
    assertEquals(47.93, p.sites().getFirst().perHour(), 0.005);
    assertEquals(Projection.Standing.ANNOUNCED, p.standing());
  }

  @Test
  void forecast_of_the_june_strike_projects_june_over_its_72_hours_not_july() {
    Dataset d = with(laterCalendar(List.of()), StoryData.counts());
    Analysis a = ImpactAnalysis.analyse(d, asking(JD_JUNE, List.of(), StoryData.AS_OF));
    Projection p = a.projection().orElseThrow();
    assertEquals(JD_JUNE, p.action().id());
    assertEquals(72.0, p.hours(), 1e-9);
    // June is as long as March, so the estimate is March's 4,726.
    assertEquals(4726.0, p.allSites().total().central(), 0.05);
  }

  @Test
  void a_projection_draws_only_on_actions_started_by_the_as_of_date() {
    Dataset d = with(laterCalendar(List.of()), StoryData.counts());
    // On 10 March the March strike had not begun: its returns cannot inform an estimate then.
    Analysis a =
        ImpactAnalysis.analyse(d, asking(StoryData.JD_APRIL, List.of(), LocalDate.of(2023, 3, 10)));
    assertTrue(a.projection().isEmpty(), () -> a.projection().toString());
  }

  @Test
  void an_action_with_returns_shows_the_estimate_the_earlier_data_gave_beside_what_happened() {
    // April: N&N 4,400 outpatient and 500 inpatient, QEH 1,000, JPUH 150: 6,050 in all.
    Dataset d =
        with(
            laterCalendar(List.of()),
            plus(
                StoryData.counts(),
                count("RM1", StoryData.JD_APRIL, ActivityType.OUTPATIENT, 4400),
                count("RM1", StoryData.JD_APRIL, ActivityType.INPATIENT, 500),
                count("RCX", StoryData.JD_APRIL, ActivityType.OUTPATIENT, 1000),
                count("RGP", StoryData.JD_APRIL, ActivityType.OUTPATIENT, 150)));
    Analysis a =
        ImpactAnalysis.analyse(d, asking(StoryData.JD_APRIL, List.of(), LocalDate.of(2023, 5, 1)));
    EstimateAgainstOutcome o = a.estimateAgainstOutcome().orElseThrow();
    assertEquals(6050, o.allSites().rescheduled());
    assertEquals(6301.3, o.allSites().estimated(), 0.05);
    assertEquals("estimated 6,301; 6,050 rescheduled, 251 fewer (4%)", o.allSites().describe());
    // N&N: 3,451 / 72 * 96 = 4,601.3 estimated; 4,900 rescheduled, 299 more (6%).
    assertEquals(
        "estimated 4,601; 4,900 rescheduled, 299 more (6%)", o.sites().getFirst().describe());
  }

  @Test
  void an_action_that_ended_without_returns_is_ended_and_one_under_way_is_in_progress() {
    Dataset d = with(laterCalendar(List.of()), StoryData.counts());
    Analysis ended =
        ImpactAnalysis.analyse(d, asking(StoryData.JD_APRIL, List.of(), LocalDate.of(2023, 4, 20)));
    assertEquals(Projection.Standing.ENDED, ended.projection().orElseThrow().standing());
    assertTrue(
        ended.executiveSummary().stream()
            .anyMatch(
                s ->
                    s.startsWith(
                        "No returns were received for the junior doctors' strike of 11 to 14 April"
                            + " 2023 (96 hours, which has ended)")),
        () -> String.join("\n", ended.executiveSummary()));
    TimelineEntry april =
        ended.timeline().stream()
            .filter(e -> e.action().id().equals(StoryData.JD_APRIL))
            .findFirst()
            .orElseThrow();
    assertEquals("ended; no returns received", april.status().label());

    Analysis running =
        ImpactAnalysis.analyse(d, asking(StoryData.JD_APRIL, List.of(), LocalDate.of(2023, 4, 12)));
    assertEquals(Projection.Standing.IN_PROGRESS, running.projection().orElseThrow().standing());
    assertEquals(
        TimelineEntry.Status.IN_PROGRESS,
        running.timeline().stream()
            .filter(e -> e.action().id().equals(StoryData.JD_APRIL))
            .findFirst()
            .orElseThrow()
            .status());
  }

  @Test
  void the_default_nursing_baseline_leaves_out_nursing_strikes_after_the_focus() {
    Dataset d =
        with(
            laterCalendar(List.of()),
            plus(StoryData.counts(), count("RM1", RCN_APRIL, ActivityType.TOTAL_ONLY, 900)));
    Analysis a = ImpactAnalysis.analyse(d, asking(StoryData.JD_MARCH, List.of(), StoryData.AS_OF));
    assertEquals(
        Set.of(StoryData.RCN_JAN, StoryData.RCN_FEB),
        a.comparison().orElseThrow().baseline().actionIds());
  }

  @Test
  void a_ratio_of_exactly_one_is_not_more_disruptive() {
    // April rescheduled exactly what March did, site by site: 1.0 times in all.
    List<DisruptionCount> counts = new ArrayList<>(StoryData.counts());
    StoryData.counts().stream()
        .filter(c -> c.actionId().equals(StoryData.JD_MARCH))
        .forEach(c -> counts.add(count(c.odsCode(), StoryData.JD_APRIL, c.type(), c.count())));
    Analysis a =
        ImpactAnalysis.analyse(
            with(StoryData.calendar(), counts),
            asking(StoryData.JD_APRIL, List.of(), LocalDate.of(2023, 5, 1)));
    DisruptionRanking r = a.ranking().orElseThrow();
    assertTrue(r.failsOn().contains(Basis.PER_ACTION), r::toString);
    assertTrue(!r.holdsOn().contains(Basis.PER_ACTION), r::toString);
  }

  @Test
  void an_action_inside_its_own_baseline_is_refused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ImpactAnalysis.analyse(
                    StoryData.dataset(),
                    asking(
                        StoryData.JD_MARCH,
                        List.of(StoryData.RCN_JAN, StoryData.JD_MARCH),
                        StoryData.AS_OF)));
    assertTrue(e.getMessage().contains("on both sides of the ratio"), e.getMessage());
    assertTrue(e.getMessage().contains("Fix: take bma-jd-2023-03 out of --baseline"));
  }

  @Test
  void an_action_against_itself_is_refused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ImpactAnalysis.analyse(
                    StoryData.dataset(),
                    asking(StoryData.JD_MARCH, List.of(StoryData.JD_MARCH), StoryData.AS_OF)));
    assertTrue(e.getMessage().contains("compared with itself"), e.getMessage());
  }

  @Test
  void a_baseline_no_site_has_figures_for_is_refused() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ImpactAnalysis.analyse(
                    StoryData.dataset(),
                    asking(StoryData.JD_MARCH, List.of(StoryData.JD_APRIL), StoryData.AS_OF)));
    assertTrue(
        e.getMessage().startsWith("--baseline bma-jd-2023-04 has no figures from any site"),
        e.getMessage());
    assertTrue(e.getMessage().contains("rcn-2023-01, rcn-2023-02, bma-jd-2023-03"));
  }

  @Test
  void type_total_only_keeps_the_march_strike_and_says_it_has_no_such_figures() {
    Analysis a =
        ImpactAnalysis.analyse(
            StoryData.dataset(),
            filtered(
                new DatasetFilter(
                    Set.of(),
                    Set.of(ActivityType.TOTAL_ONLY),
                    Optional.empty(),
                    Optional.empty())));
    assertEquals(StoryData.JD_MARCH, a.focus().id());
    assertEquals(SiteStatus.FILTERED_OUT, a.sites().getFirst().status());
    assertTrue(
        a.notes()
            .contains(
                "--type total-only leaves no figures for the junior doctors' strike of 13 to 15"
                    + " March 2023: its returns give outpatient appointments and inpatient and day"
                    + " case procedures."),
        () -> String.join("\n", a.notes()));
    assertTrue(a.executiveSummary().getFirst().startsWith("There are no figures for"));
  }

  @Test
  void site_qeh_keeps_the_comparison_and_says_why_it_cannot_be_made() {
    Analysis a =
        ImpactAnalysis.analyse(
            StoryData.dataset(),
            filtered(
                new DatasetFilter(Set.of("RCX"), Set.of(), Optional.empty(), Optional.empty())));
    Comparison c = a.comparison().orElseThrow();
    assertTrue(c.likeForLike().isEmpty());
    assertTrue(
        a.notes().stream()
            .anyMatch(
                n ->
                    n.startsWith("--site QEH leaves no site with figures for both")
                        && n.endsWith("without it N&N can be compared.")),
        () -> String.join("\n", a.notes()));
    // The ICB's 4,736 for all sites cannot be checked against QEH alone, and the pack says so.
    assertTrue(
        a.notes().stream()
            .anyMatch(
                n ->
                    n.startsWith("A stated total is not checked against the returns")
                        && n.contains("4,736 (icb-summary.csv, cell C2)")),
        () -> String.join("\n", a.notes()));
  }

  @Test
  void type_inpatient_says_the_nursing_returns_give_totals_only() {
    Analysis a =
        ImpactAnalysis.analyse(
            StoryData.dataset(),
            filtered(
                new DatasetFilter(
                    Set.of(), Set.of(ActivityType.INPATIENT), Optional.empty(), Optional.empty())));
    assertEquals(606, a.allSites().total());
    assertTrue(
        a.notes().stream()
            .anyMatch(
                n ->
                    n.startsWith("--type inpatient leaves no site with figures for both")
                        && n.contains("give totals only, with no outpatient or inpatient figure")),
        () -> String.join("\n", a.notes()));
    assertEquals(
        "has no figures of the activity types asked for (--type) in the nursing strikes",
        a.comparison().orElseThrow().rows().getFirst().notApplicableReason());
  }

  @Test
  void from_a_date_after_every_return_names_from_in_its_message() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ImpactAnalysis.analyse(
                    StoryData.dataset(),
                    filtered(
                        new DatasetFilter(
                            Set.of(),
                            Set.of(),
                            Optional.of(LocalDate.of(2023, 4, 1)),
                            Optional.empty()))));
    assertTrue(e.getMessage().contains("--from 2023-04-01"), e.getMessage());
  }
}
