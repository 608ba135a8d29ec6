package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red team of 4 December 2026 (redteam3), defect 2: with {@code sheet = 1}, JPUH's template put a
 * Guidance sheet first, with example rows under the return's own header, and it was read as the
 * return (JPUH 14 or 5 where its return says 343), with no word.
 */
class SheetChoiceCliTest {
  private static final Path REDTEAM = Path.of("src/test/resources/redteam");
  private static final String WORKBOOK = "returns/RGP/jpuh-junior-doctors-march-2023.xlsx";

  @TempDir Path temp;

  private static String jpuh(String data) {
    CliRun r = CliRun.of("summary", "--data", data, "--as-of", "2023-04-03", "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    String row = r.out().lines().filter(l -> l.startsWith("JPUH,")).findFirst().orElseThrow();
    return String.join(",", List.of(row.split(",", -1)).subList(0, 5));
  }

  private static String validate(String data) {
    CliRun r = CliRun.of("validate", "--data", data, "--as-of", "2023-04-03", "--wide");
    assertEquals(0, r.exitCode(), r.err());
    return r.squeezed();
  }

  @Test
  void a_guidance_sheet_first_is_passed_over_for_the_return_with_a_warning_naming_both() {
    for (String c : List.of("jpuh-guidance-full-example", "jpuh-guidance-sheet-first")) {
      String data = REDTEAM.resolve(c).toString();
      assertEquals("JPUH,262,81,,343", jpuh(data), c);
      String text = validate(data);
      String rows = c.equals("jpuh-guidance-sheet-first") ? "1 row" : "3 rows";
      assertTrue(
          text.contains(
              "returns/RGP/jpuh-junior-doctors-march-2023.xlsx, sheet 'Rescheduled': found \"the"
                  + " profile's header, with rows below it, on 2 sheets: 'Guidance' (sheet 1, "
                  + rows
                  + "), 'Rescheduled' (sheet 2, 13 rows)\"; expected one sheet with the return's"
                  + " table; sheet 1, 'Guidance', is named as guidance or an example, so"
                  + " 'Rescheduled' was read instead, and only its figures count. Fix: set sheet ="
                  + " Rescheduled in profiles/jpuh.properties"),
          c + ": " + text);
    }
  }

  @Test
  void a_first_sheet_not_named_as_guidance_is_read_as_the_profile_says_with_a_warning()
      throws IOException {
    Path data = copy("jpuh-guidance-full-example");
    renameSheet(data.resolve(WORKBOOK), 0, "Before you start");
    assertEquals("JPUH,12,2,,14", jpuh(data.toString()));
    String text = validate(data.toString());
    assertTrue(
        text.contains(
            "sheet 'Before you start': found \"the profile's header, with rows below it, on 2"
                + " sheets: 'Before you start' (sheet 1, 3 rows), 'Rescheduled' (sheet 2, 13"
                + " rows)\"; expected one sheet with the return's table; sheet 1, 'Before you"
                + " start', was read as the profile says, and only its figures count. Fix: set"
                + " sheet = Before you start in profiles/jpuh.properties, or sheet = the name of"
                + " the sheet that holds the return if it is another"),
        text);
  }

  @Test
  void a_profile_that_names_its_sheet_is_read_as_it_says_without_a_warning() throws IOException {
    Path data = copy("jpuh-guidance-full-example");
    Path profile = data.resolve("profiles/jpuh.properties");
    Files.writeString(profile, Files.readString(profile).replace("sheet = 1", "sheet = Guidance"));
    assertEquals("JPUH,12,2,,14", jpuh(data.toString()));
    assertFalse(validate(data.toString()).contains("with rows below it"));
    Files.writeString(
        profile, Files.readString(profile).replace("sheet = Guidance", "sheet = Rescheduled"));
    assertEquals("JPUH,262,81,,343", jpuh(data.toString()));
    assertFalse(validate(data.toString()).contains("with rows below it"));
  }

  private Path copy(String c) throws IOException {
    Path data = temp.resolve(c);
    Path from = REDTEAM.resolve(c);
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = data.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return data;
  }

  private static void renameSheet(Path file, int index, String name) throws IOException {
    XSSFWorkbook workbook;
    try (InputStream in = Files.newInputStream(file)) {
      workbook = new XSSFWorkbook(in);
    }
    workbook.setSheetName(index, name);
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
    workbook.close();
  }
}
