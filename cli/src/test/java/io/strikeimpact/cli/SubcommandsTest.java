package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each subcommand, run in-process on the bundled samples: what it prints and its exit code. */
class SubcommandsTest {
  private static final String AS_OF = "2023-04-03";
  @TempDir Path temp;

  @Test
  void help_lists_every_subcommand_with_a_header_and_the_exit_codes() {
    CliRun r = CliRun.of("--help");
    assertEquals(0, r.exitCode());
    for (String command :
        List.of(
            "validate",
            "summary",
            "compare",
            "forecast",
            "board-pack",
            "excel",
            "profile",
            "bench",
            "generate-completion")) {
      assertTrue(
          r.out().contains("\n  " + command + " "), "help lacks " + command + ":\n" + r.out());
    }
    assertTrue(r.out().contains("Exit codes:"), r.out());
    assertTrue(r.squeezed().contains(" 1 problems in the data (with --strict)"), r.out());
  }

  @Test
  void validate_on_the_samples_reports_the_icb_mismatch_and_no_errors() {
    // As at the samples' date: later, the April strike has ended with no returns (warned of).
    CliRun r = CliRun.of("validate", "--as-of", AS_OF, "--wide");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("a difference of 10"), r.out());
    assertTrue(
        r.out()
            .contains(
                "0 errors, 0 warnings, 0 rows rejected; 1 of 7 stated totals does not agree with its parts."),
        r.out());
  }

  @Test
  void validate_strict_fails_with_exit_code_1_on_a_bad_row_and_writes_nothing() throws IOException {
    Path data = copyOfSamples();
    Files.writeString(
        data.resolve("returns/RCX/qeh-junior-doctors-march-2023.csv"),
        "Specialty,Treatment function code,Outpatients,Inpatients\nGeneral Surgery,100,-3,9\n");
    CliRun lenient = CliRun.of("validate", "--data", data.toString());
    assertEquals(0, lenient.exitCode(), lenient.err());
    assertTrue(lenient.out().contains("found \"-3\""), lenient.out());
    CliRun strict = CliRun.of("validate", "--data", data.toString(), "--strict");
    assertEquals(1, strict.exitCode());
    assertTrue(strict.err().contains("(--strict)"), strict.err());
  }

  @Test
  void compare_prints_ratios_on_both_bases_and_names_the_sites_left_out() {
    CliRun r = CliRun.of("compare", "--as-of", AS_OF, "--baseline", "nursing-2023");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.squeezed().contains("N&N 3,451 1,150.3 47.9 1,506 376.5 31.4 3.1 times 1.5 times"),
        r.out());
    assertTrue(
        r.out()
            .contains(
                "Left out of the like-for-like comparison: QEH and JPUH (did not take part in the"
                    + " nursing strikes)."),
        r.out());
  }

  @Test
  void compare_as_csv_leaves_not_applicable_figures_empty_never_zero() throws IOException {
    CliRun r = CliRun.of("compare", "--as-of", AS_OF, "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .get()
            .parse(new java.io.StringReader(r.out()))
            .getRecords();
    CSVRecord qeh =
        rows.stream().filter(x -> x.get("Site").equals("QEH")).findFirst().orElseThrow();
    assertEquals("", qeh.get("Ratio a day"));
    assertEquals("932", qeh.get(1));
    CSVRecord nn = rows.stream().filter(x -> x.get("Site").equals("N&N")).findFirst().orElseThrow();
    assertEquals((3451 / 3.0) / (1506 / 4.0), Double.parseDouble(nn.get("Ratio a day")), 1e-9);
  }

  @Test
  void summary_as_json_gives_null_for_not_applicable_and_the_figures_as_numbers() {
    CliRun r = CliRun.of("summary", "--as-of", AS_OF, "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("\"total\": 4726"), r.out());
    assertTrue(r.out().contains("\"baselineTotal\": null"), r.out());
    assertTrue(r.out().contains("\"note\": \"did not take part in the nursing strikes\""), r.out());
  }

  @Test
  void site_and_type_filters_narrow_every_figure() {
    CliRun r =
        CliRun.of(
            "summary",
            "--as-of",
            AS_OF,
            "--site",
            "king's lynn",
            "--type",
            "op",
            "--format",
            "csv");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("QEH,882,,,882,1.0"), r.out());
    // N&N has no row; it is named only in the note on why the comparison cannot be made.
    assertFalse(r.out().lines().anyMatch(l -> l.startsWith("N&N,")), r.out());
    assertTrue(r.out().contains("without it N&N can be compared"), r.out());
    CliRun unknown = CliRun.of("summary", "--site", "Addenbrooke's");
    assertEquals(2, unknown.exitCode());
    assertTrue(
        unknown.err().contains("No site matches \"Addenbrooke's\"; known sites: RM1 (N&N)"),
        unknown.err());
  }

  @Test
  void forecast_projects_the_96_hour_april_strike_from_the_march_rate() {
    CliRun r = CliRun.of("forecast", "--as-of", AS_OF);
    assertEquals(0, r.exitCode(), r.err());
    // 4,726 over 72 hours is 65.6 an hour; times 96 is 6,301.
    assertTrue(r.squeezed().contains("All sites 5,493 808 6,301 n/a n/a 65.6"), r.out());
    assertTrue(r.out().contains("one comparable action"), r.out());
  }

  @Test
  void a_forecast_for_one_type_has_no_estimate_of_0_for_the_other() {
    CliRun r = CliRun.of("forecast", "--as-of", AS_OF, "--type", "outpatient");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.squeezed().contains("All sites 5,493 n/a 5,493"), r.out());
    assertTrue(
        r.out()
            .contains("Inpatient: n/a, as inpatient and day case procedures were not asked for."),
        r.out());
    assertFalse(r.squeezed().contains(" 0 5,493"), r.out());

    CliRun none = CliRun.of("forecast", "--as-of", AS_OF, "--type", "total-only");
    assertEquals(2, none.exitCode(), none.out());
    assertTrue(none.err().contains("No estimate for the types asked for (total only"), none.err());
    assertFalse(none.err().contains("the calendar has none without returns"), none.err());
  }

  @Test
  void a_monthly_forecast_stands_at_the_end_of_its_month() {
    // N&N's February return exists but is after January: February is still to come.
    CliRun r = CliRun.of("forecast", "--as-of", AS_OF, "--month", "2023-01");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.squeezed()
            .contains(
                "Estimate for the nursing strike of 6 and 7 February 2023 (24 hours; announced; not"
                    + " yet started)"),
        r.out());
    assertFalse(r.out().contains("no returns received"), r.out());
  }

  @Test
  void a_monthly_pack_says_what_is_new_since_the_month_before() {
    CliRun r = CliRun.of("summary", "--as-of", AS_OF, "--month", "2023-02", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out().contains("Nursing strike, 6 and 7 February 2023: activity rescheduled"), r.out());
  }

  @Test
  void excel_writes_the_workbook_alone() throws IOException {
    CliRun r = CliRun.of("excel", "--as-of", AS_OF, "--out", temp.toString());
    assertEquals(0, r.exitCode(), r.err());
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            new ByteArrayInputStream(Files.readAllBytes(temp.resolve("board-pack.xlsx"))))) {
      assertTrue(wb.getSheet("Summary") != null);
    }
    try (var files = Files.list(temp)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void a_configuration_file_names_the_organisation_and_unknown_keys_are_refused()
      throws IOException {
    Path config =
        Files.writeString(temp.resolve("c.properties"), "area = Suffolk and North East Essex\n");
    CliRun r =
        CliRun.of(
            "board-pack",
            "--as-of",
            AS_OF,
            "--config",
            config.toString(),
            "--out",
            temp.resolve("o").toString());
    assertEquals(0, r.exitCode(), r.err());
    Path bad = Files.writeString(temp.resolve("bad.properties"), "organization = typo\n");
    CliRun wrong = CliRun.of("summary", "--config", bad.toString());
    assertEquals(2, wrong.exitCode());
    assertTrue(
        wrong.err().contains("unknown key organization; expected one of area, board.agenda-item,"),
        wrong.err());
    assertTrue(wrong.err().contains("Fix: did you mean organisation?"), wrong.err());
  }

  @Test
  void completion_script_is_generated() {
    CliRun r = CliRun.of("generate-completion");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out().contains("complete -F"), r.out().substring(0, Math.min(200, r.out().length())));
  }

  @Test
  void bench_times_each_stage() {
    CliRun r = CliRun.of("bench", "--runs", "1", "--as-of", AS_OF);
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("PDF board pack"), r.out());
  }

  private Path copyOfSamples() throws IOException {
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
    return target;
  }
}
