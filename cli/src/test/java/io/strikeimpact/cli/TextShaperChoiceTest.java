package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JNI text shaper is chosen for a run unless the user chose a shaper themselves. */
class TextShaperChoiceTest {
  private String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(Main.SHAPER_PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(Main.SHAPER_PROPERTY);
    } else {
      System.setProperty(Main.SHAPER_PROPERTY, before);
    }
  }

  @Test
  void withNoChoiceTheJniShaperIsUsed() {
    System.clearProperty(Main.SHAPER_PROPERTY);
    Main.chooseTextShaper();
    assertEquals("false", System.getProperty(Main.SHAPER_PROPERTY));
  }

  @Test
  void theUsersChoiceStands() {
    System.setProperty(Main.SHAPER_PROPERTY, "true");
    Main.chooseTextShaper();
    assertEquals("true", System.getProperty(Main.SHAPER_PROPERTY));
  }
}
