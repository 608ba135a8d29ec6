package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red team cases nnuh-nursing-day-missing and nnuh-nursing-jan-missing through the commands: the
 * samples with rows taken out of N&N's nursing return.
 */
class ReturnCoverageCliTest {
  private static final String AS_OF = "2023-04-03";
  private static final String NURSING = "returns/RM1/nnuh-nursing-strikes-2023.csv";
  @TempDir Path temp;

  @Test
  void
      a_day_missing_from_a_return_by_day_is_warned_of_and_the_rates_divide_by_the_days_with_figures()
          throws IOException {
    String data = samplesWithout(l -> l.startsWith("19/01/2023")).toString();
    CliRun validate = CliRun.of("validate", "--as-of", AS_OF, "--wide", "--data", data);
    assertEquals(0, validate.exitCode(), validate.err());
    assertTrue(
        validate
            .squeezed()
            .contains(
                "warning returns/RM1/nnuh-nursing-strikes-2023.csv returns/RM1/nnuh-nursing-strikes-2023.csv:"
                    + " found \"figures day by day for N&N in the nursing strike of 18 and 19 January"
                    + " 2023 (rcn-2023-01) on 18 January 2023, and no row for 19 January 2023\";"),
        validate.out());
    assertTrue(
        validate.out().contains("14 files read; 0 errors, 1 warning, 0 rows rejected;"),
        validate.out());

    CliRun compare = CliRun.of("compare", "--as-of", AS_OF, "--wide", "--data", data);
    assertEquals(0, compare.exitCode(), compare.err());
    // 1,134 over the 3 days and 36 hours with figures: 378.0 and 31.5, not 283.5 and 23.6.
    assertTrue(
        compare.squeezed().contains("N&N 3,451 1,150.3 47.9 1,134 378.0 31.5 3.0 times 1.5 times"),
        compare.out());
    assertTrue(
        compare
            .squeezed()
            .contains(
                "N&N's return by day gives no figure for 19 January 2023, a day of the nursing"
                    + " strikes of 18 and 19 January and 6 and 7 February 2023: its count lacks that"
                    + " day, and its rates a day and an hour are worked over the 3 days with figures"
                    + " (18 January and 6 and 7 February 2023, 36 hours), not all 4; see Data"
                    + " quality."),
        compare.out());
  }

  @Test
  void a_site_that_sent_no_return_for_an_action_of_the_baseline_group_is_named_and_warned_of()
      throws IOException {
    String data = samplesWithout(l -> l.matches("1[89]/01/2023,.*")).toString();
    CliRun compare =
        CliRun.of(
            "compare", "--as-of", AS_OF, "--wide", "--baseline", "nursing-2023", "--data", data);
    assertEquals(0, compare.exitCode(), compare.err());
    assertTrue(compare.out().contains("Nurses, February 2023 total"), compare.out());
    assertFalse(compare.out().contains("January to February"), compare.out());
    assertTrue(
        compare
            .squeezed()
            .contains(
                "N&N took part in the nursing strike of 18 and 19 January 2023 but sent no return,"
                    + " so its figures for nursing-2023 leave it out; see Data quality."),
        compare.out());

    CliRun validate = CliRun.of("validate", "--as-of", AS_OF, "--wide", "--data", data);
    assertTrue(
        validate
            .squeezed()
            .contains(
                "warning reference/participation.csv reference/participation.csv: found \"N&N"
                    + " (RM1) took part in the nursing strike of 18 and 19 January 2023"
                    + " (rcn-2023-01), and no return gives figures for it\""),
        validate.out());
    assertTrue(
        validate.out().contains("14 files read; 0 errors, 1 warning, 0 rows rejected;"),
        validate.out());
  }

  @Test
  void the_samples_as_at_3_april_2023_owe_no_return_and_lack_no_day() {
    CliRun validate = CliRun.of("validate", "--as-of", AS_OF, "--wide");
    assertTrue(validate.out().contains("0 errors, 0 warnings, 0 rows rejected;"), validate.out());
    // Later, the April strike the register says all three took part in has ended with no returns.
    CliRun later = CliRun.of("validate", "--as-of", "2023-05-01", "--wide");
    assertTrue(later.out().contains("0 errors, 3 warnings, 0 rows rejected;"), later.out());
    assertTrue(
        later
            .squeezed()
            .contains(
                "found \"QEH (RCX) took part in the junior doctors' strike of 11 to 14 April 2023"
                    + " (bma-jd-2023-04), and no return gives figures for it\""),
        later.out());
  }

  /** A copy of the bundled samples with the lines of N&N's nursing return that match left out. */
  private Path samplesWithout(Predicate<String> line) throws IOException {
    Path target = temp.resolve("data");
    try (BundledSamples samples = BundledSamples.extract();
        var walk = Files.walk(samples.root())) {
      for (Path p : walk.toList()) {
        Path to = target.resolve(samples.root().relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    Path nursing = target.resolve(NURSING);
    Files.write(nursing, Files.readAllLines(nursing).stream().filter(line.negate()).toList());
    return target;
  }
}
