package io.strikeimpact.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A copy of the bundled samples in a temporary folder, to be altered as real folders differ from
 * them (a return refused, one missing, a site absent from an action), and the outputs' text read
 * back: the PDF's words with line breaks as spaces, and a workbook sheet's cells.
 */
final class AlteredSamples {
  private AlteredSamples() {}

  /** The samples' data folder copied into {@code dir}; returns {@code dir}. */
  static Path copyInto(Path dir) throws IOException {
    Path samples = Path.of("..", "samples", "data").toAbsolutePath().normalize();
    try (Stream<Path> all = Files.walk(samples)) {
      for (Path p : all.toList()) {
        Path to = dir.resolve(samples.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return dir;
  }

  /** A file that arrives but is refused whole: a header with none of the profile's columns. */
  static void refuse(Path data, String file) throws IOException {
    Files.writeString(data.resolve(file), "Foo,Bar\n1,2\n");
  }

  /** A workbook cut short in sending: its first {@code bytes} bytes, so its zip is broken. */
  static void truncate(Path data, String file, int bytes) throws IOException {
    Path p = data.resolve(file);
    Files.write(p, java.util.Arrays.copyOf(Files.readAllBytes(p), bytes));
  }

  /** The PDF's text, lines joined and spaces squeezed, so a phrase matches however it wraps. */
  static String pdfText(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  /** The string cell of {@code sheet} in the row whose column A is {@code key}, at {@code col}. */
  static String cell(Path workbook, String sheet, String key, int col) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
      for (Row row : book.getSheet(sheet)) {
        Cell a = row.getCell(0);
        if (a != null && a.getCellType() == CellType.STRING && key.equals(a.getStringCellValue())) {
          Cell c = row.getCell(col);
          return c == null
              ? ""
              : c.getCellType() == CellType.STRING ? c.getStringCellValue() : c.toString();
        }
      }
    }
    throw new AssertionError("no row " + key + " on " + sheet);
  }

  /** Every string cell of every sheet, as "Sheet!A1: text". */
  static List<String> texts(Path workbook) throws IOException {
    List<String> out = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
      for (Sheet sheet : book) {
        for (Row row : sheet) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.STRING) {
              out.add(
                  sheet.getSheetName()
                      + "!"
                      + c.getAddress().formatAsString()
                      + ": "
                      + c.getStringCellValue());
            }
          }
        }
      }
    }
    return out;
  }
}
