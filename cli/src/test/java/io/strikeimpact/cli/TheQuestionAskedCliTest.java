package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 as a user types it: each command answers the question asked, and no other. */
class TheQuestionAskedCliTest {
  @Test
  void forecast_of_the_april_strike_estimates_april() {
    CliRun r =
        CliRun.of("forecast", "--action", "bma-jd-2023-04", "--as-of", "2023-04-03", "--wide");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .startsWith(
                "Estimate for the junior doctors' strike of 11 to 14 April 2023 (96 hours;"
                    + " announced; not yet started)"),
        r.out());
    assertTrue(r.squeezed().contains("All sites 5,493 808 6,301"), r.out());
  }

  @Test
  void forecast_of_the_june_strike_estimates_june_and_says_it_ended_without_returns() {
    CliRun r = CliRun.of("forecast", "--action", "bma-jd-2023-06", "--as-of", "2026-12-01");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .startsWith(
                "Estimate for the junior doctors' strike of 14 to 16 June 2023 (72 hours; ended;"
                    + " no returns received)"),
        r.out());
  }

  @Test
  void forecast_of_an_action_with_returns_and_nothing_before_it_is_refused_with_a_reason() {
    CliRun r = CliRun.of("forecast", "--action", "bma-jd-2023-03");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("no earlier junior doctors' strike has returns"), r.err());
  }

  @Test
  void an_action_inside_its_own_baseline_exits_2() {
    CliRun r = CliRun.of("summary", "--baseline", "nursing-2023,bma-jd-2023-03");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("on both sides of the ratio"), r.err());
  }

  @Test
  void from_after_every_return_names_from() {
    CliRun r = CliRun.of("summary", "--from", "2023-04-01");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("--from 2023-04-01"), r.err());
  }

  @Test
  void site_qeh_says_why_there_is_no_comparison() {
    CliRun r = CliRun.of("summary", "--site", "QEH", "--as-of", "2023-04-03");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("What these figures cover"), r.out());
    assertTrue(r.out().contains("without it N&N can be compared."), r.out());
    assertTrue(r.out().contains("4,736 (returns/QMM/icb-summary-junior-doctors-march-2023.csv"));
  }

  @Test
  void an_embargo_before_the_briefings_date_is_refused() {
    CliRun r =
        CliRun.of(
            "press-briefing",
            "--format",
            "text",
            "--embargo",
            "2023-04-04T00:01",
            "--as-of",
            "2026-12-01");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("is before the briefing's date, 1 December 2026"), r.err());
  }

  @Test
  void a_refused_return_is_named_in_the_summary(@TempDir Path dir) throws IOException {
    Path data = copyOfSamples(dir);
    Files.writeString(
        data.resolve("returns/RGP/jpuh-junior-doctors-march-2023.xlsx"), "not a workbook");
    CliRun r = CliRun.of("summary", "--data", data.toString(), "--as-of", "2023-04-03", "--wide");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .contains(
                "sent a return that could not be read: a text file named"
                    + " jpuh-junior-doctors-march-2023.xlsx, not an Excel workbook"),
        r.out());
    assertTrue(r.out().contains("Data quality: 1 return could not be read"), r.out());
  }

  @Test
  void with_every_return_refused_summary_exits_3_naming_the_files(@TempDir Path dir)
      throws IOException {
    Path data = copyOfSamples(dir);
    try (Stream<Path> files = Files.walk(data.resolve("returns"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (!f.toString().contains("QMM")) {
          Files.writeString(f, "");
        }
      }
    }
    CliRun r = CliRun.of("summary", "--data", data.toString(), "--as-of", "2023-04-03");
    assertEquals(3, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().contains("No return could be read"), r.err());
  }

  private static Path copyOfSamples(Path dir) throws IOException {
    Path samples = Path.of("..", "samples", "data").toAbsolutePath().normalize();
    try (Stream<Path> all = Files.walk(samples)) {
      for (Path p : all.toList()) {
        Path to = dir.resolve(samples.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return dir;
  }
}
