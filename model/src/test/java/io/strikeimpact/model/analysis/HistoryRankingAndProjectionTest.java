package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActionPeriod;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.NamedGroup;
import io.strikeimpact.model.PlannedActivity;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.fixtures.StoryData;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 4's figures, worked by hand from shared/DOMAIN.md and stated in each test. */
class HistoryRankingAndProjectionTest {
  private static final Provenance SOMEWHERE = new Provenance("test.csv", "0".repeat(64), "", "A1");

  private static Dataset with(
      StrikeCalendar calendar, List<DisruptionCount> counts, List<PlannedActivity> planned) {
    Dataset d = StoryData.dataset();
    return new Dataset(
        d.sites(),
        calendar,
        d.participation(),
        counts,
        d.statedTotals(),
        d.problems(),
        d.rejectedRows(),
        d.sources(),
        planned);
  }

  private static DisruptionCount count(String site, String action, ActivityType type, long n) {
    return new DisruptionCount(
        site, action, type, Optional.empty(), Optional.empty(), n, SOMEWHERE);
  }

  private static List<DisruptionCount> storyWithNursingAt(long jan, long feb) {
    List<DisruptionCount> c =
        new ArrayList<>(
            StoryData.counts().stream().filter(x -> !x.actionId().startsWith("rcn")).toList());
    c.add(count("RM1", StoryData.RCN_JAN, ActivityType.TOTAL_ONLY, jan));
    c.add(count("RM1", StoryData.RCN_FEB, ActivityType.TOTAL_ONLY, feb));
    return c;
  }

  private static Analysis analyse(Dataset d, AnalysisRequest r) {
    return ImpactAnalysis.analyse(d, r);
  }

  @Test
  void cumulative_totals_run_by_site_and_in_all_and_actions_without_returns_show_their_status() {
    Analysis a = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    ActionTotal march = a.history().getLast();
    // N&N: 752 (January) + 754 (February) + 3,451 (March) = 4,957; QEH and JPUH only March.
    assertEquals(4957L, march.cumulativeBySite().get("RM1"));
    assertEquals(932L, march.cumulativeBySite().get("RCX"));
    assertEquals(343L, march.cumulativeBySite().get("RGP"));
    assertEquals(752 + 754 + 4726, march.cumulative());
    assertEquals(
        List.of(
            TimelineEntry.Status.REPORTED,
            TimelineEntry.Status.REPORTED,
            TimelineEntry.Status.REPORTED,
            TimelineEntry.Status.ANNOUNCED),
        a.timeline().stream().map(TimelineEntry::status).toList());
    assertTrue(
        a.timeline().getLast().figures().isEmpty(), "an announced action has no figures, not zero");
  }

  @Test
  void the_timeline_lists_the_next_announced_action_only_and_says_when_no_site_took_part() {
    List<IndustrialAction> actions = new ArrayList<>(StoryData.calendar().actions());
    actions.add(
        new IndustrialAction(
            "rcn-2022-12",
            "RCN",
            Set.of(StaffGroup.NURSES),
            List.of(
                ActionPeriod.london(
                    LocalDateTime.parse("2022-12-15T08:00"),
                    LocalDateTime.parse("2022-12-15T20:00")))));
    actions.add(
        new IndustrialAction(
            "bma-jd-2023-06",
            "BMA",
            Set.of(StaffGroup.JUNIOR_DOCTORS),
            List.of(
                ActionPeriod.london(
                    LocalDateTime.parse("2023-06-14T07:00"),
                    LocalDateTime.parse("2023-06-17T07:00")))));
    Dataset d = StoryData.dataset();
    List<io.strikeimpact.model.SiteParticipation> parts =
        new ArrayList<>(d.participation().entries());
    for (String site : List.of("RM1", "RCX", "RGP")) {
      parts.add(
          new io.strikeimpact.model.SiteParticipation(
              "rcn-2022-12",
              site,
              io.strikeimpact.model.Participation.DID_NOT_TAKE_PART,
              "Norfolk not affected"));
    }
    Dataset withDecember =
        new Dataset(
            d.sites(),
            new StrikeCalendar(actions),
            new io.strikeimpact.model.ParticipationTable(parts),
            d.counts(),
            d.statedTotals(),
            d.problems(),
            d.rejectedRows(),
            d.sources());
    Analysis a = analyse(withDecember, StoryData.request());
    assertEquals(
        List.of(
            "rcn-2022-12 NONE_TOOK_PART",
            "rcn-2023-01 REPORTED",
            "rcn-2023-02 REPORTED",
            "bma-jd-2023-03 REPORTED",
            "bma-jd-2023-04 ANNOUNCED"),
        a.timeline().stream().map(e -> e.action().id() + " " + e.status()).toList(),
        "June is in the calendar but only the next announced action is listed");
  }

  @Test
  void the_claim_of_most_disruptive_names_the_bases_it_holds_on_and_those_it_does_not() {
    // Nursing 1,200 + 1,200 at N&N: 600 a day (below 1,150.3) but 50.0 an hour (above 47.9).
    Dataset d = with(StoryData.calendar(), storyWithNursingAt(1200, 1200), List.of());
    Analysis a = analyse(d, StoryData.request());
    DisruptionRanking r = a.ranking().orElseThrow();
    assertEquals(List.of(Basis.PER_ACTION, Basis.PER_DAY), r.holdsOn());
    assertEquals(List.of(Basis.PER_HOUR), r.failsOn());
    String claim =
        a.executiveSummary().stream()
            .filter(s -> s.contains("most disruptive"))
            .findFirst()
            .orElseThrow();
    assertTrue(claim.endsWith("; it was not an hour of action."), claim);
  }

  @Test
  void a_claim_that_would_overstate_is_withheld() {
    // Nursing 2,500 + 2,500 at N&N: 1,250 a day, above the junior doctors' 1,150.3.
    Dataset d = with(StoryData.calendar(), storyWithNursingAt(2500, 2500), List.of());
    Analysis a = analyse(d, StoryData.request());
    assertTrue(a.ranking().orElseThrow().failsOn().contains(Basis.PER_DAY));
    assertFalse(a.ranking().orElseThrow().mostDisruptiveADay());
    assertTrue(
        a.executiveSummary().stream().noneMatch(s -> s.contains("most disruptive")),
        a.executiveSummary().toString());
  }

  @Test
  void a_named_group_compares_as_the_default_nursing_baseline_does() {
    StrikeCalendar cal =
        new StrikeCalendar(
            StoryData.calendar().actions(),
            List.of(
                new NamedGroup("nursing-2023", "", List.of(StoryData.RCN_JAN, StoryData.RCN_FEB))));
    Dataset d = with(cal, StoryData.counts(), List.of());
    Analysis a =
        analyse(
            d,
            new AnalysisRequest(
                StoryData.request().settings(),
                Optional.of(StoryData.JD_MARCH),
                List.of("nursing-2023")));
    Ratio perDay =
        a.comparison().orElseThrow().likeForLike().orElseThrow().ratio(Basis.PER_DAY).orElseThrow();
    assertEquals((3451 / 3.0) / (1506 / 4.0), perDay.value(), 1e-9);
    assertEquals(
        773.8333,
        a.comparison()
            .orElseThrow()
            .likeForLike()
            .orElseThrow()
            .difference(Basis.PER_DAY)
            .getAsDouble(),
        1e-3);
  }

  @Test
  void rates_per_thousand_planned_appear_only_where_returns_give_planned_activity() {
    List<PlannedActivity> planned =
        List.of(
            new PlannedActivity(
                "RM1", StoryData.JD_MARCH, ActivityType.OUTPATIENT, 40_000, SOMEWHERE),
            new PlannedActivity(
                "RM1", StoryData.RCN_JAN, ActivityType.TOTAL_ONLY, 15_000, SOMEWHERE),
            new PlannedActivity(
                "RM1", StoryData.RCN_FEB, ActivityType.TOTAL_ONLY, 15_000, SOMEWHERE));
    Analysis a =
        analyse(with(StoryData.calendar(), StoryData.counts(), planned), StoryData.request());
    // N&N: 3,451 of 40,000 planned = 86.3 per 1,000; QEH gave none, so it has no such rate.
    assertEquals(86.275, a.sites().getFirst().perThousandPlanned().orElseThrow().value(), 1e-9);
    assertTrue(a.sites().get(1).perThousandPlanned().isEmpty());
    assertTrue(
        a.allSites().perThousandPlanned().isEmpty(), "not every return gave planned activity");
    // Nursing: 1,506 of 30,000 = 50.2 per 1,000; ratio 86.275 / 50.2 = 1.7 times.
    Ratio r =
        a.comparison()
            .orElseThrow()
            .likeForLike()
            .orElseThrow()
            .ratio(Basis.PER_THOUSAND_PLANNED)
            .orElseThrow();
    assertEquals("1.7 times", r.times());
  }

  @Test
  void a_projection_from_two_comparable_actions_has_a_range_from_their_lowest_and_highest_rates() {
    // April reported 5,000 over 96 hours (52.08 an hour); March 4,726 over 72 (65.64 an hour).
    // June, 72 hours: central 9,726 / 168 x 72 = 4,168.3; range 3,750 to 4,726.
    List<IndustrialAction> actions = new ArrayList<>(StoryData.calendar().actions());
    actions.add(
        new IndustrialAction(
            "bma-jd-2023-06",
            "BMA",
            Set.of(StaffGroup.JUNIOR_DOCTORS),
            List.of(
                ActionPeriod.london(
                    LocalDateTime.parse("2023-06-14T07:00"),
                    LocalDateTime.parse("2023-06-17T07:00")))));
    List<DisruptionCount> counts = new ArrayList<>(StoryData.counts());
    counts.add(count("RM1", StoryData.JD_APRIL, ActivityType.OUTPATIENT, 3000));
    counts.add(count("RCX", StoryData.JD_APRIL, ActivityType.OUTPATIENT, 1500));
    counts.add(count("RGP", StoryData.JD_APRIL, ActivityType.OUTPATIENT, 500));
    Analysis a =
        analyse(
            with(new StrikeCalendar(actions), counts, List.of()),
            AnalysisRequest.defaults(
                ReportSettings.norfolkAndWaveney(java.time.LocalDate.of(2023, 5, 1))));
    Projection p = a.projection().orElseThrow();
    assertEquals("bma-jd-2023-06", p.action().id());
    Estimate all = p.allSites().total();
    assertEquals(9726 / 168.0 * 72, all.central(), 1e-6);
    assertEquals(5000 / 96.0 * 72, all.low(), 1e-6);
    assertEquals(4726.0, all.high(), 1e-6);
    assertTrue(p.method().contains("2 comparable actions"), p.method());
    assertTrue(
        p.allSites().byType().isEmpty()
            || p.allSites().byType().containsKey(ActivityType.OUTPATIENT));
  }

  @Test
  void given_hours_project_a_further_action_when_the_calendar_has_none() {
    Analysis a = StoryData.withFurtherStrikeOf(96);
    Projection p = a.projection().orElseThrow();
    assertTrue(p.hypothetical());
    assertEquals("a further junior doctors' strike", p.describeAction());
    assertEquals(4726 / 72.0 * 96, p.allSites().total().central(), 1e-6);
  }

  @Test
  void a_monthly_pack_covers_actions_to_the_end_of_its_month_and_names_what_is_new() {
    AnalysisRequest feb = StoryData.request().forMonth(YearMonth.of(2023, 2));
    Analysis a = analyse(StoryData.dataset(), feb);
    assertEquals(StoryData.RCN_FEB, a.focus().actions().getFirst().id());
    assertEquals(
        List.of(StoryData.RCN_FEB),
        a.monthlyChanges().orElseThrow().newActions().stream().map(t -> t.action().id()).toList());
    Analysis march =
        analyse(StoryData.dataset(), StoryData.request().forMonth(YearMonth.of(2023, 3)));
    assertEquals(
        List.of(StoryData.JD_MARCH),
        march.monthlyChanges().orElseThrow().newActions().stream()
            .map(t -> t.action().id())
            .toList());
    String changed =
        march.executiveSummary().stream()
            .filter(s -> s.startsWith("Since the pack"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Since the pack for February 2023: returns for the junior doctors' strike of 13 to 15 March 2023"
            + " (4,726); no earlier figures were revised.",
        changed);
  }
}
