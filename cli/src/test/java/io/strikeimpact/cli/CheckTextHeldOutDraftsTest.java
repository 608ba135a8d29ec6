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

  /** The lines check-text prints for {@code draft} after its heading, source files left out. */
  private List<String> check(String draft) throws IOException {
    return check(draft.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> check(byte[] draft) throws IOException {
    return check(draft, "2023-04-03");
  }

  private List<String> check(byte[] draft, String asOf) throws IOException {
    Path file = temp.resolve("draft.txt");
    Files.write(file, draft);
    CliRun r = CliRun.of("check-text", file.toString(), "--as-of", asOf);
    assertEquals(0, r.exitCode(), r.err() + r.out());
    return r.out()
        .lines()
        .skip(1) // "Figures in draft.txt checked against ..."
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
        "line 9: Nearly 2,000 \u2014 differs: the data says 1,506 (all sites' total for the nursing"
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
        "line 8: Two thousand \u2014 differs: the data says 1,506 (all sites' total for the nursing"
            + " strikes of 18 and 19 January and 6 and 7 February 2023); \"Two thousand\" is"
            + " rounded, read as \"about\", which allows within 10% either way: 1,800 to 2,200");
  }

  @Test
  void typography_windows_line_endings_and_a_sentence_broken_over_lines_change_no_figure()
      throws IOException {
    // As pasted from a word processor: curly quotes, non-breaking spaces in and around figures, a
    // non-breaking hyphen, a soft hyphen, CR LF line ends, and a sentence broken over two lines.
    List<String> lines =
        check(
            "The N\u00a0&\u00a0N rescheduled 3,451 appointments during the \u201cthree\u2011day\u201d"
                + " strike, 13\u201315 March 2023.\r\n"
                + "Across the three hospitals, 4\u00a0726 appointments were\r\n"
                + "rescheduled during the March strike.\r\n"
                + "King\u2019s Lynn rescheduled 882 out\u00adpatient appointments.\r\n"
                + "The Queen Elizabeth\u2019s 882 outpatient appointments were moved.\r\n"
                + "The N&N rescheduled 3,451\u202f appointments over the 13th\u201315th March.\r\n");
    assertLine(
        lines,
        "line 1: 3,451 \u2014 matches: N&N's total for the junior doctors' strike of 13 to 15 March"
            + " 2023");
    assertLine(
        lines,
        "line 1: three\u2011day \u2014 matches: the days of the junior doctors' strike of 13 to 15"
            + " March 2023 (the strike calendar)");
    // The figure is quoted as the draft writes it, its non-breaking space and all.
    assertLine(
        lines,
        "line 2: 4\u00a0726 \u2014 matches: all sites' total for the junior doctors' strike of 13 to"
            + " 15 March 2023");
    assertLine(
        lines,
        "line 4: 882 \u2014 matches: QEH's outpatient appointments in the junior doctors' strike of"
            + " 13 to 15 March 2023");
    assertLine(
        lines,
        "line 5: 882 \u2014 matches: QEH's outpatient appointments in the junior doctors' strike of"
            + " 13 to 15 March 2023");
    assertLine(
        lines,
        "line 6: 13th\u201315th March \u2014 matches: the dates of the junior doctors' strike of 13 to"
            + " 15 March 2023 (07:00 on 13 March 2023 to 07:00 on 16 March 2023)");
    assertEquals("8 figures: 8 match, 0 differ, 0 not found in the data.", lines.getLast());
  }

  @Test
  void a_line_that_is_not_utf8_is_read_as_windows_1252_and_said_to_be() throws IOException {
    byte[] ansi =
        "The Queen Elizabeth\u2019s 882 outpatient appointments were moved.\r\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    byte[] utf8 =
        "\ufeffThe N&N rescheduled 3,451 appointments in March.\r\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] draft = new byte[utf8.length + ansi.length];
    System.arraycopy(utf8, 0, draft, 0, utf8.length);
    System.arraycopy(ansi, 0, draft, utf8.length, ansi.length);
    List<String> lines = check(draft);
    assertEquals(
        "line 2: not UTF-8; read as Windows-1252 (what Word and Notepad save as \"ANSI\"), as \"The"
            + " Queen Elizabeth\u2019s 882 outpatient appointments were moved.\". Check its figures, or"
            + " save the draft as UTF-8",
        lines.get(0));
    assertLine(
        lines,
        "line 1: 3,451 \u2014 matches: N&N's total for the junior doctors' strike of 13 to 15 March"
            + " 2023");
    assertLine(
        lines,
        "line 2: 882 \u2014 matches: QEH's outpatient appointments in the junior doctors' strike of"
            + " 13 to 15 March 2023");
    assertLine(lines, "Not all of the draft could be read as written (above).");
  }

  @Test
  void a_draft_saved_as_utf16_is_read_and_one_with_zero_bytes_is_reported_not_skipped()
      throws IOException {
    byte[] text =
        "The N&N rescheduled 3,451 appointments in March.\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] withMark = new byte[text.length + 2];
    withMark[0] = (byte) 0xff;
    withMark[1] = (byte) 0xfe;
    System.arraycopy(text, 0, withMark, 2, text.length);
    assertLine(
        check(withMark),
        "line 1: 3,451 \u2014 matches: N&N's total for the junior doctors' strike of 13 to 15 March"
            + " 2023");
    List<String> lines = check(text); // no byte order mark: zero bytes in every line
    assertTrue(
        lines.get(0).startsWith("line 1: not text (a zero byte at byte 2 of the line"),
        lines::toString);
  }

  @Test
  void digits_that_are_no_figure_as_written_are_reported_and_fail_the_check() throws IOException {
    String draft =
        "The N&N rescheduled 4,72 appointments in March.\n"
            + "In March, 4.726 appointments were rescheduled.\n"
            + "At the N&N 1,,000 appointments were moved.\n";
    List<String> lines = check(draft);
    String rule =
        " is no figure as written; a comma comes before each group of three digits (4,726) and a"
            + " full stop only before decimals (47.9)";
    assertEquals(
        List.of(
            "line 1: 4,72 \u2014 not read: \"4,72\"" + rule,
            "line 2: 4.726 \u2014 not read: \"4.726\" reads as 4 point 726 with a decimal point,"
                + " which no count of activity has; in English a thousands separator is a comma:"
                + " 4,726",
            "line 3: 1,,000 \u2014 not read: \"1,,000\"" + rule,
            "3 figures: 0 match, 0 differ, 0 not found in the data, 3 not read (digits that are no"
                + " figure as written)."),
        lines);
    Path file = temp.resolve("typos.txt");
    Files.writeString(file, draft);
    assertEquals(
        1,
        CliRun.of("check-text", file.toString(), "--as-of", "2023-04-03", "--fail-on-differences")
            .exitCode());
  }

  @Test
  void a_figure_is_matched_to_the_action_its_words_name_and_candidates_are_listed_not_guessed()
      throws IOException {
    List<String> lines =
        check(
            """
            The 72-hour walkout in March led to 4,726 appointments being rescheduled.
            The junior doctors' strike in April saw 4,726 appointments rescheduled.
            The consultants' action saw 4,726 appointments rescheduled.
            The nurses' strike in January saw 1,506 appointments postponed at the N&N.
            The nursing strike saw 800 appointments postponed at the N&N.
            The nursing strike saw 754 appointments postponed at the N&N.
            """);
    String march = "all sites' total for the junior doctors' strike of 13 to 15 March 2023";
    assertLine(lines, "line 1: 4,726 \u2014 matches: " + march);
    assertLine(
        lines,
        "line 2: 4,726 \u2014 differs: 4,726 is "
            + march
            + ", not a figure of the junior doctors' strike of 11 to 14 April 2023, for which the"
            + " data has no returns");
    assertLine(
        lines,
        "line 3: 4,726 \u2014 differs: 4,726 is "
            + march
            + ", not a figure of the consultants' strike of 20 and 21 July 2023, the consultants'"
            + " strike of 24 and 25 August 2023, the consultants' strike of 19 and 20 September 2023"
            + " and the junior doctors' and consultants' strike of 2 to 4 October 2023, for which"
            + " the data has no returns");
    assertLine(
        lines,
        "line 4: 1,506 \u2014 differs: 1,506 is N&N's total for the nursing strikes of 18 and 19"
            + " January and 6 and 7 February 2023, not a figure of the nursing strike of 18 and 19"
            + " January 2023; the figure for the nursing strike of 18 and 19 January 2023 is 752"
            + " (N&N's total for the nursing strike of 18 and 19 January 2023)");
    // "The nursing strike" is one of four: the figure is none of the two with returns, which are
    // listed rather than one of them taken for the one meant.
    assertLine(
        lines,
        "line 5: 800 \u2014 differs: the words name no one action, and none of those they could mean"
            + " has it: N&N's total for the nursing strike of 18 and 19 January 2023, 752; N&N's"
            + " total for the nursing strike of 6 and 7 February 2023, 754. Give the dates to check"
            + " one");
    assertLine(
        lines,
        "line 6: 754 \u2014 matches: N&N's total for the nursing strike of 6 and 7 February 2023");
  }

  @Test
  void a_multiple_or_a_change_is_checked_on_its_basis_and_one_without_a_basis_on_the_totals()
      throws IOException {
    List<String> lines =
        check(
            """
            Rescheduled appointments at the N&N were up 25% on the nursing strikes.
            The N&N rescheduled 53% more appointments than in the nursing strikes.
            The N&N rescheduled 129% more appointments than in the nursing strikes.
            At the N&N, 206% more appointments a day were rescheduled than in the nursing strikes.
            The N&N rescheduled twice as many appointments in March as in the nursing strikes.
            The N&N rescheduled three times as many appointments a day as during the nursing strikes.
            The N&N rescheduled 3,451 appointments per day during the March strike.
            """);
    String totals =
        "; its words give no basis, so it is read as of the whole actions' totals (write \"a day\""
            + " or \"an hour\" for the rates')";
    String change =
        "N&N's change in the total, nursing strikes to junior doctors' strike (3,451 against"
            + " 1,506)";
    assertLine(lines, "line 1: 25% \u2014 differs: the data says 129% (" + change + ")" + totals);
    // Right figure, wrong basis: 53% is the change an hour, not in the total.
    assertLine(
        lines,
        "line 2: 53% \u2014 differs: 53% is N&N's change an hour of action, nursing strikes to"
            + " junior doctors' strike (3,451 over 72 hours against 1,506 over 48 hours), not a"
            + " change for the whole action; say an hour of action or give the change for the whole"
            + " action"
            + totals);
    assertLine(lines, "line 3: 129% \u2014 matches: " + change + totals);
    assertLine(
        lines,
        "line 4: 206% \u2014 matches: N&N's change a day of action, nursing strikes to junior"
            + " doctors' strike (3,451 over 3 days against 1,506 over 4 days)");
    assertLine(
        lines,
        "line 5: twice \u2014 differs: the data says 2.3 times (N&N's ratio in the total, junior"
            + " doctors' strike to nursing strikes (3,451 against 1,506)); \"twice\" is rounded, read"
            + " as \"about\", which allows within 10% either way: 1.80 times to 2.20 times"
            + totals);
    assertLine(
        lines,
        "line 6: three times \u2014 matches: N&N's ratio a day of action, junior doctors' strike to"
            + " nursing strikes (3,451 over 3 days against 1,506 over 4 days)");
    assertLine(
        lines,
        "line 7: 3,451 \u2014 differs: 3,451 is N&N's total for the junior doctors' strike of 13 to"
            + " 15 March 2023, not a rate a day of action; say in total or give the rate a day of"
            + " action, 1,150.3");
  }

  @Test
  void last_weeks_strike_is_read_from_the_date_of_the_check_and_a_week_without_one_is_said()
      throws IOException {
    String draft =
        """
        Last week's strike saw 4,726 appointments rescheduled.
        Last month's strike saw 4,726 appointments rescheduled.
        The latest strike saw 4,726 appointments rescheduled.
        """;
    String march = "all sites' total for the junior doctors' strike of 13 to 15 March 2023";
    List<String> early = check(draft.getBytes(StandardCharsets.UTF_8), "2023-03-20");
    assertLine(early, "line 1: 4,726 \u2014 matches: " + march);
    assertLine(
        early,
        "line 2: 4,726 \u2014 differs: 4,726 is "
            + march
            + ", not a figure of the nursing strike of 6 and 7 February 2023; the figure for the"
            + " nursing strike of 6 and 7 February 2023 is 754 (all sites' total for the nursing"
            + " strike of 6 and 7 February 2023)");
    List<String> april = check(draft.getBytes(StandardCharsets.UTF_8), "2023-04-03");
    assertLine(
        april,
        "line 1: 4,726 \u2014 differs: 4,726 is "
            + march
            + ", but \"last week\" is 27 March to 2 April 2023 from the date of the check, 3 April"
            + " 2023, and no action was held then: name the action by its dates");
    assertLine(april, "line 2: 4,726 \u2014 matches: " + march);
    assertLine(april, "line 3: 4,726 \u2014 matches: " + march);
  }

  /** A draft of {@code check-text-drafts/}, checked; see its README for how each was written. */
  private List<String> checkDraft(String name) throws IOException {
    try (var in = getClass().getResourceAsStream("/check-text-drafts/" + name)) {
      return check(in.readAllBytes());
    }
  }

  @Test
  void a_board_papers_paragraph_has_every_figure_checked_as_its_words_mean_it() throws IOException {
    // Its paragraph number is no figure; "across the four days of RCN action" is a time, not all
    // sites; the sentence wrapped over lines 4 and 5 keeps each figure's line.
    assertEquals(
        List.of(
            "line 4: 13 \u2013 15 March 2023 \u2014 matches: the dates of the junior doctors' strike of 13 to 15 March 2023 (07:00 on 13 March 2023 to 07:00 on 16 March 2023)",
            "line 4: 2,976 \u2014 matches: N&N's outpatient appointments in the junior doctors' strike of 13 to 15 March 2023",
            "line 5: 475 \u2014 matches: N&N's inpatient and day case procedures in the junior doctors' strike of 13 to 15 March 2023",
            "line 5: 3,451 \u2014 matches: N&N's total for the junior doctors' strike of 13 to 15 March 2023",
            "line 5: 1,506 \u2014 matches: all sites' total for the nursing strikes of 18 and 19 January and 6 and 7 February 2023",
            "line 5: four days \u2014 matches: the days of the nursing strikes of 18 and 19 January and 6 and 7 February 2023 (the strike calendar)",
            "line 6: 129% \u2014 matches: N&N's change in the total, nursing strikes to junior doctors' strike (3,451 against 1,506); its words give no basis, so it is read as of the whole actions' totals (write \"a day\" or \"an hour\" for the rates')",
            "line 8: 4,726 \u2014 matches: all sites' total for the junior doctors' strike of 13 to 15 March 2023",
            "line 9: 73% \u2014 matches: N&N's share of all sites' total",
            "line 9: 6,232 \u2014 matches: the running total up to the junior doctors' strike of 13 to 15 March 2023",
            "line 10: around three times \u2014 matches: the data says 3.1 times, N&N's ratio a day of action, junior doctors' strike to nursing strikes (3,451 over 3 days against 1,506 over 4 days); \"around three times\" allows within 10% either way: 2.70 times to 3.30 times",
            "line 11: 377 \u2014 matches: N&N's rate a day of action in the nursing strike of 6 and 7 February 2023, 754 over 2 days",
            "line 12: 96-hour \u2014 matches: the hours of the junior doctors' strike of 11 to 14 April 2023 (the strike calendar)",
            "line 12: Tuesday 11 April \u2014 matches: the dates of the junior doctors' strike of 11 to 14 April 2023 (06:59 on 11 April 2023 to 06:59 on 15 April 2023)",
            "14 figures: 14 match, 0 differ, 0 not found in the data."),
        checkDraft("board-paper-april-2023.txt"));
  }

  @Test
  void a_press_release_has_every_figure_checked_as_its_words_mean_it() throws IOException {
    // "More than double the number affected during the RCN's walkouts" measures against the
    // nursing strikes, so "some 3,450" is March's; "the N&N, QEH and JPUH" is all three sites.
    assertEquals(
        List.of(
            "line 3: Nearly 4,800 \u2014 matches: the data says 4,726, all sites' total for the junior doctors' strike of 13 to 15 March 2023; \"Nearly 4,800\" allows 10% below at most, not 4,800 itself: 4,320 to under 4,800",
            "line 5: Almost 4,800 \u2014 matches: the data says 4,726, all sites' total for the junior doctors' strike of 13 to 15 March 2023; \"Almost 4,800\" allows 10% below at most, not 4,800 itself: 4,320 to under 4,800",
            "line 5: 72\u2011hour \u2014 matches: the hours of the junior doctors' strike of 13 to 15 March 2023 (the strike calendar)",
            "line 7: some 3,450 \u2014 matches: the data says 3,451, N&N's total for the junior doctors' strike of 13 to 15 March 2023; \"some 3,450\" allows within 10% either way: 3,105 to 3,795",
            "line 7: more than double \u2014 matches: the data says 2.3 times, N&N's ratio in the total, junior doctors' strike to nursing strikes (3,451 against 1,506); \"more than double\" allows anything above 2.00 times, not 2.00 times itself; its words give no basis, so it is read as of the whole actions' totals (write \"a day\" or \"an hour\" for the rates')",
            "line 9: 932 \u2014 matches: QEH's total for the junior doctors' strike of 13 to 15 March 2023",
            "line 9: 343 \u2014 matches: JPUH's total for the junior doctors' strike of 13 to 15 March 2023",
            "line 11: more than 6,000 \u2014 matches: the data says 6,232, the running total up to the junior doctors' strike of 13 to 15 March 2023; \"more than 6,000\" allows anything above 6,000, not 6,000 itself",
            "line 13: Two thousand nine hundred and seventy-six \u2014 matches: N&N's outpatient appointments in the junior doctors' strike of 13 to 15 March 2023",
            "9 figures: 9 match, 0 differ, 0 not found in the data."),
        checkDraft("press-release-april-2023.txt"));
  }

  @Test
  void a_word_document_a_pdf_or_an_empty_file_is_reported_and_fails_the_check() throws IOException {
    byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, '\n', 0, 0, '\n'};
    assertEquals(
        List.of(
            "the draft is a Word document, spreadsheet or other zip file (.docx, .xlsx, .odt), not"
                + " text: none of its figures were read. Save it as plain text (UTF-8) and check"
                + " that",
            "0 figures: 0 match, 0 differ, 0 not found in the data.",
            "Not all of the draft could be read as written (above)."),
        check(docx));
    assertEquals(
        "the draft is a PDF, not text: none of its figures were read. Save it as plain text (UTF-8)"
            + " and check that",
        check("%PDF-1.7\n1 0 obj\n4,726\n").getFirst());
    assertEquals("the draft has no text: there is nothing to check", check(" \r\n").getFirst());
    Path file = temp.resolve("draft.pdf");
    Files.writeString(file, "%PDF-1.7\n");
    assertEquals(
        1,
        CliRun.of("check-text", file.toString(), "--as-of", "2023-04-03", "--fail-on-differences")
            .exitCode());
  }

  @Test
  void a_count_in_words_with_a_comma_after_its_thousands_is_one_count() throws IOException {
    assertEquals(
        List.of(
            "line 1: three thousand, four hundred and fifty-one \u2014 matches: N&N's total for the"
                + " junior doctors' strike of 13 to 15 March 2023",
            "1 figure: 1 matches, 0 differ, 0 not found in the data."),
        check(
            "The N&N rescheduled three thousand, four hundred and fifty-one appointments in"
                + " March.\n"));
  }

  @Test
  void running_total_words_hold_for_their_own_clause_in_a_sentence_that_names_an_action()
      throws IOException {
    List<String> lines =
        check(
            """
            In the March strike, 4,726 appointments were rescheduled, taking the total so far to 6,232.
            A total of 6,232 appointments have been rescheduled across the three strikes.
            """);
    String running = "the running total up to the junior doctors' strike of 13 to 15 March 2023";
    assertEquals(
        List.of(
            "line 1: 4,726 \u2014 matches: all sites' total for the junior doctors' strike of 13 to 15"
                + " March 2023",
            "line 1: 6,232 \u2014 matches: " + running,
            "line 2: 6,232 \u2014 matches: " + running,
            "3 figures: 3 match, 0 differ, 0 not found in the data."),
        lines);
  }

  @Test
  void a_line_separator_or_form_feed_is_a_space_so_lines_are_numbered_as_an_editor_does()
      throws IOException {
    assertEquals(
        List.of(
            "line 1: 3,451 \u2014 matches: N&N's total for the junior doctors' strike of 13 to 15 March"
                + " 2023",
            "line 2: 882 \u2014 matches: QEH's outpatient appointments in the junior doctors' strike"
                + " of 13 to 15 March 2023",
            "2 figures: 2 match, 0 differ, 0 not found in the data."),
        check(
            "The N&N rescheduled\u20283,451 appointments in March.\f\r\n"
                + "In March the QEH\u2029rescheduled 882 outpatient appointments.\n"));
  }

  @Test
  void a_share_of_the_running_total_is_checked_against_the_running_total() throws IOException {
    String running =
        "N&N's share of the running total up to the junior doctors' strike of 13 to 15 March 2023,"
            + " 4,957 of 6,232";
    assertEquals(
        List.of(
            "line 1: 73% \u2014 differs: 73% is N&N's share of all sites' total, not a share of the"
                + " running total of every action so far; the share of the running total is 80% ("
                + running
                + ")",
            "line 2: 80% \u2014 matches: " + running,
            "line 3: 73% \u2014 matches: N&N's share of all sites' total",
            "3 figures: 2 match, 1 differs, 0 not found in the data."),
        check(
            """
            The N&N accounted for 73% of all appointments rescheduled so far.
            The N&N accounted for 80% of all appointments rescheduled so far.
            The N&N accounted for 73% of the appointments rescheduled in March.
            """));
  }

  @Test
  void a_qualifier_after_the_figure_is_read_as_one_before_it() throws IOException {
    String march = "all sites' total for the junior doctors' strike of 13 to 15 March 2023";
    assertEquals(
        List.of(
            "line 1: 4,700 or so \u2014 matches: the data says 4,726, "
                + march
                + "; \"4,700 or so\" allows within 10% either way: 4,230 to 5,170",
            "line 2: 4,700-odd \u2014 matches: the data says 4,726, "
                + march
                + "; \"4,700-odd\" allows within 10% either way: 4,230 to 5,170",
            "line 3: 4,700+ \u2014 matches: the data says 4,726, "
                + march
                + "; \"4,700+\" allows 4,700 or above",
            "line 4: 4,800 or more \u2014 differs: the data says 4,726 ("
                + march
                + "); \"4,800 or more\" allows 4,800 or above",
            "4 figures: 3 match, 1 differs, 0 not found in the data."),
        check(
            """
            In March, 4,700 or so appointments were rescheduled.
            In March, 4,700-odd appointments were rescheduled.
            In March, 4,700+ appointments were rescheduled.
            In March, 4,800 or more appointments were rescheduled.
            """));
  }

  @Test
  void a_figure_that_names_no_action_is_not_taken_for_a_near_figure_of_another()
      throws IOException {
    // 1,150 is near the nursing strikes' 1,506 at the N&N, but the words name no strike: they are
    // of March, whose N&N figures it is none of.
    assertEquals(
        List.of(
            "line 1: 1,150 \u2014 not found in the data",
            "1 figure: 0 match, 0 differ, 1 not found in the data."),
        check("On the last day of the strike, 1,150 appointments were moved at the N&N.\n"));
  }
}
