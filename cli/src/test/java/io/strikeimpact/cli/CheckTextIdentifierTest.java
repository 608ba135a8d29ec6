package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A press officer pastes a line from a complaint letter into a draft, NHS number and all.
 * check-text prints every figure it finds; it must never print that one back.
 */
class CheckTextIdentifierTest {
  /** A valid NHS number (check digit passes): the NHS's own example. */
  private static final String NHS_NUMBER = "9434765919";

  @TempDir Path temp;

  private Path draft(String text) throws IOException {
    Path draft = temp.resolve("draft.txt");
    Files.writeString(draft, text, StandardCharsets.UTF_8);
    return draft;
  }

  @Test
  void the_number_is_named_by_line_never_quoted_and_the_other_figures_are_still_checked()
      throws IOException {
    Path draft =
        draft(
            "Norfolk and Norwich rescheduled 882 appointments during the strike.\n"
                + "One patient (NHS no. 943 476 5919) had her operation moved twice.\n"
                + "Another, 9434765919, wrote to the trust.\r\n"
                + "James Paget rescheduled 262.\n");
    CliRun r = CliRun.of("check-text", draft.toString(), "--as-of", "2023-04-03");
    assertEquals(0, r.exitCode(), r.err());
    String out = r.out();
    for (String part : new String[] {"943", "476", "5919", NHS_NUMBER, "476-5919"}) {
      assertFalse(out.contains(part), part + " should not be printed:\n" + out);
    }
    assertTrue(out.contains("line 2: [NHS number not shown] \u2014 a value that looks like"), out);
    assertTrue(out.contains("line 3: [NHS number not shown]"), out);
    assertTrue(out.contains("Fix: take it out of the draft"), out);
    assertTrue(
        out.contains("line 1: 882 \u2014 "), "the figure beside it is still checked:\n" + out);
    assertTrue(out.contains("line 4: 262 \u2014 matches"), out);
    assertTrue(
        out.contains("The draft holds what looks like a patient's NHS number on lines 2 and 3."),
        out);
    // Printed in line order: the line 2 warning comes after line 1's figure and before line 4's.
    assertTrue(out.indexOf("line 1: 882") < out.indexOf("line 2: [NHS"), out);
    assertTrue(out.indexOf("line 3: [NHS") < out.indexOf("line 4: 262"), out);
    assertEquals(
        ExitCodes.DATA_PROBLEMS,
        CliRun.of("check-text", draft.toString(), "--as-of", "2023-04-03", "--fail-on-differences")
            .exitCode());
  }

  @Test
  void a_draft_without_one_says_nothing_of_identifiers_and_passes() throws IOException {
    Path draft =
        draft(
            "James Paget rescheduled 262 outpatient appointments. For more, call the press office"
                + " on 01603 286286.\n");
    CliRun r =
        CliRun.of("check-text", draft.toString(), "--as-of", "2023-04-03", "--fail-on-differences");
    assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
    assertFalse(r.out().contains("NHS number"), r.out());
    assertFalse(r.out().contains("286286"), "a phone number is not checked as a figure");
  }

  /** However it is typed, wherever it sits in the line, the number is not printed. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "9434765919",
        "943 476 5919",
        "943-476-5919",
        "943.476.5919",
        "943\u00a0476\u00a05919",
        "943 - 476 - 5919",
        "NHSno9434765919",
        "(9434765919)",
        "9,434,765,919"
      })
  void no_spelling_of_the_number_is_printed(String typed) throws IOException {
    for (String line :
        new String[] {
          typed, "Patient " + typed + " waited.", "The strike moved " + typed + "'s clinic, 882."
        }) {
      CliRun r = CliRun.of("check-text", draft(line + "\n").toString(), "--as-of", "2023-04-03");
      String digits = r.out().replaceAll("[^0-9]", "");
      assertFalse(digits.contains("5919"), line + " gave:\n" + r.out());
      assertTrue(r.out().contains("line 1: [NHS number not shown]"), line + " gave:\n" + r.out());
    }
  }

  @Test
  void a_line_quoted_for_its_encoding_is_screened_too() throws IOException {
    Path draft = temp.resolve("ansi.txt");
    // Windows-1252, as Word saves "ANSI": the pound sign is one byte that is not UTF-8.
    Files.write(
        draft,
        "Mrs Smith (NHS 943 476 5919) was owed \u00a3100.\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    CliRun r = CliRun.of("check-text", draft.toString(), "--as-of", "2023-04-03");
    assertTrue(r.out().contains("not UTF-8"), r.out());
    assertFalse(r.out().replaceAll("[^0-9]", "").contains("5919"), r.out());
  }
}
