package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red team of 4 December 2026 (redteam3), defects 1 and 8: a return whose name says it is another
 * action's is neither a revision of March's figures nor a doubt cast on them.
 *
 * <ul>
 *   <li>{@code qeh-april-dated-names}: QEH's April return, qeh-return-2023-04-18.csv, under a
 *       profile fixed to March, had replaced March's 932 with April's 1,111.
 *   <li>{@code qeh-april-under-fixed-action}: the same April return named
 *       qeh-junior-doctors-april-2023.csv.
 *   <li>{@code nnuh-action-not-in-calendar}, {@code nnuh-radiographers}, {@code
 *       nnuh-missing-planned-column}: an unreadable July 2025 or September 2023 return from N&N had
 *       made March's complete figures "later revision could not be read" and "partial".
 * </ul>
 */
class ReturnsOfOtherActionsCliTest {
  private static final Path REDTEAM = Path.of("src/test/resources/redteam");

  @TempDir Path temp;

  private static List<String> summaryRows(String data, String asOf, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("summary", "--data", data, "--as-of", asOf, "--format", "csv"));
    args.addAll(List.of(more));
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r.err());
    return r.out().lines().takeWhile(l -> !l.isBlank()).skip(2).toList();
  }

  /** "QEH,882,50,,932": site, outpatient, inpatient, total only, total. */
  private static String figures(List<String> rows, String site) {
    String row = rows.stream().filter(l -> l.startsWith(site + ",")).findFirst().orElseThrow();
    return String.join(",", List.of(row.split(",", -1)).subList(0, 5));
  }

  private static String status(List<String> rows, String site) {
    String row = rows.stream().filter(l -> l.startsWith(site + ",")).findFirst().orElseThrow();
    return row;
  }

  @Test
  void an_april_return_dated_after_april_ended_does_not_replace_march() {
    String data = REDTEAM.resolve("qeh-april-dated-names").toString();
    List<String> march = summaryRows(data, "2023-04-20");
    assertEquals("QEH,882,50,,932", figures(march, "QEH"));
    assertEquals("All sites,4120,606,,4726", figures(march, "All sites"));
    assertTrue(status(march, "QEH").startsWith("QEH,882,50,,932,"), status(march, "QEH"));
    assertFalse(status(march, "QEH").contains("revised"), status(march, "QEH"));

    CliRun validate = CliRun.of("validate", "--data", data, "--as-of", "2023-04-20", "--wide");
    String text = validate.squeezed();
    assertTrue(
        text.contains(
            "returns/RCX/qeh-return-2023-04-18.csv: found \"a return whose profile, 'QEH specialty"
                + " return', fixes action = bma-jd-2023-03 (13 to 15 March 2023) for it, though it"
                + " is dated 18 April 2023, after bma-jd-2023-04 (11 to 14 April 2023) ended; it"
                + " looks like the return for bma-jd-2023-04 (11 to 14 April 2023); it would have"
                + " replaced the figures of returns/RCX/qeh-return-2023-03-20.csv as a revision\""),
        text);
    assertTrue(text.contains("files = returns/RCX/*march-2023*.csv"), text);
    assertTrue(text.contains("action = by-date"), text);
    assertTrue(
        text.contains(
            "Until then it counts for nothing, and returns/RCX/qeh-return-2023-03-20.csv"
                + " stands for bma-jd-2023-03"),
        text);
    assertFalse(text.contains("a revised return for RCX"), text);

    // April: QEH sent a return, which its profile files under March; never "no return received".
    List<String> april = summaryRows(data, "2023-04-20", "--action", "bma-jd-2023-04");
    assertTrue(
        status(april, "QEH")
            .contains(
                "sent a return that could not be read: a return whose profile, 'QEH specialty"
                    + " return', fixes action = bma-jd-2023-03"),
        status(april, "QEH"));
    assertTrue(status(april, "QEH").contains("(returns/RCX/qeh-return-2023-04-18.csv)"));
    assertTrue(status(april, "N&N").contains("took part; no return received"));
  }

  @Test
  void a_return_whose_name_says_april_is_not_counted_under_a_profile_fixed_to_march() {
    String data = REDTEAM.resolve("qeh-april-under-fixed-action").toString();
    List<String> march = summaryRows(data, "2023-04-20");
    assertEquals("QEH,882,50,,932", figures(march, "QEH"));
    assertEquals("All sites,4120,606,,4726", figures(march, "All sites"));
    CliRun validate = CliRun.of("validate", "--data", data, "--as-of", "2023-04-20", "--wide");
    String text = validate.squeezed();
    assertTrue(
        text.contains(
            "returns/RCX/qeh-junior-doctors-april-2023.csv: found \"a return whose profile, 'QEH"
                + " specialty return', fixes action = bma-jd-2023-03 (13 to 15 March 2023) for it,"
                + " though its name says April 2023; it looks like the return for bma-jd-2023-04"
                + " (11 to 14 April 2023) or rcn-2023-04 (30 April and 1 May 2023)\""),
        text);
    assertTrue(
        text.contains(
            "rename it so that its name says March 2023 and no other month"
                + " (returns/RCX/qeh-junior-doctors-march-2023.csv)"),
        text);
    // Not a revision either way: the March return is not said to revise the April one.
    assertFalse(text.contains("a revised return"), text);
    assertTrue(text.contains("15 files read; 1 error, 2 warnings"), text);

    List<String> april = summaryRows(data, "2023-04-20", "--action", "bma-jd-2023-04");
    assertTrue(
        status(april, "QEH").contains("(returns/RCX/qeh-junior-doctors-april-2023.csv)"),
        status(april, "QEH"));
  }

  @Test
  void a_late_return_that_is_the_sites_only_one_for_the_action_counts_with_a_warning()
      throws IOException {
    Path data = temp.resolve("data");
    copyTree(REDTEAM.resolve("qeh-april-dated-names"), data);
    Files.delete(data.resolve("returns/RCX/qeh-return-2023-03-20.csv"));
    CliRun validate =
        CliRun.of("validate", "--data", data.toString(), "--as-of", "2023-04-20", "--wide");
    String text = validate.squeezed();
    assertTrue(
        text.contains(
            "warning returns/RCX/qeh-return-2023-04-18.csv returns/RCX/qeh-return-2023-04-18.csv:"
                + " found \"a return whose profile, 'QEH specialty return', fixes action ="
                + " bma-jd-2023-03 (13 to 15 March 2023) for it, though it is dated 18 April 2023,"
                + " after bma-jd-2023-04 (11 to 14 April 2023) ended; it looks like the return for"
                + " bma-jd-2023-04 (11 to 14 April 2023)\""),
        text);
    assertTrue(text.contains("Fix: nothing to fix if it is RCX's return for bma-jd-2023-03"), text);
    List<String> march = summaryRows(data.toString(), "2023-04-20");
    assertEquals("QEH,1050,61,,1111", figures(march, "QEH"));
  }

  @Test
  void a_revision_shows_in_the_sites_status_and_does_not_make_it_partial() throws IOException {
    Path data = temp.resolve("data");
    copyTree(REDTEAM.resolve("qeh-april-dated-names"), data);
    Path april = data.resolve("returns/RCX/qeh-return-2023-04-18.csv");
    Files.move(april, data.resolve("returns/RCX/qeh-return-2023-03-27.csv"));
    List<String> march = summaryRows(data.toString(), "2023-04-20");
    assertEquals("QEH,1050,61,,1111", figures(march, "QEH"));
    assertTrue(
        status(march, "QEH")
            .contains(
                "revised 27 March 2023 (returns/RCX/qeh-return-2023-03-27.csv replaces"
                    + " returns/RCX/qeh-return-2023-03-20.csv): 932 to 1,111, up 179"),
        status(march, "QEH"));
    assertFalse(status(march, "All sites").contains("partial"), status(march, "All sites"));
  }

  @Test
  void an_unreadable_return_for_no_action_of_the_calendar_leaves_march_complete()
      throws IOException {
    String data = REDTEAM.resolve("nnuh-action-not-in-calendar").toString();
    List<String> march = summaryRows(data, "2023-04-03");
    assertEquals("N&N,2976,475,,3451", figures(march, "N&N"));
    assertTrue(
        status(march, "N&N").matches("N&N,2976,475,,3451,[^,]*,[^,]*,[^,]*,,RM1,.*"),
        status(march, "N&N"));
    assertTrue(
        status(march, "All sites").matches("All sites,4120,606,,4726,[^,]*,[^,]*,[^,]*,,,.*"));
    assertEquals(List.of(), partialInPdf(data, "2023-04-03"));
  }

  @Test
  void an_unreadable_september_return_is_septembers_not_a_revision_of_march() throws IOException {
    for (String c : List.of("nnuh-radiographers", "nnuh-missing-planned-column")) {
      String data = REDTEAM.resolve(c).toString();
      List<String> march = summaryRows(data, "2023-04-03", "--action", "bma-jd-2023-03");
      assertTrue(
          status(march, "N&N").matches("N&N,2976,475,,3451,[^,]*,[^,]*,[^,]*,,RM1,.*"),
          c + ": " + status(march, "N&N"));
      assertEquals(List.of(), partialInPdf(data, "2023-04-03"), c);
    }
    // The refused September file is September's unreadable return, never "no return received".
    List<String> september =
        summaryRows(
            REDTEAM.resolve("nnuh-missing-planned-column").toString(),
            "2023-10-03",
            "--action",
            "bma-jd-2023-09");
    assertTrue(
        status(september, "N&N")
            .contains(
                "sent a return that could not be read: no column Planned/Planned activity in row 1,"
                    + " which has the columns Date, Activity, Rescheduled"),
        status(september, "N&N"));
    assertTrue(status(september, "N&N").contains("(returns/RM1/nnuh-september-2023.csv)"));
  }

  /** The lines of the March board pack that call a figure partial or out of date. */
  private List<String> partialInPdf(String data, String asOf) throws IOException {
    Path out = Files.createTempDirectory(temp, "pack");
    CliRun r =
        CliRun.of(
            "board-pack",
            "--data",
            data,
            "--as-of",
            asOf,
            "--action",
            "bma-jd-2023-03",
            "--out",
            out.toString());
    assertEquals(0, r.exitCode(), r.err());
    String text;
    try (PDDocument pdf = Loader.loadPDF(out.resolve("board-pack.pdf").toFile())) {
      text = new PDFTextStripper().getText(pdf);
    }
    return text.lines()
        .filter(l -> l.contains("may be out of date") || l.contains("later revision"))
        .toList();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
