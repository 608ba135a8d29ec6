package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The seed story (shared/seed-article.txt, copied as a test resource) checked against its own data.
 */
class FigureCheckerTest {
  // Built afresh for each test (no @BeforeAll): shared state would let one test's result stand in
  // for another's, and hides from mutation testing which test kills a mutant.
  private final Analysis story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
  private final List<FigureCheck> checks = FigureChecker.check(story, seedArticle());

  private static String seedArticle() {
    try (InputStream in = FigureCheckerTest.class.getResourceAsStream("/seed-article.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private FigureCheck find(String figure) {
    return checks.stream()
        .filter(c -> c.figure().equals(figure))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("No check for \"" + figure + "\" among " + listing()));
  }

  private String listing() {
    return checks.stream()
        .map(c -> c.figure() + " -> " + c.describe())
        .collect(Collectors.joining("\n  ", "\n  ", ""));
  }

  @Test
  void should_catch_the_headline_that_differs_from_the_sum_of_the_returns() {
    FigureCheck headline = find("4,736");
    assertEquals(Verdict.DIFFERS, headline.verdict(), listing());
    assertTrue(
        headline.describe().startsWith("differs: the data says 4,726 (the sum of the returns"),
        headline.describe());
    assertTrue(headline.describe().contains("icb-summary.csv"), headline.describe());
    assertTrue(headline.describe().contains("states 4,736"), headline.describe());
  }

  @Test
  void should_pass_the_site_and_type_figures_that_agree() {
    for (String figure : List.of("2,976", "475", "882", "50", "262", "81", "1,506")) {
      assertEquals(Verdict.MATCHES, find(figure).verdict(), () -> figure + listing());
    }
    assertTrue(
        find("2,976").detail().contains("N&N's outpatient appointments"), find("2,976").detail());
    assertTrue(find("882").detail().contains("QEH's outpatient"), find("882").detail());
    assertTrue(find("1,506").detail().contains("nursing strikes"), find("1,506").detail());
  }

  @Test
  void should_pass_a_rounded_claim_when_the_data_bears_it_out() {
    FigureCheck claim = find("more than 3,000");
    assertEquals(Verdict.MATCHES, claim.verdict(), listing());
    assertTrue(claim.detail().startsWith("the data says 3,451, N&N's total"), claim.detail());
  }

  @Test
  void should_check_hours_days_and_dates_of_action_against_the_calendar() {
    assertEquals(Verdict.MATCHES, find("96-hour").verdict(), listing());
    assertTrue(find("96-hour").detail().contains("11 to 14 April 2023"), find("96-hour").detail());
    assertEquals(Verdict.MATCHES, find("between March 13 and 15").verdict(), listing());
    assertTrue(find("between March 13 and 15").detail().contains("13 to 15 March 2023"));
    assertEquals(Verdict.MATCHES, find("between April 11 and 15").verdict(), listing());
    assertEquals(Verdict.MATCHES, find("three days").verdict(), listing());
    assertEquals(Verdict.MATCHES, find("four days").verdict(), listing());
  }

  @Test
  void should_say_differs_when_a_site_figure_is_wrong_and_not_found_when_the_data_cannot_answer() {
    List<FigureCheck> c =
        FigureChecker.check(
            story,
            "The James Paget postponed 270 outpatient appointments.\nA survey of 12,345 people.");
    assertEquals(Verdict.DIFFERS, c.get(0).verdict(), c.toString());
    assertEquals(
        "differs: the data says 262 (JPUH's outpatient appointments in the junior doctors' strike of 13 to 15 March 2023 (the returns: jpuh.xlsx))",
        c.get(0).describe());
    assertEquals(Verdict.NOT_FOUND, c.get(1).verdict(), c.toString());
  }

  @Test
  void should_check_ratios_and_rates_with_their_basis() {
    List<FigureCheck> c =
        FigureChecker.check(
            story,
            "At the N&N the junior doctors' strike rescheduled 3.1 times as many a day as the nursing strikes, 1,150 a day.");
    assertEquals(Verdict.MATCHES, c.get(0).verdict(), c.toString());
    assertTrue(c.get(0).detail().contains("a day of action"), c.get(0).detail());
    assertEquals(Verdict.MATCHES, c.get(1).verdict(), c.toString());
  }
}
