package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opens the story's workbook in LibreOffice (headless) and prints it to PDF: the file must open in
 * a second spreadsheet program, with its figures and chart titles. Skipped where LibreOffice is not
 * installed. The PDF is left in target/ for a person to look at.
 */
class LibreOfficeRenderTest {
  private static final Path SOFFICE = Path.of("/usr/bin/soffice");

  @Test
  void libreoffice_opens_the_workbook_and_prints_its_figures_and_charts() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed");
    Path dir = Path.of("target", "libreoffice-check").toAbsolutePath();
    Files.createDirectories(dir);
    Path xlsx = dir.resolve("board-pack.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      new BoardPackWorkbook()
          .write(ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request()), out);
    }
    Path profile = Files.createTempDirectory("lo-profile");
    Path pdf = convert(xlsx, dir, profile);
    assertTrue(Files.size(pdf) > 10_000, "the PDF is too small to hold the pack");
    String text;
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      text = new PDFTextStripper().getText(doc);
    }
    for (String expected :
        new String[] {
          "4,726", "3,451", "1,150.3", "3.1 times", "1.5 times", "Running total reached", "[note 1]"
        }) {
      assertTrue(text.contains(expected), "the PDF lacks \"" + expected + "\"");
    }
    deleteQuietly(profile);
  }

  /**
   * Issue 13: LibreOffice prints a clipped cell's text cut short ("no range: one co"). With long
   * file names and specialties, every text that does not wrap is printed whole.
   */
  @Test
  void libreoffice_prints_every_unwrapped_text_whole() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed");
    Path dir = Path.of("target", "libreoffice-widths").toAbsolutePath();
    Files.createDirectories(dir);
    Path xlsx = dir.resolve("long-names.xlsx");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      new BoardPackWorkbook()
          .write(ImpactAnalysis.analyse(ColumnWidthsTest.longNames(), StoryData.request()), out);
    }
    Path profile = Files.createTempDirectory("lo-profile");
    String text = print(xlsx, dir, profile);
    String printed = text.replaceAll("\\s+", " ");
    List<String> clipped = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      for (var sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            ColumnWidths.Shown shown = ColumnWidths.shown(cell);
            if (shown != null && !shown.wrap() && !printed.contains(shown.text())) {
              clipped.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + shown.text());
            }
          }
        }
      }
    }
    assertEquals(List.of(), clipped, "printed cut short");
    deleteQuietly(profile);
  }

  /** Prints a workbook to PDF with LibreOffice and returns the PDF's text. */
  private static String print(Path xlsx, Path dir, Path profile) throws Exception {
    try (PDDocument doc = Loader.loadPDF(convert(xlsx, dir, profile).toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Prints a workbook to PDF with LibreOffice, beside it in {@code dir}, and returns the PDF. */
  private static Path convert(Path xlsx, Path dir, Path profile) throws Exception {
    Process p =
        new ProcessBuilder(
                SOFFICE.toString(),
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                xlsx.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      Assumptions.abort("LibreOffice did not finish within 60 s");
    }
    assertEquals(0, p.exitValue(), Files.readString(dir.resolve("soffice.log")));
    return dir.resolve(xlsx.getFileName().toString().replace(".xlsx", ".pdf"));
  }

  private static void deleteQuietly(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }
}
