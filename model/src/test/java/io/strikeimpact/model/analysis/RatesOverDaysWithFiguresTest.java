package io.strikeimpact.model.analysis;

import static io.strikeimpact.model.analysis.TheQuestionAskedTest.asking;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.laterCalendar;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SuppressedCells;
import io.strikeimpact.model.fixtures.StoryData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rule of days with figures, where it was not yet kept: the forecast's rates and the timeline's
 * all-sites rates divide by the days and hours a return by day gives figures for (red team case
 * nnuh-nursing-day-missing: N&N's nursing return without its row for 19 January 2023, 372), and a
 * cell withheld as a small number makes its site's figures, and every total with them, partial.
 */
class RatesOverDaysWithFiguresTest {
  private static final LocalDate JAN_19 = LocalDate.of(2023, 1, 19);

  /** The story with the later strikes of 2023, N&N's 19 January row left out. */
  private static Dataset dayMissing() {
    return with(
        laterCalendar(List.of()),
        StoryData.counts().stream().filter(c -> !c.date().equals(Optional.of(JAN_19))).toList());
  }

  @Test
  void the_forecast_divides_by_the_hours_with_figures_and_says_which_days() {
    Analysis a =
        ImpactAnalysis.analyse(
            dayMissing(), asking(TheQuestionAskedTest.RCN_APRIL, List.of(), StoryData.AS_OF));
    Projection p = a.projection().orElseThrow();
    assertEquals(28.0, p.hours(), 1e-9);
    SiteProjection nnuh = p.sites().getFirst();
    assertEquals("N&N", nnuh.label());
    // 1,134 over the 36 hours with figures (12 on 18 January, 24 in February), not over 48.
    assertEquals(31.5, nnuh.perHour(), 1e-9);
    assertEquals(1134 / 36.0 * 28, nnuh.total().central(), 1e-9);
    assertEquals(754 / 24.0 * 28, nnuh.total().low(), 1e-9, "February, 754 over 24 hours");
    assertEquals(380 / 12.0 * 28, nnuh.total().high(), 1e-9, "18 January, 380 over 12 hours");
    assertEquals(12.0, nnuh.hoursWithFigures(StoryData.RCN_JAN), 1e-9);
    assertEquals(24.0, nnuh.hoursWithFigures(StoryData.RCN_FEB), 1e-9);
    assertEquals(List.of(JAN_19), nnuh.days().get(StoryData.RCN_JAN).missing());
    assertTrue(nnuh.partialDays());
    assertEquals(nnuh.total(), p.allSites().total(), "N&N is every site projected");
    assertEquals(
        "Each rate divides by the hours with figures: N&N's return by day gives no figure for 19"
            + " January 2023, so its rate is worked over the 36 hours with figures (18 January and"
            + " 6 and 7 February 2023), not all 48; so is all sites'.",
        p.daysSentence());
    assertTrue(p.method().endsWith(p.daysSentence()), p.method());
  }

  @Test
  void a_forecast_from_returns_that_cover_every_day_is_as_before() {
    Analysis a =
        ImpactAnalysis.analyse(
            with(laterCalendar(List.of()), StoryData.counts()),
            asking(TheQuestionAskedTest.RCN_APRIL, List.of(), StoryData.AS_OF));
    Projection p = a.projection().orElseThrow();
    assertEquals(1506 / 48.0, p.sites().getFirst().perHour(), 1e-9);
    assertEquals(1506 / 48.0 * 28, p.sites().getFirst().total().central(), 1e-9);
    assertFalse(p.sites().getFirst().partialDays());
    assertEquals("", p.daysSentence());
  }

  @Test
  void the_timeline_divides_all_sites_by_the_days_with_figures() {
    Analysis a = ImpactAnalysis.analyse(dayMissing(), StoryData.request());
    ActionTotal january =
        a.history().stream()
            .filter(t -> t.action().id().equals(StoryData.RCN_JAN))
            .findFirst()
            .orElseThrow();
    assertEquals(380, january.acute());
    assertEquals(1.0, january.perDay().denominator(), 1e-9);
    assertEquals(380.0, january.perDay().value(), 1e-9);
    assertEquals(12.0, january.perHour().denominator(), 1e-9);
    assertEquals(380 / 12.0, january.perHour().value(), 1e-9);
    assertEquals(
        Optional.of(
            "No return by day gives a figure for 19 January 2023: the rates are worked over the 1"
                + " day with figures (18 January 2023, 12 hours), not all 2"),
        january.daysNote());
    ActionTotal march = a.history().getLast();
    assertEquals(4726 / 3.0, march.perDay().value(), 1e-9);
    assertEquals(Optional.empty(), march.daysNote());
  }

  @Test
  void a_suppressed_cell_makes_its_site_and_every_total_with_it_partial_naming_the_cell() {
    // QEH's row 2 (C2 882 outpatient, D2 50 inpatient) with a third type cell, E2, withheld.
    List<DataProblem> problems = new ArrayList<>(StoryData.dataset().problems());
    problems.add(
        new DataProblem(
            Severity.WARNING,
            new Provenance("qeh.csv", "0".repeat(64), "", "E2"),
            "*",
            SuppressedCells.EXPECTED,
            "nothing to fix"));
    Dataset d = StoryData.dataset().withProblems(problems);
    Analysis a = ImpactAnalysis.analyse(d, StoryData.request());
    SiteBreakdown qeh = a.sites().get(1);
    assertEquals("QEH", qeh.label());
    assertEquals(932, qeh.total(), "never scaled up");
    assertEquals(
        Optional.of(
            "partial: 1 cell withheld as a small number (qeh.csv, cell E2) not counted; see Data"
                + " quality"),
        qeh.caveat());
    assertEquals(
        Optional.of(
            "partial: QEH's figures lack 1 cell withheld as a small number (qeh.csv, cell E2); see"
                + " Data quality"),
        a.allSites().caveat());
    assertEquals(4726, a.allSites().total());
    PartialTotal partial = a.partialTotal();
    assertTrue(partial.partial());
    assertFalse(partial.lacksSites());
    assertEquals(
        List.of("1 cell withheld as a small number"), partial.shortOf("RCX").orElseThrow().plain());
    assertTrue(
        a.executiveSummary()
            .getFirst()
            .endsWith(" The total is partial: " + partial.why() + "; see Data quality."),
        a.executiveSummary().getFirst());
    // N&N's and JPUH's figures are not short: their rows hold no withheld cell.
    assertTrue(a.sites().getFirst().caveat().isEmpty());
    assertTrue(a.sites().get(2).caveat().isEmpty());
  }

  @Test
  void a_row_whose_every_figure_is_withheld_belongs_to_the_figures_of_its_file() {
    List<DataProblem> problems = new ArrayList<>(StoryData.dataset().problems());
    for (String cell : List.of("C9", "D9")) {
      problems.add(
          new DataProblem(
              Severity.WARNING,
              new Provenance("jpuh.xlsx", "0".repeat(64), "", cell),
              "[c]",
              SuppressedCells.EXPECTED,
              "nothing to fix"));
    }
    Analysis a =
        ImpactAnalysis.analyse(StoryData.dataset().withProblems(problems), StoryData.request());
    assertEquals(
        Optional.of(
            "partial: 2 cells withheld as small numbers (jpuh.xlsx, cells C9 and D9) not counted;"
                + " see Data quality"),
        a.sites().get(2).caveat());
    assertTrue(a.sites().get(1).caveat().isEmpty());
  }
}
