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

  /**
   * As red-team finding 17 for profiles: a file saved with a byte order mark keeps its first key.
   */
  @Test
  void a_configuration_saved_with_a_byte_order_mark_keeps_its_first_key() throws IOException {
    CliRun r = run("\uFEFFcolour.primary = blue\n");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains(": colour.primary = blue; expected a colour written"), r.err());
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

  @Test
  void a_missing_logo_or_one_that_is_not_an_image_is_refused_naming_the_path() throws IOException {
    Path missing = temp.resolve("no-logo.png");
    CliRun r = run("logo = " + missing + "\n");
    assertEquals(3, r.exitCode(), r.err());
    assertTrue(r.err().contains(": logo = " + missing + ": could not read " + missing), r.err());
    assertTrue(
        r.err().contains("Fix: give logo the path of a PNG or JPEG file (relative to the folder"),
        r.err());

    Path text = Files.writeString(temp.resolve("logo.png"), "not a picture");
    CliRun notImage = run("logo = " + text + "\n");
    assertEquals(3, notImage.exitCode(), notImage.err());
    assertTrue(notImage.err().contains(text + " is not a PNG or JPEG image. Fix:"), notImage.err());
  }

  @Test
  void a_logo_is_read_once_and_drawn_on_the_cover() throws IOException {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(200, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
    Path logo = temp.resolve("logo.jpg");
    javax.imageio.ImageIO.write(img, "jpg", logo.toFile());
    Path out = temp.resolve("out");
    CliRun r = run("logo = " + logo + "\n", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    try (var doc =
        org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(out.resolve("board-pack.pdf")))) {
      var resources = doc.getPage(0).getResources();
      boolean image = false;
      for (var name : resources.getXObjectNames()) {
        image |=
            resources.getXObject(name)
                instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
      }
      assertTrue(image, "the cover has the logo");
    }
  }
}
