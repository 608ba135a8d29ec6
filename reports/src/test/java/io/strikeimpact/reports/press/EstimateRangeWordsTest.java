package io.strikeimpact.reports.press;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.analysis.Estimate;
import org.junit.jupiter.api.Test;

/**
 * The press briefing's range of an estimate is rounded as its central figure is for publication; a
 * range that rounds to one figure is none ("about 880 (between 880 and 880)" was printed for the
 * nursing strike of 30 April 2023, whose two comparable strikes gave N&amp;N 877 and 880).
 */
class EstimateRangeWordsTest {
  @Test
  void a_range_that_rounds_to_one_figure_is_not_given() {
    assertEquals("", PressBriefing.range(new Estimate(878.5, 877.3, 879.7)));
    assertEquals("", PressBriefing.range(new Estimate(880, 880, 880)));
  }

  @Test
  void a_range_is_given_rounded_as_the_estimate_is() {
    assertEquals(
        " (between 5,900 and 6,700)", PressBriefing.range(new Estimate(6301, 5912.4, 6688.9)));
    assertEquals(" (between 870 and 890)", PressBriefing.range(new Estimate(880, 871, 886)));
  }
}
