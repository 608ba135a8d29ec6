package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red-team case {@code icb-bom-semicolon}: the ICB's all-sites total, the one stated total that
 * disagrees with the returns (4,736 against 4,726), is written "4.736" and refused. It must then be
 * counted as a stated total not checked, never hidden inside "all agree with their parts".
 */
class StatedTotalsNotReadCliTest {
  private static final String DATA = "src/test/resources/redteam/icb-bom-semicolon";

  @TempDir Path temp;

  @Test
  void validate_counts_the_refused_stated_totals_apart_from_those_that_agree() {
    CliRun run = CliRun.of("validate", "--data", DATA, "--as-of", "2023-04-03", "--wide");
    assertEquals(0, run.exitCode(), run.err());
    String footer = run.out().lines().reduce((a, b) -> b).orElseThrow();
    assertEquals(
        "14 files read; 2 errors, 0 warnings, 2 rows rejected; 4 stated totals checked, all agree"
            + " with their parts; 2 stated totals could not be read and were not checked against"
            + " the returns.",
        footer);
  }

  @Test
  void a_summary_refused_whole_is_named_not_called_nothing_to_check() throws IOException {
    Path data = temp.resolve("data");
    copyTree(Path.of("../samples/data"), data);
    // A quote never closed: the csv reader refuses the whole file, so no row of it is read.
    Files.writeString(
        data.resolve("returns/QMM/icb-summary-junior-doctors-march-2023.csv"),
        "Action,Site,Description,Stated total\nbma-jd-2023-03,all,\"Appointments,4736\n");
    CliRun run =
        CliRun.of("validate", "--data", data.toString(), "--as-of", "2023-04-03", "--wide");
    assertEquals(0, run.exitCode(), run.err());
    String footer = run.out().lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(
        footer.endsWith(
            "; the stated totals in returns/QMM/icb-summary-junior-doctors-march-2023.csv could"
                + " not be read, so none of them was checked."),
        footer);
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

  @Test
  void the_board_pack_says_the_stated_totals_were_not_checked_and_does_not_call_them_rows_left_out()
      throws IOException {
    CliRun run =
        CliRun.of("board-pack", "--data", DATA, "--as-of", "2023-04-03", "--out", temp.toString());
    assertEquals(0, run.exitCode(), run.err());
    String text;
    try (PDDocument pdf = Loader.loadPDF(temp.resolve("board-pack.pdf").toFile())) {
      text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
    assertTrue(
        text.contains(
            "Data quality: 2 stated totals could not be read and were not checked against the"
                + " returns (see Data quality)."),
        text);
    assertTrue(
        text.contains(
            "2 stated totals could not be read and were not checked against the returns (see"
                + " Problems found in the data below)."),
        text);
    assertFalse(text.contains("rows were rejected and left out of the totals"), text);
  }
}
