package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A slip at the keyboard gets a message in words, the likely intent and the help pointer. */
class MistypedInputTest {
  @Test
  void a_mistyped_command_is_answered_with_the_command_meant() {
    CliRun r = CliRun.of("sumary");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("Did you mean: summary?"), r.err());
    assertTrue(r.err().contains("Run 'strike-impact --help' for its options."), r.err());
    assertTrue(!r.err().contains("compare"), "only the near command is offered: " + r.err());
  }

  @Test
  void a_word_far_from_every_command_gets_no_guess() {
    CliRun r = CliRun.of("xyzzy");
    assertEquals(2, r.exitCode());
    assertTrue(!r.err().contains("Did you mean"), r.err());
  }

  @Test
  void a_mistyped_option_is_answered_with_the_option_meant() {
    CliRun r = CliRun.of("forecast", "--hour", "96");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("Did you mean: --hours?"), r.err());
  }

  @Test
  void hours_that_are_not_a_number_of_hours_are_refused_in_words() {
    for (String[] c :
        new String[][] {
          {"abc", "'abc' is not a number of hours"},
          {"0", "'0' is not more than 0 hours"},
          {"-5", "'-5' is not more than 0 hours"},
          {"NaN", "'NaN' is not more than 0 hours"},
          {"100000", "'100000' is more hours than a year holds"}
        }) {
      CliRun r = CliRun.of("forecast", "--hours", c[0]);
      assertEquals(2, r.exitCode(), c[0] + ": " + r.err());
      assertTrue(r.err().contains(c[1]), r.err());
      assertTrue(
          r.err().contains("expected the hours of action, more than 0 and at most 8,784"), r.err());
      assertTrue(r.err().contains("Run 'strike-impact forecast --help'"), r.err());
      assertTrue(!r.err().contains("double"), r.err());
    }
  }

  @Test
  void hours_within_a_year_are_taken() {
    CliRun r = CliRun.of("forecast", "--hours", "96", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
  }
}
