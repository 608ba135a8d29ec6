package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, "Estimate against outcome", as a user runs it: the samples with N&N's April return
 * added (4,400 outpatient and 500 inpatient over four days). March's 3,451 at N&N over 72 hours
 * gave 4,601 for April's 96 hours; 4,900 were rescheduled, 299 more (6%). Every output says so.
 */
class EstimateAgainstOutcomeCliTest {
  private static final String NN = "estimated 4,601; 4,900 rescheduled, 299 more (6%)";
  @TempDir static Path dir;
  private static Path data;

  @BeforeAll
  static void samplesWithAprilAtNn() throws IOException {
    data = dir.resolve("data");
    Path samples = Path.of("..", "samples", "data").toAbsolutePath().normalize();
    try (Stream<Path> all = Files.walk(samples)) {
      for (Path p : all.toList()) {
        Path to = data.resolve(samples.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    StringBuilder csv = new StringBuilder("Date,Activity,Rescheduled,Planned\n");
    for (String day : new String[] {"11", "12", "13", "14"}) {
      csv.append(day).append("/04/2023,OP,1100,9000\n");
      csv.append(day).append("/04/2023,IP,125,1100\n");
    }
    Files.writeString(data.resolve("returns/RM1/nnuh-junior-doctors-april-2023.csv"), csv);
  }

  @Test
  void summary_shows_the_estimate_against_outcome_in_the_table() {
    CliRun r = CliRun.of("summary", "--data", data.toString(), "--as-of", "2023-05-01");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .contains(
                "Estimate against outcome: the junior doctors' strike of 11 to 14 April 2023 (96"
                    + " hours)"),
        r.out());
    assertTrue(r.out().contains(NN), r.out());
    assertTrue(r.out().contains("What the earlier actions gave as an estimate for"), r.out());
  }

  @Test
  void summary_as_json_and_csv_carries_the_same_figures() {
    CliRun json =
        CliRun.of(
            "summary", "--data", data.toString(), "--as-of", "2023-05-01", "--format", "json");
    assertEquals(0, json.exitCode(), json.err());
    String squeezed = json.out().replaceAll("\\s+", "");
    assertTrue(squeezed.contains("\"estimated\":4601"), json.out());
    assertTrue(squeezed.contains("\"rescheduled\":4900"), json.out());
    assertTrue(json.out().contains(NN), json.out());
    CliRun csv =
        CliRun.of("summary", "--data", data.toString(), "--as-of", "2023-05-01", "--format", "csv");
    assertTrue(csv.out().contains("# estimateAgainstOutcome"), csv.out());
    assertTrue(csv.out().contains("N&N,4601,4900,299,"), csv.out());
  }

  @Test
  void the_board_pack_pdf_and_workbook_show_it() throws IOException {
    Path out = dir.resolve("out");
    CliRun r =
        CliRun.of(
            "board-pack",
            "--data",
            data.toString(),
            "--out",
            out.toString(),
            "--as-of",
            "2023-05-01");
    assertEquals(0, r.exitCode(), r.err());
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(out.resolve("board-pack.pdf")))) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("How the estimate compared with what happened"), text);
      assertTrue(text.contains("Across the sites with both figures: " + NN + "."), text);
      assertTrue(text.contains("N&N 4,601 4,900 +299"), text);
    }
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            new ByteArrayInputStream(Files.readAllBytes(out.resolve("board-pack.xlsx"))))) {
      XSSFSheet s = wb.getSheet("Projection");
      Row nn = null;
      for (Row row : s) {
        // The first such row is N&N's; with one site, the all-sites row below reads the same.
        if (nn == null && row.getCell(6) != null && row.getCell(6).toString().equals(NN)) {
          nn = row;
        }
      }
      assertTrue(nn != null, "no row on the Projection sheet reads " + NN);
      assertEquals("RM1", nn.getCell(1).getStringCellValue());
      assertEquals(4900, nn.getCell(3).getNumericCellValue(), 1e-9);
      assertTrue(nn.getCell(3).getCellFormula().startsWith("SUMIFS(Data_table[Count]"));
      assertEquals(299, nn.getCell(4).getNumericCellValue(), 1e-9);
    }
  }
}
