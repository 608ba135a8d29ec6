package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.ActionPeriod;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.NationalFigure;
import io.strikeimpact.model.NationalFigures;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.analysis.CumulativeStep.Outcome;
import io.strikeimpact.model.analysis.NationalAction.Kind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A national file that mixes published, blank and revised figures. Its cumulative totals are made
 * up for the test (DOMAIN.md gives none): the per-action figures are NHS England's.
 */
class NationalTotalsCheckerTest {
  private static final String FILE = "reference/england.csv";
  private static final List<String> IDS =
      List.of(
          "rcn-2022-12",
          "rcn-2023-01",
          "rcn-2023-02",
          "bma-jd-2023-03",
          "bma-jd-2023-04",
          "rcn-2023-04",
          "bma-jd-2023-06",
          "bma-jd-2023-07");

  private static StrikeCalendar calendar() {
    List<IndustrialAction> actions = new ArrayList<>();
    LocalDateTime start = LocalDateTime.of(2022, 12, 15, 8, 0);
    for (String id : IDS) {
      actions.add(
          new IndustrialAction(
              id,
              id.startsWith("rcn") ? "RCN" : "BMA",
              Set.of(id.startsWith("rcn") ? StaffGroup.NURSES : StaffGroup.JUNIOR_DOCTORS),
              List.of(ActionPeriod.london(start, start.plusHours(12)))));
      start = start.plusDays(30);
    }
    return new StrikeCalendar(actions);
  }

  private static int row = 1;

  /** A release row; -1 is a blank cell. */
  private static NationalFigure figure(
      String id, String release, long inpatient, long outpatient, long acute, long cumulative) {
    row++;
    Map<NationalFigure.Column, Provenance> cells = new EnumMap<>(NationalFigure.Column.class);
    Provenance file = new Provenance(FILE, "x", "", "");
    for (NationalFigure.Column c : NationalFigure.Column.values()) {
      cells.put(c, file.at((char) ('A' + c.ordinal()) + String.valueOf(row)));
    }
    return new NationalFigure(
        id,
        LocalDate.parse(release),
        "NHS England",
        n(inpatient),
        n(outpatient),
        n(acute),
        OptionalLong.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        n(cumulative),
        file.at("row " + row),
        cells);
  }

  private static OptionalLong n(long v) {
    return v < 0 ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /**
   * Rows 2 to 10. Steps: to rcn-2023-01 adds up (29,576 + 27,826 = 57,402); to bma-jd-2023-03 is
   * stated 275,000 against 57,402 + 42,897 + 175,122 = 275,421 (difference -421); to bma-jd-2023-06
   * derives rcn-2023-04, the only action between with no figure; to bma-jd-2023-07 adds up with
   * July's figure from its parts (546,000 + 61,000 = 607,000).
   */
  private static NationalFigures mixed() {
    row = 1;
    return new NationalFigures(
        List.of(
            figure("rcn-2022-12", "2023-04-17", 4_567, 25_009, 29_576, -1),
            figure("rcn-2023-01", "2023-04-17", 5_149, 22_677, 27_826, 57_402),
            figure("rcn-2023-02", "2023-04-17", 7_704, 35_193, 42_897, -1),
            figure("bma-jd-2023-03", "2023-04-17", 17_866, 157_256, 175_122, 275_000),
            // first release: "195,000", its parts not yet published
            figure("bma-jd-2023-04", "2023-04-17", -1, -1, 195_000, -1),
            // revised: the parts, and an acute total that does not match them
            figure("bma-jd-2023-04", "2023-05-02", 20_470, 175_755, 195_000, -1),
            // rcn-2023-04: a row with every figure blank
            figure("rcn-2023-04", "2023-05-02", -1, -1, -1, -1),
            figure("bma-jd-2023-06", "2023-06-20", -1, -1, 51_000, 546_000),
            figure("bma-jd-2023-07", "2023-07-25", 6_000, 55_000, -1, 607_000)));
  }

  @Test
  void every_step_that_adds_up_passes_and_every_one_that_does_not_names_its_difference() {
    EnglandFigures england = NationalTotalsChecker.check(mixed(), calendar());
    assertEquals(
        List.of(Outcome.AGREES, Outcome.DIFFERS, Outcome.DERIVES, Outcome.AGREES),
        england.steps().stream().map(CumulativeStep::outcome).toList());
    assertEquals(
        List.of(
            OptionalLong.of(0), OptionalLong.of(-421), OptionalLong.empty(), OptionalLong.of(0)),
        england.steps().stream().map(CumulativeStep::difference).toList());
    assertEquals(
        "England's cumulative acute total to rcn-2023-01, 57,402 (reference/england.csv, cell J3,"
            + " release of 2023-04-17), agrees with the sum since the first action, rcn-2022-12"
            + " 29,576 and rcn-2023-01 27,826: 57,402",
        england.steps().get(0).message());
    assertEquals(
        "England's cumulative acute total to bma-jd-2023-03, 275,000 (reference/england.csv, cell"
            + " J5, release of 2023-04-17), does not agree with the previous cumulative total,"
            + " 57,402 to rcn-2023-01 (reference/england.csv, cell J3, release of 2023-04-17),"
            + " plus rcn-2023-02 42,897 and bma-jd-2023-03 175,122, which is 275,421: the stated"
            + " total is 421 less (difference -421)",
        england.steps().get(1).message());
  }

  @Test
  void an_action_with_no_figure_between_two_cumulatives_is_derived_and_labelled_derived() {
    EnglandFigures england = NationalTotalsChecker.check(mixed(), calendar());
    // 546,000 - 275,000 - 195,000 (bma-jd-2023-04, revised) - 51,000 (bma-jd-2023-06) = 25,000
    NationalAction may = england.action("rcn-2023-04").orElseThrow();
    assertEquals(Kind.DERIVED, may.kind());
    assertEquals(OptionalLong.of(25_000), may.acute());
    assertEquals("derived by subtraction, not published", may.kind().label());
    assertEquals(
        "25,000 = the cumulative 546,000 to bma-jd-2023-06 (reference/england.csv, cell J9) minus"
            + " the cumulative 275,000 to bma-jd-2023-03 (reference/england.csv, cell J5) minus"
            + " bma-jd-2023-04 195,000 minus bma-jd-2023-06 51,000",
        may.derivation().orElseThrow());
    assertEquals(
        "England's cumulative acute total to bma-jd-2023-06, 546,000 (reference/england.csv, cell"
            + " J9, release of 2023-06-20), was used to derive rcn-2023-04 by subtraction, so it is"
            + " not checked: "
            + may.derivation().orElseThrow(),
        england.steps().get(2).message());
  }

  @Test
  void an_action_from_its_parts_is_labelled_so_and_a_total_against_its_parts_is_checked() {
    EnglandFigures england = NationalTotalsChecker.check(mixed(), calendar());
    NationalAction july = england.action("bma-jd-2023-07").orElseThrow();
    assertEquals(Kind.FROM_PARTS, july.kind());
    assertEquals(OptionalLong.of(61_000), july.acute());
    assertEquals(
        List.of(
            "England's cumulative acute total to bma-jd-2023-03, 275,000 (reference/england.csv,"
                + " cell J5, release of 2023-04-17), does not agree with the previous cumulative"
                + " total, 57,402 to rcn-2023-01 (reference/england.csv, cell J3, release of"
                + " 2023-04-17), plus rcn-2023-02 42,897 and bma-jd-2023-03 175,122, which is"
                + " 275,421: the stated total is 421 less (difference -421)",
            "England's acute total for bma-jd-2023-04, 195,000 (reference/england.csv, cell F7,"
                + " release of 2023-05-02), does not agree with inpatient 20,470 plus outpatient"
                + " 175,755, which is 196,225: the stated total is 1,225 less (difference"
                + " -1,225)"),
        england.warnings());
    assertEquals(4, england.parts().stream().filter(PartsCheck::agrees).count());
  }

  @Test
  void the_latest_release_is_used_and_the_revision_is_listed_with_both_dates() {
    EnglandFigures england = NationalTotalsChecker.check(mixed(), calendar());
    NationalAction april = england.action("bma-jd-2023-04").orElseThrow();
    assertEquals(LocalDate.of(2023, 5, 2), april.figure().orElseThrow().releaseDate());
    assertEquals(
        List.of(
            "bma-jd-2023-04 revised: release of 2023-04-17 gave an acute total of 195,000, release"
                + " of 2023-05-02 gives an acute total of 195,000 (+0); the later release is"
                + " used"),
        england.revisions().stream().map(r -> r.describe()).toList());
  }

  @Test
  void two_actions_without_figures_between_cumulatives_leave_the_step_unchecked_and_not_0() {
    row = 1;
    NationalFigures national =
        new NationalFigures(
            List.of(
                figure("rcn-2022-12", "2023-04-17", -1, -1, 29_576, 29_576),
                figure("rcn-2023-01", "2023-04-17", -1, -1, -1, -1),
                figure("bma-jd-2023-03", "2023-04-17", -1, -1, 175_122, 300_000)));
    EnglandFigures england = NationalTotalsChecker.check(national, calendar());
    assertEquals(
        List.of(Outcome.AGREES, Outcome.NOT_CHECKED),
        england.steps().stream().map(CumulativeStep::outcome).toList());
    assertEquals(
        List.of(Kind.PUBLISHED, Kind.NOT_PUBLISHED, Kind.NOT_PUBLISHED, Kind.PUBLISHED),
        england.actions().stream().map(NationalAction::kind).toList());
    assertEquals(OptionalLong.empty(), england.action("rcn-2023-02").orElseThrow().acute());
    assertEquals(
        List.of(
            "England's cumulative acute total to bma-jd-2023-03, 300,000 (reference/england.csv,"
                + " cell J4, release of 2023-04-17), cannot be checked: rcn-2023-01 and"
                + " rcn-2023-02 have no published figure"),
        england.warnings());
  }

  @Test
  void a_cumulative_below_the_published_actions_is_flagged_and_nothing_is_derived() {
    row = 1;
    NationalFigures national =
        new NationalFigures(
            List.of(
                figure("rcn-2022-12", "2023-04-17", -1, -1, 29_576, -1),
                figure("rcn-2023-01", "2023-04-17", -1, -1, -1, -1),
                figure("rcn-2023-02", "2023-04-17", -1, -1, 42_897, 50_000)));
    EnglandFigures england = NationalTotalsChecker.check(national, calendar());
    CumulativeStep step = england.steps().getFirst();
    assertEquals(Outcome.DIFFERS, step.outcome());
    assertEquals(OptionalLong.of(50_000 - 72_473), step.difference());
    assertEquals(Kind.NOT_PUBLISHED, england.action("rcn-2023-01").orElseThrow().kind());
  }

  @Test
  void no_national_file_gives_no_figures_for_england() {
    assertEquals(
        EnglandFigures.NONE, NationalTotalsChecker.check(NationalFigures.NONE, calendar()));
  }
}
