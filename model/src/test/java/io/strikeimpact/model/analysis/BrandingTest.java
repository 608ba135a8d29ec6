package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BrandingTest {
  @Test
  void contrast_with_white_follows_wcag_relative_luminance() {
    assertEquals(1.0, Branding.contrastWithWhite(0xFFFFFF), 1e-9);
    assertEquals(21.0, Branding.contrastWithWhite(0x000000), 1e-9);
    assertEquals(6.38, Branding.contrastWithWhite(Branding.NHS_BLUE), 0.01);
    // The usual boundary of AA: #767676 passes white text, #777777 does not.
    assertEquals(4.54, Branding.contrastWithWhite(0x767676), 0.01);
    assertEquals(4.48, Branding.contrastWithWhite(0x777777), 0.01);
  }

  @Test
  void a_colour_white_text_cannot_be_read_on_is_refused() {
    assertEquals(0x767676, new Branding(0x767676).primary());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new Branding(0x41B6E6));
    assertEquals(
        "#41B6E6 has a contrast with white text of 2.31 to 1, below 4.5 to 1", e.getMessage());
  }

  @Test
  void settings_made_the_old_way_are_nhs_blue() {
    assertEquals(
        Branding.NHS, ReportSettings.norfolkAndWaveney(LocalDate.of(2023, 4, 3)).branding());
    assertEquals("Branding[primary=#005EB8]", Branding.NHS.toString());
  }
}
