package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A press briefing is about one action: its notes give only that action's stated totals that differ
 * from the returns, and a note the briefing would write twice is written once. The red team's
 * radiographers' briefing of September cited March's 4,736, and the suppressed small-counts
 * briefing gave one sentence as notes 4 and 5.
 */
class PressNotesScopeTest {
  private static final String SAMPLES = "../samples/data";

  @Test
  void the_march_briefing_names_the_icb_mismatch_and_the_april_one_does_not() {
    CliRun march =
        CliRun.of("press-briefing", "--data", SAMPLES, "--as-of", "2023-04-03", "--format", "text");
    assertEquals(0, march.exitCode(), march.err());
    assertTrue(march.out().contains("states 4,736, where the returns add to 4,726"), march.out());

    CliRun april =
        CliRun.of(
            "press-briefing",
            "--data",
            SAMPLES,
            "--as-of",
            "2023-05-01",
            "--action",
            "bma-jd-2023-04",
            "--format",
            "text");
    assertEquals(0, april.exitCode(), april.err());
    assertTrue(april.out().contains("junior doctors' strike of 11 to"), april.out());
    assertFalse(april.out().contains("4,736"), april.out());
    assertFalse(april.out().contains("A stated total differs"), april.out());
  }

  @Test
  void a_note_is_written_once_when_two_withheld_totals_would_say_the_same() {
    CliRun run =
        CliRun.of(
            "press-briefing",
            "--data",
            "src/test/resources/redteam/small-counts",
            "--as-of",
            "2023-04-03",
            "--format",
            "text",
            "--suppress-small");
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    int first = out.indexOf("A stated total differs from the returns");
    assertTrue(first >= 0, out);
    String sentence = out.substring(first, out.indexOf('\n', first));
    assertEquals(out.lastIndexOf(sentence), out.indexOf(sentence), out);
  }

  @Test
  void
      a_strike_only_one_hospital_took_part_in_is_that_hospitals_and_the_others_did_not_take_part() {
    CliRun run =
        CliRun.of(
            "press-briefing",
            "--data",
            SAMPLES,
            "--as-of",
            "2023-04-03",
            "--action",
            "rcn-2023-01",
            "--format",
            "text");
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(
        out.contains("Norfolk and Norwich University Hospital rescheduled 752 appointments"), out);
    assertFalse(out.contains("Hospitals in Norfolk and Waveney rescheduled"), out);
    assertTrue(
        out.replaceAll(" +", " ")
            .contains("QEH did not take part did not take part did not take part"),
        out);
    assertFalse(out.contains("no figures no figures"), out);
  }
}
