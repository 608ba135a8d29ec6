package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red team of 4 December 2026 (redteam3), defect 3: QEH's return with "of which" rows under General
 * Surgery and Trauma and Orthopaedics gave QEH 954 (true 932), counting each breakdown as a
 * specialty. Read as csv, as xlsx (streamed) and as xls (POI's user model), it gives 932, and the
 * rows not counted are named with the rows they are parts of.
 */
class OfWhichRowsCliTest {
  private static final Path DATA = Path.of("src/test/resources/redteam/qeh-of-which-rows");
  private static final String CSV = "returns/RCX/qeh-junior-doctors-march-2023.csv";

  @TempDir Path temp;

  @Test
  void of_which_rows_are_not_counted_again_in_a_csv_an_xlsx_and_an_xls() throws IOException {
    assertReadOnce(DATA);
    List<List<String>> rows =
        Files.readAllLines(DATA.resolve(CSV)).stream().map(l -> List.of(l.split(",", -1))).toList();
    for (String ext : List.of("xlsx", "xls")) {
      Path data = temp.resolve(ext);
      copyTree(DATA, data);
      Files.delete(data.resolve(CSV));
      Path profile = data.resolve("profiles/qeh.properties");
      Files.writeString(
          profile, Files.readString(profile).replace("returns/RCX/*.csv", "returns/RCX/*." + ext));
      write(
          ext.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook(),
          rows,
          data.resolve(CSV.replace(".csv", "." + ext)));
      assertReadOnce(data);
    }
  }

  private static void assertReadOnce(Path data) {
    CliRun summary =
        CliRun.of("summary", "--data", data.toString(), "--as-of", "2023-04-03", "--format", "csv");
    assertEquals(0, summary.exitCode(), summary.err());
    String qeh = summary.out().lines().filter(l -> l.startsWith("QEH,")).findFirst().orElseThrow();
    assertEquals("QEH,882,50,,932", String.join(",", List.of(qeh.split(",", -1)).subList(0, 5)));
    CliRun validate =
        CliRun.of("validate", "--data", data.toString(), "--as-of", "2023-04-03", "--wide");
    String text = validate.squeezed();
    assertTrue(
        text.contains(
            "found \"2 rows giving a part of the row above: \"of which: cancer (2WW)\" (row 3,"
                + " part of \"General Surgery\"), \"of which hip and knee replacements\" (row 6,"
                + " part of \"Trauma and Orthopaedics\")\"; expected rows of figures, each counted"
                + " once"),
        data + ": " + text);
    // The Total row agrees with the rows counted, so no reconciliation warning for QEH.
    assertTrue(!text.contains("QEH; the returns add to"), text);
  }

  /** The csv's cells as a workbook's: figures as numbers, the rest as text, blanks left out. */
  private static void write(Workbook workbook, List<List<String>> rows, Path file)
      throws IOException {
    Sheet sheet = workbook.createSheet("QEH");
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      for (int c = 0; c < rows.get(r).size(); c++) {
        String v = rows.get(r).get(c);
        if (v.matches("\\d+") && r > 0) {
          row.createCell(c).setCellValue(Double.parseDouble(v));
        } else if (!v.isEmpty()) {
          row.createCell(c).setCellValue(v);
        }
      }
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    workbook.close();
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
