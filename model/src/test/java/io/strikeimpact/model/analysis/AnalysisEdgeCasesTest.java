package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.fixtures.StoryData;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Cases bench/mutation found untested in model.analysis: each test names the figure or the words a
 * changed line would get wrong.
 */
class AnalysisEdgeCasesTest {

  @Test
  void an_outcome_as_estimated_says_so_and_an_estimate_of_none_gives_no_percentage() {
    var same = new EstimateAgainstOutcome.Outcome("RM1", "N&N", 100.4, 100);
    assertEquals("estimated 100; 100 rescheduled, as estimated", same.describe());
    var none = new EstimateAgainstOutcome.Outcome("RM1", "N&N", 0.2, 5);
    assertEquals("estimated 0; 5 rescheduled, 5 more", none.describe());
    var fewer = new EstimateAgainstOutcome.Outcome("RM1", "N&N", 200, 150);
    assertEquals("estimated 200; 150 rescheduled, 50 fewer (25%)", fewer.describe());
    assertEquals(-50.0, fewer.difference(), 1e-9);
    assertEquals(5 - 0.2, none.difference(), 1e-9);
  }

  @Test
  void the_estimate_against_outcome_names_its_method() {
    EstimateAgainstOutcome o = StoryData.withAprilReturns().estimateAgainstOutcome().orElseThrow();
    assertTrue(
        o.method()
            .startsWith(
                "What the earlier actions gave as an estimate for the junior doctors' strike of 11"
                    + " to 14 April 2023, set beside what the returns say it rescheduled, at the"
                    + " sites with both. "),
        o.method());
    assertTrue(o.method().endsWith(o.estimate().method()), o.method());
  }

  @Test
  void a_further_strike_of_the_hours_given_lasts_those_hours() {
    Projection p = StoryData.withFurtherStrikeOf(96).projection().orElseThrow();
    assertEquals(96.0, p.action().hours(), 1e-9);
    assertEquals(96.0, p.hours(), 1e-9);
  }

  @Test
  void branding_gives_the_primary_colours_channels_and_checks_its_range() {
    assertArrayEquals(new int[] {0x00, 0x5E, 0xB8}, Branding.NHS.primaryRgb());
    assertArrayEquals(new int[] {0x12, 0x34, 0x56}, new Branding(0x123456).primaryRgb());
    assertEquals(0, new Branding(0x000000).primary());
    assertEquals(
        "primary must be 0xRRGGBB, was -1",
        assertThrows(IllegalArgumentException.class, () -> new Branding(-1)).getMessage());
    assertEquals(
        "primary must be 0xRRGGBB, was 16777216",
        assertThrows(IllegalArgumentException.class, () -> new Branding(0x1000000)).getMessage());
    // White itself is in range; it is refused for its contrast, not as out of range.
    assertEquals(
        "#FFFFFF has a contrast with white text of 1.00 to 1, below 4.5 to 1",
        assertThrows(IllegalArgumentException.class, () -> new Branding(0xFFFFFF)).getMessage());
  }

  @Test
  void a_dark_channel_is_linear_below_the_srgb_knee() {
    // Channel 10 of 255 is below sRGB's knee (0.04045): linear = c / 12.92.
    assertEquals(10 / 255.0 / 12.92, Branding.relativeLuminance(0x0A0A0A), 1e-12);
  }

  @Test
  void branding_keeps_its_logo_and_names_it() {
    Logo logo = Logo.of(LogoTest.PNG).orElseThrow();
    Branding b = new Branding(Branding.NHS_BLUE, Optional.of(logo));
    assertEquals(Optional.of(logo), b.logo());
    assertEquals("Branding[primary=#005EB8, logo=" + logo + "]", b.toString());
    assertEquals(Optional.empty(), new Branding(Branding.NHS_BLUE, null).logo());
  }
}
