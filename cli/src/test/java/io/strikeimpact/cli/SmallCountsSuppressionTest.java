package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Red-team report of 3 December 2026, item 1: with {@code --suppress-small}, "N&N 2,000 | fewer
 * than 8 | 2,007" gave the hidden 7 away (2,007 - 2,000), and the column total 15 was shown.
 * Fixture: src/test/resources/redteam/j-small-counts, made by the red team (see its README).
 */
class SmallCountsSuppressionTest {
  private static final Path DATA = Path.of("src/test/resources/redteam/j-small-counts");

  @TempDir Path temp;

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    assertEquals(0, code, err.toString());
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void no_small_count_can_be_worked_out_from_a_total_in_the_text_the_file_or_the_pdf()
      throws IOException {
    String printed =
        run(
            "press-briefing",
            "--data",
            DATA.toString(),
            "--as-of",
            "2023-04-03",
            "--suppress-small",
            "--format",
            "text")[0];
    Path out = temp.resolve("out");
    run(
        "press-briefing",
        "--data",
        DATA.toString(),
        "--as-of",
        "2023-04-03",
        "--suppress-small",
        "--out",
        out.toString());
    String file = Files.readString(out.resolve("press-briefing.txt"));
    String pdf;
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("press-briefing.pdf")))) {
      pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
    for (String text : List.of(printed, file)) {
      assertTrue(
          text.contains(
              "\nN&N                           withheld                       fewer than 8  2,007\n"),
          text);
      assertNoLineHidesOneFigure(table(text), text);
      assertTrue(
          text.contains(
              "Some further figures are withheld so that the small ones cannot be worked out"),
          text);
    }
    assertTrue(pdf.contains("N&N withheld fewer than 8 2,007"), pdf);
    assertTrue(pdf.contains("Some further figures are withheld"), pdf);
    assertTrue(pdf.contains("QEH withheld fewer than 8 105"), pdf);
    assertTrue(pdf.contains("JPUH withheld fewer than 8 43"), pdf);
    // 2,000 is the outpatient count that, beside the total 2,007, gave the 7 away.
    assertFalse(pdf.contains("2,000"), pdf);
    assertFalse(printed.contains("2,000"), printed);
  }

  /** The briefing's table as figures: header row dropped, one list a row, the label first. */
  private static List<List<String>> table(String text) {
    List<List<String>> rows = new ArrayList<>();
    boolean in = false;
    for (String line : text.split("\n")) {
      if (line.startsWith("Hospital ")) {
        in = true;
        continue;
      }
      if (in && line.isBlank()) {
        break;
      }
      if (in) {
        rows.add(List.of(line.strip().split(" {2,}")));
      }
    }
    return rows;
  }

  /** In every row and column (totals included), hidden figures number none or two and more. */
  private static void assertNoLineHidesOneFigure(List<List<String>> rows, String text) {
    int columns = rows.getFirst().size();
    for (List<String> row : rows) {
      assertTrue(hidden(row.subList(1, columns)) != 1, "row " + row + " in\n" + text);
    }
    for (int c = 1; c < columns; c++) {
      List<String> column = new ArrayList<>();
      for (List<String> row : rows) {
        column.add(row.get(c));
      }
      assertTrue(hidden(column) != 1, "column " + column + " in\n" + text);
    }
  }

  private static long hidden(List<String> figures) {
    return figures.stream().filter(f -> f.equals("fewer than 8") || f.equals("withheld")).count();
  }
}
