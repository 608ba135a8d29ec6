package io.strikeimpact.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.text.PressWording.SmallNumbers;
import org.junit.jupiter.api.Test;

class PressWordingTest {
  @Test
  void should_round_the_headline_down_to_two_significant_figures_and_say_more_than() {
    assertEquals("more than 4,700", PressWording.headline(4726));
    assertEquals("more than 3,400", PressWording.headline(3451));
    assertEquals("more than 470", PressWording.headline(475));
    assertEquals("more than 12,000", PressWording.headline(12_345));
    assertEquals("more than 1,500", PressWording.headline(1506));
  }

  @Test
  void should_give_round_and_small_figures_exactly() {
    assertEquals("4,700", PressWording.headline(4700));
    assertEquals("87", PressWording.headline(87));
    assertEquals("0", PressWording.headline(0));
  }

  @Test
  void should_show_counts_of_1_to_7_as_fewer_than_8_only_when_suppressing() {
    assertEquals("fewer than 8", PressWording.count(1, SmallNumbers.SUPPRESS));
    assertEquals("fewer than 8", PressWording.count(7, SmallNumbers.SUPPRESS));
    assertEquals("8", PressWording.count(8, SmallNumbers.SUPPRESS));
    assertEquals("0", PressWording.count(0, SmallNumbers.SUPPRESS));
    assertEquals("5", PressWording.count(5, SmallNumbers.SHOW));
  }

  @Test
  void should_say_about_for_estimates() {
    assertEquals("about 6,300", PressWording.about(6_281.4));
  }
}
