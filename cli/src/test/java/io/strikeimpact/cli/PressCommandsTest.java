package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** press-briefing and check-text, run in-process on the bundled samples. */
class PressCommandsTest {
  @TempDir Path temp;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void press_briefing_writes_a_one_page_pdf_and_the_same_words_as_text() throws IOException {
    Path out = temp.resolve("out");
    Run r =
        run(
            "press-briefing",
            "--out",
            out.toString(),
            "--as-of",
            "2023-04-03",
            "--embargo",
            "2023-04-04T00:01");
    assertEquals(0, r.exitCode(), r.err());
    String txt = Files.readString(out.resolve("press-briefing.txt"));
    assertTrue(txt.startsWith("EMBARGOED UNTIL 00:01 ON 4 APRIL 2023\n3 April 2023\n"), txt);
    assertTrue(
        txt.contains(
            "More than 4,700 appointments and procedures were rescheduled in Norfolk and Waveney"),
        txt);
    assertTrue(txt.contains("NHS Norfolk and Waveney Integrated Care Board"), txt);
    // The ICB's summary is named by who made it, from its folder returns/QMM/, not by its path.
    assertTrue(
        txt.contains(
            "NHS Norfolk and Waveney Integrated Care Board's summary of the returns states 4,736"),
        txt);
    assertFalse(txt.substring(txt.indexOf("NOTES TO EDITORS")).contains("returns/"), txt);
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("press-briefing.pdf")))) {
      assertEquals(1, doc.getNumberOfPages());
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("More than 4,700 appointments"), text);
      assertTrue(text.contains("3,451"), text);
    }
  }

  @Test
  void press_briefing_and_board_pack_give_identical_bytes_for_the_same_inputs_and_date()
      throws IOException {
    for (String command : new String[] {"press-briefing", "board-pack"}) {
      Path a = temp.resolve(command + "-a");
      Path b = temp.resolve(command + "-b");
      assertEquals(0, run(command, "--out", a.toString(), "--as-of", "2023-04-03").exitCode());
      assertEquals(0, run(command, "--out", b.toString(), "--as-of", "2023-04-03").exitCode());
      String pdf = command + ".pdf";
      assertArrayEquals(
          Files.readAllBytes(a.resolve(pdf)),
          Files.readAllBytes(b.resolve(pdf)),
          pdf + " differs between runs");
    }
  }

  @Test
  void press_briefing_as_text_prints_for_immediate_release_with_the_configured_office()
      throws IOException {
    Path config = temp.resolve("strike-impact.properties");
    Files.writeString(
        config,
        "press.office = Press office, Example ICB\npress.email = press@example.nhs.uk\n"
            + "press.phone = 01234 567890\npress.suppress-small = true\n");
    Run r =
        run(
            "press-briefing",
            "--format",
            "text",
            "--as-of",
            "2023-04-03",
            "--config",
            config.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("FOR IMMEDIATE RELEASE\n"), r.out());
    assertTrue(
        r.out()
            .contains(
                "Press office, Example ICB\nEmail: press@example.nhs.uk\nTelephone: 01234 567890\n"),
        r.out());
    assertTrue(
        r.out().contains("fewer than 8"),
        "press.suppress-small = true states the policy in the notes: " + r.out());
    // the bundled press line is kept: the file gives no press.line of its own
    assertTrue(
        r.out().contains("Please quote \"industrial action: activity rescheduled\""), r.out());

    Run shown =
        run(
            "press-briefing",
            "--format",
            "text",
            "--as-of",
            "2023-04-03",
            "--config",
            config.toString(),
            "--no-suppress-small");
    assertEquals(0, shown.exitCode(), shown.err());
    assertTrue(!shown.out().contains("fewer than 8"), shown.out());
  }

  @Test
  void press_briefing_by_default_names_the_bundled_press_office_and_shows_small_counts() {
    Run r = run("press-briefing", "--format", "text", "--as-of", "2023-04-03");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .contains(
                "Communications team, NHS Norfolk and Waveney Integrated Care Board\nEmail: nwicb.media@nhs.net\n"),
        r.out());
    assertTrue(!r.out().contains("fewer than 8"), r.out());
  }

  @Test
  void press_config_lays_press_keys_over_the_configuration_and_refuses_others() throws IOException {
    Path config =
        Files.writeString(
            temp.resolve("c.properties"), "press.office = Press office, Example ICB\n");
    Path press =
        Files.writeString(
            temp.resolve("press.properties"),
            "press.phone = 01234 567890\npress.line.1 = Out of hours: 07700 900000\n");
    Run r =
        run(
            "press-briefing",
            "--format",
            "text",
            "--as-of",
            "2023-04-03",
            "--config",
            config.toString(),
            "--press-config",
            press.toString(),
            "--suppress-small");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .contains(
                "Press office, Example ICB\nEmail: nwicb.media@nhs.net\nTelephone: 01234 567890\nOut of hours: 07700 900000\n"),
        r.out());
    assertTrue(
        !r.out().contains("Please quote"), "its own lines replace the bundled ones: " + r.out());
    assertTrue(r.out().contains("fewer than 8"), r.out());

    Path wrong = Files.writeString(temp.resolve("wrong.properties"), "organisation = Example\n");
    Run refused = run("press-briefing", "--format", "text", "--press-config", wrong.toString());
    assertEquals(2, refused.exitCode());
    assertTrue(
        refused
            .err()
            .contains(
                "unknown key organisation; expected one of press.email, press.office, press.phone,"
                    + " press.suppress-small, press.line.1, press.line.2, ..."),
        refused.err());
  }

  @Test
  void the_configuration_refuses_an_unknown_press_key_and_a_bad_suppress_value()
      throws IOException {
    Path typo =
        Files.writeString(temp.resolve("typo.properties"), "press.emial = press@example.nhs.uk\n");
    Run r = run("press-briefing", "--format", "text", "--config", typo.toString());
    assertEquals(2, r.exitCode());
    assertTrue(
        r.err().contains("unknown key press.emial; expected one of area, board.agenda-item,"),
        r.err());
    assertTrue(r.err().contains("Fix: did you mean press.email?"), r.err());

    Path bad =
        Files.writeString(temp.resolve("bad.properties"), "press.suppress-small = sometimes\n");
    Run b = run("press-briefing", "--format", "text", "--config", bad.toString());
    assertEquals(2, b.exitCode());
    assertTrue(
        b.err().contains("press.suppress-small = sometimes; expected true or false"), b.err());
  }

  @Test
  void check_text_catches_the_seed_storys_headline_and_passes_its_correct_figures()
      throws IOException {
    Path draft = temp.resolve("draft.txt");
    try (InputStream in = getClass().getResourceAsStream("/seed-article.txt")) {
      Files.write(draft, in.readAllBytes());
    }
    Run r = run("check-text", draft.toString(), "--as-of", "2023-04-03");
    assertEquals(0, r.exitCode(), r.err());
    String out = r.out();
    assertTrue(
        out.contains("line 2: 4,736 \u2014 differs: the data says 4,726 (the sum of the returns"),
        out);
    assertTrue(out.contains("states 4,736"), out);
    for (String figure :
        new String[] {
          "2,976",
          "475",
          "882",
          "50",
          "262",
          "81",
          "1,506",
          "more than 3,000",
          "96-hour",
          "between March 13 and 15"
        }) {
      assertTrue(
          out.contains(": " + figure + " \u2014 matches"), figure + " should match:\n" + out);
    }
    assertEquals(
        1,
        run("check-text", draft.toString(), "--as-of", "2023-04-03", "--fail-on-differences")
            .exitCode());
  }

  @Test
  void check_text_on_the_red_teams_draft_finds_its_ratios_and_never_differs_from_another_rate()
      throws IOException {
    Path draft = temp.resolve("draft1.txt");
    try (InputStream in = getClass().getResourceAsStream("/redteam/draft1.txt")) {
      Files.write(draft, in.readAllBytes());
    }
    String out = run("check-text", draft.toString(), "--as-of", "2023-04-03").out();
    assertTrue(
        out.contains(
            "line 3: nearly 3.1 times \u2014 matches: the data says 3.1 times, N&N's ratio a day of"
                + " action"),
        out);
    assertTrue(
        out.contains("line 4: 1.5 times \u2014 matches: N&N's ratio an hour of action"), out);
    // Line 13: the QEH did not take part in the nursing strikes, so its 0 is not a figure.
    assertTrue(
        out.contains(
            "line 13: 0 \u2014 not applicable: QEH did not take part in the nursing strikes of 18"
                + " and 19 January and 6 and 7 February 2023"),
        out);
    // Line 14 does not go on from line 13 (red team of 4 December 2026, ct-british-phrasing): its
    // "three days" and its inpatient rate are March's, all sites' 202.0 a day, never N&N's nursing
    // rate of 376.0.
    assertTrue(
        out.contains(
            "line 14: about 200 \u2014 matches: the data says 202.0, all sites' inpatient and day"
                + " case procedures a day of action in the junior doctors' strike"),
        out);
    // Line 12's share in words is QEH's; April, named on line 9, does not hold for it.
    assertTrue(
        out.contains(
            "line 12: Roughly a fifth \u2014 matches: the data says 20%, QEH's share of all"
                + " sites' total"),
        out);
    assertFalse(out.contains("376.0"), out);
    assertTrue(
        out.contains(
            "23 figures: 21 match, 1 differs, 0 not found in the data, 1 not applicable (a site"
                + " that did not take part)."),
        out);
  }

  @Test
  void check_text_names_a_missing_draft_and_exits_3() {
    Run r = run("check-text", temp.resolve("nope.txt").toString());
    assertEquals(3, r.exitCode());
    assertTrue(r.err().contains("Could not read the draft"), r.err());
  }

  @Test
  void check_text_says_why_a_draft_could_not_be_read_not_only_its_path() {
    Path missing = temp.resolve("nope.txt");
    Run r = run("check-text", missing.toString());
    assertTrue(
        r.err().contains(": no such file or folder: " + missing + ". Fix: give a UTF-8 text file."),
        r.err());
  }
}
