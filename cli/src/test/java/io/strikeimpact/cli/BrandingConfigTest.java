package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** colour.primary: checked for form and for contrast with white text, then used in the outputs. */
class BrandingConfigTest {
  @TempDir Path temp;

  private CliRun run(String config, String... more) throws IOException {
    Path file = Files.writeString(temp.resolve("c" + config.hashCode() + ".properties"), config);
    String[] args = new String[more.length + 4];
    args[0] = "board-pack";
    args[1] = "--config";
    args[2] = file.toString();
    args[3] = "--as-of=2023-04-03";
    System.arraycopy(more, 0, args, 4, more.length);
    return CliRun.of(args);
  }

  @Test
  void a_colour_not_written_as_rrggbb_is_a_usage_error_with_an_example() throws IOException {
    CliRun r = run("colour.primary = blue\n");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(
        r.err()
            .contains(
                ": colour.primary = blue; expected a colour written #RRGGBB, e.g. colour.primary"
                    + " = #005EB8 (NHS Blue)."),
        r.err());
  }

  @Test
  void a_colour_too_light_for_white_text_is_refused_saying_why() throws IOException {
    CliRun r = run("colour.primary = #41B6E6\n");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(
        r.err()
            .contains(
                "colour.primary = #41B6E6 is too light: white text on it has a contrast of 2.31"
                    + " to 1, below the 4.5 to 1 that WCAG AA asks for"),
        r.err());
  }

  @Test
  void the_colour_fills_the_workbook_headers() throws IOException {
    Path out = temp.resolve("out");
    CliRun r = run("colour.primary = #7a1f5c\n", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    try (InputStream in = Files.newInputStream(out.resolve("board-pack.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFCell header = wb.getSheet("Data").getRow(0).getCell(0);
      assertEquals(
          "7A1F5C",
          org.apache.commons.codec.binary.Hex.encodeHexString(
                  header.getCellStyle().getFillForegroundColorColor().getRGB())
              .toUpperCase(java.util.Locale.ROOT));
      assertEquals(
          "FFFFFF",
          org.apache.commons.codec.binary.Hex.encodeHexString(
                  header.getCellStyle().getFont().getXSSFColor().getRGB())
              .toUpperCase(java.util.Locale.ROOT));
    }
  }
}
