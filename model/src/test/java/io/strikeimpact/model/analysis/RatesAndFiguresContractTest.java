package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.fixtures.StoryData;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The small figures every output prints: a rate's basis and workings, a ratio in words, a side of a
 * comparison, England's figures summed and labelled, and the labels of statuses and measures.
 */
class RatesAndFiguresContractTest {

  @Test
  void a_rate_needs_a_positive_denominator_and_states_its_workings_per_thousand_planned() {
    assertEquals(
        "A rate needs a positive denominator, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> Rate.of(5, 0, Basis.PER_DAY))
            .getMessage());
    // 120 of 4,000 planned is 30.0 per 1,000.
    Rate r = Rate.perThousandPlanned(120, 4000);
    assertEquals(30.0, r.value(), 1e-12);
    assertEquals("120 over 4,000 planned", r.workings());
    assertEquals("Rescheduled a day of action", Basis.PER_DAY.heading());
  }

  @Test
  void a_ratio_says_how_many_times_on_its_basis() {
    Ratio perDay = new Ratio(Rate.of(3451, 3, Basis.PER_DAY), Rate.of(1506, 4, Basis.PER_DAY));
    assertEquals(Basis.PER_DAY, perDay.basis());
    assertEquals("3.1 times as many a day of action", perDay.describe());
  }

  @Test
  void a_comparison_side_needs_hours_and_gives_no_rate_per_thousand_without_planned() {
    List<LocalDate> days = List.of(LocalDate.of(2023, 3, 13));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ComparisonSide(Set.of("a"), 10, days, 0, OptionalLong.empty()));
    ComparisonSide zeroPlanned = new ComparisonSide(Set.of("a"), 10, days, 24, OptionalLong.of(0));
    assertTrue(zeroPlanned.rate(Basis.PER_THOUSAND_PLANNED).isEmpty());
    assertEquals(
        "No rate per 1,000 planned appointments and procedures without planned activity",
        assertThrows(
                IllegalArgumentException.class, () -> zeroPlanned.on(Basis.PER_THOUSAND_PLANNED))
            .getMessage());
    assertEquals(10.0 / 24, zeroPlanned.on(Basis.PER_HOUR).value(), 1e-12);
    ComparisonSide planned = new ComparisonSide(Set.of("a"), 10, days, 24, OptionalLong.of(1));
    assertEquals(10_000.0, planned.on(Basis.PER_THOUSAND_PLANNED).value(), 1e-9);
  }

  @Test
  void a_row_whose_baseline_rescheduled_none_is_not_comparable() {
    List<LocalDate> days = List.of(LocalDate.of(2023, 3, 13));
    ComparisonSide f = new ComparisonSide(Set.of("a"), 10, days, 24, OptionalLong.empty());
    ComparisonSide none = new ComparisonSide(Set.of("b"), 0, days, 24, OptionalLong.empty());
    ComparisonSide one = new ComparisonSide(Set.of("b"), 1, days, 24, OptionalLong.empty());
    assertFalse(
        new ComparisonRow("X", "X", Optional.of(f), Optional.of(none), "none").comparable());
    assertTrue(new ComparisonRow("X", "X", Optional.of(f), Optional.of(one), "").comparable());
  }

  @Test
  void england_values_summed_here_say_so_and_one_not_published_reads_not_published() {
    EnglandValue published = EnglandValue.published(100, "cell F2");
    EnglandValue fromParts =
        new EnglandValue(OptionalLong.of(50), NationalAction.Kind.FROM_PARTS, "parts");
    EnglandValue sum = EnglandValue.sum(List.of(published, fromParts), "the sum");
    assertEquals(OptionalLong.of(150), sum.value());
    // No release stated a sum: it is added up here, whatever its parts were.
    assertEquals(NationalAction.Kind.SUMMED, sum.kind());
    assertEquals(
        NationalAction.Kind.SUMMED,
        EnglandValue.sum(List.of(published, published), "the sum").kind());
    EnglandValue derived =
        new EnglandValue(OptionalLong.of(7), NationalAction.Kind.DERIVED, "a subtraction");
    assertEquals(
        NationalAction.Kind.DERIVED,
        EnglandValue.sum(List.of(published, derived), "the sum").kind());
    // One figure is itself, not a sum.
    assertEquals(
        NationalAction.Kind.PUBLISHED, EnglandValue.sum(List.of(published), "the sum").kind());
    assertEquals("not published", EnglandValue.NOT_PUBLISHED.text());
    assertEquals("150", sum.text());
  }

  @Test
  void labels_of_statuses_measures_and_standings_are_the_words_printed() {
    assertEquals("took part; no return received", SiteStatus.NO_RETURN.label());
    assertEquals("inpatient", EnglandShare.Measure.INPATIENT.label());
    assertEquals("announced; not yet started", Projection.Standing.ANNOUNCED.label());
    assertEquals(
        "0 rescheduled; England's figure is not published",
        new EnglandShare(EnglandShare.Measure.ACUTE, 0, EnglandValue.NOT_PUBLISHED).sentence());
  }

  @Test
  void a_revision_changes_a_figure_by_the_later_less_the_earlier() {
    ActionGroup march = ActionGroup.of(StoryData.calendar().get(StoryData.JD_MARCH));
    assertEquals(-30, new MonthlyChanges.Revision(march, "N&N", 3481, 3451, "f.xlsx").change());
  }

  @Test
  void short_labels_name_the_staff_group_and_the_months() {
    assertEquals(
        "Junior doctors, March 2023",
        ActionGroup.of(StoryData.calendar().get(StoryData.JD_MARCH)).shortLabel());
    assertEquals(
        "Nurses, January to February 2023",
        new ActionGroup(
                "n",
                List.of(
                    StoryData.calendar().get(StoryData.RCN_JAN),
                    StoryData.calendar().get(StoryData.RCN_FEB)))
            .shortLabel());
    assertEquals(
        "Nurses, December 2022 to January 2023",
        new ActionGroup(
                "n",
                List.of(
                    TheQuestionAskedTest.action(
                        "rcn-2022-12",
                        io.strikeimpact.model.StaffGroup.NURSES,
                        "2022-12-15T08:00",
                        "2022-12-15T20:00"),
                    StoryData.calendar().get(StoryData.RCN_JAN)))
            .shortLabel());
  }

  @Test
  void a_cumulative_step_that_derives_agrees_and_one_not_checked_does_not() {
    EnglandFigures figures =
        io.strikeimpact.model.fixtures.EnglandData.analysis().england().figures();
    assertEquals(
        List.of(true, false), figures.steps().stream().map(CumulativeStep::agrees).toList());
  }
}
