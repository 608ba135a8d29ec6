package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check-text on drafts in the words press officers and board secretaries write, none of them the
 * team's own phrasing: each test runs the real command on the bundled samples as of 3 April 2023
 * (March's strike the focus, the nursing strikes of January and February before it) and asserts the
 * lines it prints.
 */
class CheckTextHeldOutDraftsTest {
  @TempDir Path temp;

  /** The figure lines check-text prints for {@code draft}, source files left out for reading. */
  private List<String> check(String draft) throws IOException {
    return check(draft.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> check(byte[] draft) throws IOException {
    Path file = temp.resolve("draft.txt");
    Files.write(file, draft);
    CliRun r = CliRun.of("check-text", file.toString(), "--as-of", "2023-04-03");
    assertEquals(0, r.exitCode(), r.err() + r.out());
    return r.out()
        .lines()
        .filter(l -> l.startsWith("  line ") || l.startsWith("  "))
        .map(String::strip)
        .map(CheckTextHeldOutDraftsTest::withoutSources)
        .toList();
  }

  /** " (the returns: returns/RM1/nnuh-....xlsx)" and the like, which say where, not what. */
  private static String withoutSources(String line) {
    return line.replaceAll(" \\((?:the sum of the returns|the returns): [^)]*\\)", "");
  }

  private static void assertLine(List<String> lines, String expected) {
    assertTrue(
        lines.contains(expected),
        () -> "no line\n  " + expected + "\nin\n  " + String.join("\n  ", lines));
  }

  @Test
  void a_running_total_is_checked_against_the_running_total_and_one_action_against_its_own()
      throws IOException {
    List<String> lines =
        check(
            """
            So far, 6,232 appointments have been rescheduled across Norfolk and Waveney.
            To date, strikes have led to 6,232 appointments being moved at the three hospitals.
            In total across all strikes, 6,232 appointments and procedures have been rescheduled.
            The cumulative number of appointments rescheduled since December 2022 is 6,232.
            Since December 2022, 4,726 appointments have been rescheduled.
            So far 4,726 appointments have been rescheduled across all strikes.
            The junior doctors' strike saw 6,232 appointments rescheduled.
            The N&N has rescheduled 4,957 appointments so far.
            Nearly 2,000 appointments were postponed during the nursing strikes.
            """);
    String running = "the running total up to the junior doctors' strike of 13 to 15 March 2023";
    for (int line = 1; line <= 4; line++) {
      assertLine(lines, "line " + line + ": 6,232 \u2014 matches: " + running);
    }
    for (int line = 5; line <= 6; line++) {
      assertLine(
          lines,
          "line "
              + line
              + ": 4,726 \u2014 differs: 4,726 is all sites' total for the junior doctors' strike"
              + " of 13 to 15 March 2023, not a running total of every action so far; the running"
              + " total is 6,232 ("
              + running
              + ")");
    }
    assertLine(
        lines,
        "line 7: 6,232 \u2014 differs: 6,232 is "
            + running
            + ", not the figure of one action; the action's figure is 4,726 (all sites' total for"
            + " the junior doctors' strike of 13 to 15 March 2023)");
    assertLine(
        lines,
        "line 8: 4,957 \u2014 matches: N&N's running total up to the junior doctors' strike of 13"
            + " to 15 March 2023");
    // The nursing strikes' own total, not the running total up to February that equals it.
    assertLine(
        lines,
        "line 9: Nearly 2,000 \u2014 differs: the data says 1,506 (N&N's total for the nursing"
            + " strikes of 18 and 19 January and 6 and 7 February 2023); \"Nearly 2,000\" allows 10%"
            + " below at most, not 2,000 itself: 1,800 to under 2,000");
  }

  @Test
  void norfolk_and_norwich_with_an_ampersand_is_the_n_and_n_not_the_area() throws IOException {
    assertLine(
        check(
            "Nurses' action in January and February saw 1,506 appointments postponed at the"
                + " Norfolk & Norwich.\n"),
        "line 1: 1,506 \u2014 matches: N&N's total for the nursing strikes of 18 and 19 January"
            + " and 6 and 7 February 2023");
  }

  @Test
  void an_approximate_figure_says_the_tolerance_it_was_checked_with() throws IOException {
    List<String> lines =
        check(
            """
            Nearly 5,000 appointments were rescheduled during the March strike.
            More than 5,000 appointments were rescheduled during the March strike.
            About 4,000 appointments were rescheduled during the March strike.
            Over 4,000 appointments were rescheduled during the March strike.
            Just under 4,800 appointments were rescheduled during the March strike.
            c. 4,700 appointments were rescheduled during the March strike.
            The N&N rescheduled nearly 3,451 appointments in March.
            Two thousand appointments were postponed during the nursing strikes.
            """);
    String march = "all sites' total for the junior doctors' strike of 13 to 15 March 2023";
    assertLine(
        lines,
        "line 1: Nearly 5,000 \u2014 matches: the data says 4,726, "
            + march
            + "; \"Nearly 5,000\" allows 10% below at most, not 5,000 itself: 4,500 to under"
            + " 5,000");
    assertLine(
        lines,
        "line 2: More than 5,000 \u2014 differs: the data says 4,726 ("
            + march
            + "); \"More than 5,000\" allows anything above 5,000, not 5,000 itself");
    // No site named: all sites' 4,726, not the N&N's 3,451 because it is nearer 4,000.
    assertLine(
        lines,
        "line 3: About 4,000 \u2014 differs: the data says 4,726 ("
            + march
            + "); \"About 4,000\" allows within 10% either way: 3,600 to 4,400");
    assertLine(
        lines,
        "line 4: Over 4,000 \u2014 matches: the data says 4,726, "
            + march
            + "; \"Over 4,000\" allows anything above 4,000, not 4,000 itself");
    assertLine(
        lines,
        "line 5: Just under 4,800 \u2014 matches: the data says 4,726, "
            + march
            + "; \"Just under 4,800\" allows 10% below at most, not 4,800 itself: 4,320 to under"
            + " 4,800");
    assertLine(
        lines,
        "line 6: c. 4,700 \u2014 matches: the data says 4,726, "
            + march
            + "; \"c. 4,700\" allows within 10% either way: 4,230 to 5,170");
    assertLine(
        lines,
        "line 7: nearly 3,451 \u2014 differs: the data says 3,451 (N&N's total for the junior"
            + " doctors' strike of 13 to 15 March 2023); \"nearly 3,451\" allows 10% below at most,"
            + " not 3,451 itself: 3,106 to under 3,451");
    assertLine(
        lines,
        "line 8: Two thousand \u2014 differs: the data says 1,506 (N&N's total for the nursing"
            + " strikes of 18 and 19 January and 6 and 7 February 2023); \"Two thousand\" is"
            + " rounded, read as \"about\", which allows within 10% either way: 1,800 to 2,200");
  }
}
