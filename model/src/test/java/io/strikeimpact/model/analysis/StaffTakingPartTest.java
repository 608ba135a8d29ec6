package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.fixtures.StaffData;
import io.strikeimpact.model.fixtures.StoryData;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Staff taking part: the peak and average a day beside the activity, and the rate per staff-day.
 */
class StaffTakingPartTest {

  private static Analysis analyse(Dataset d, String focus) {
    return ImpactAnalysis.analyse(
        d,
        new AnalysisRequest(
            ReportSettings.norfolkAndWaveney(StoryData.AS_OF), Optional.of(focus), List.of()));
  }

  private static Analysis march(Dataset d) {
    return ImpactAnalysis.analyse(d, StoryData.request());
  }

  private static SiteBreakdown site(Analysis a, String ods) {
    return a.sites().stream().filter(s -> s.odsCode().equals(ods)).findFirst().orElseThrow();
  }

  private static ComparisonRow row(Analysis a, String ods) {
    return a.comparison().orElseThrow().rows().stream()
        .filter(r -> r.odsCode().equals(ods))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void should_give_peak_302_and_average_287_for_nn_in_january_2023() {
    SiteStaff staff =
        site(analyse(StaffData.dataset(), StoryData.RCN_JAN), "RM1").staff().orElseThrow();
    assertEquals(302, staff.peak().staff());
    assertEquals(LocalDate.of(2023, 1, 18), staff.peak().date());
    assertEquals(287.0, staff.average(), 1e-9);
    assertEquals(574, staff.staffDays());
    assertTrue(staff.complete());
    assertFalse(staff.illustrative());
    assertEquals("public: Eastern Daily Press", staff.standing());
    assertEquals("nnuh-rcn.csv, cells E2 and E3", staff.sources());
  }

  @Test
  void should_say_when_the_figures_are_illustrative() {
    SiteStaff february =
        site(analyse(StaffData.dataset(), StoryData.RCN_FEB), "RM1").staff().orElseThrow();
    assertTrue(february.illustrative());
    assertEquals("illustrative", february.standing());
    assertEquals(310, february.peak().staff());
    assertEquals(300.0, february.average(), 1e-9);
  }

  @Test
  void sites_without_staff_figures_and_all_sites_have_none() {
    Analysis a = march(StaffData.dataset());
    assertTrue(site(a, "RCX").staff().isEmpty());
    assertTrue(site(a, "RGP").staff().isEmpty());
    assertTrue(a.allSites().staff().isEmpty());
    SiteStaff nn = site(a, "RM1").staff().orElseThrow();
    assertEquals(400, nn.peak().staff());
    assertEquals(390.0, nn.average(), 1e-9);
    assertTrue(nn.illustrative());
  }

  @Test
  void should_compare_per_staff_day_where_both_sides_have_every_day() {
    ComparisonRow nn = row(march(StaffData.dataset()), "RM1");
    Ratio ratio = nn.ratio(Basis.PER_STAFF_DAY).orElseThrow();
    // 3,451 over 400 + 390 + 380 = 1,170 staff-days against 1,506 over 302 + 272 + 310 + 290.
    assertEquals("3,451 over 1,170 staff-days", ratio.focus().workings());
    assertEquals("1,506 over 1,174 staff-days", ratio.baseline().workings());
    assertEquals(3451.0 / 1170 / (1506.0 / 1174), ratio.value(), 1e-9);
    assertEquals("2.3 times", ratio.times());
    assertEquals("2.3 times as many per staff-day of action taken part", ratio.describe());
    assertTrue(nn.staffIllustrative());
    assertTrue(nn.staffNotAvailable().isEmpty());
  }

  @Test
  void should_give_no_rate_per_staff_day_when_a_day_has_no_figure() {
    ComparisonRow nn = row(march(StaffData.without(LocalDate.of(2023, 2, 7))), "RM1");
    assertTrue(nn.ratio(Basis.PER_STAFF_DAY).isEmpty());
    assertTrue(nn.baseline().orElseThrow().rate(Basis.PER_STAFF_DAY).isEmpty());
    assertTrue(nn.focus().orElseThrow().rate(Basis.PER_STAFF_DAY).isPresent());
    assertEquals(
        Optional.of("not available: no staff figures for N&N on 7 February 2023"),
        nn.staffNotAvailable());
    // The other bases stand.
    assertTrue(nn.ratio(Basis.PER_DAY).isPresent());
  }

  @Test
  void should_give_no_rate_per_staff_day_when_one_side_has_no_figures() {
    Dataset noMarch =
        StoryData.dataset()
            .withStaff(
                StaffData.all().stream()
                    .filter(s -> !s.actionId().equals(StoryData.JD_MARCH))
                    .toList());
    Analysis a = march(noMarch);
    ComparisonRow nn = row(a, "RM1");
    assertEquals(
        Optional.of("not available: no staff figures for N&N on 13 to 15 March 2023"),
        nn.staffNotAvailable());
    assertTrue(
        a.comparison()
            .orElseThrow()
            .likeForLike()
            .orElseThrow()
            .ratio(Basis.PER_STAFF_DAY)
            .isEmpty());
    assertTrue(site(a, "RM1").staff().isEmpty());
  }

  @Test
  void story_without_staff_figures_has_no_rate_per_staff_day_and_no_staff() {
    Analysis a = march(StoryData.dataset());
    assertTrue(row(a, "RM1").ratio(Basis.PER_STAFF_DAY).isEmpty());
    assertEquals(
        Optional.of(
            "not available: no staff figures for N&N on 13 to 15 March 2023 and N&N on 18 and 19"
                + " January and 6 and 7 February 2023"),
        row(a, "RM1").staffNotAvailable());
    assertTrue(a.sites().stream().allMatch(s -> s.staff().isEmpty()));
  }

  @Test
  void the_basis_is_named_for_what_it_divides_by() {
    assertEquals("per staff-day of action taken part", Basis.PER_STAFF_DAY.phrase());
    assertEquals("Rescheduled per staff-day of action taken part", Basis.PER_STAFF_DAY.heading());
    assertEquals("1 over 1 staff-day", Rate.perStaffDay(1, 1).workings());
  }
}
