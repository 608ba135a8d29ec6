package io.strikeimpact.ingest.table.writers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.table.CellReference;
import io.strikeimpact.ingest.table.CsvDialect;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.ingest.table.UnreadableFileException;
import io.strikeimpact.ingest.table.WorkbookTableReader;
import io.strikeimpact.ingest.table.stream.CsvStreamReader;
import io.strikeimpact.ingest.table.stream.StreamRow;
import io.strikeimpact.ingest.table.stream.XlsStreamReader;
import io.strikeimpact.ingest.table.stream.XlsxStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same invented extract as saved by LibreOffice, Gnumeric, openpyxl, XlsxWriter, POI and an
 * Open XML SDK style file, and as csv in every common dialect (fixtures/writers/README.md): the
 * streaming readers give the cells POI's user model and Commons CSV give, and both give the
 * extract's values.
 */
public class WriterFixturesTest {
  /** The folder of fixtures written by other tools. */
  public static Path folder() throws URISyntaxException {
    return Path.of(WriterFixturesTest.class.getResource("/fixtures/writers/README.md").toURI())
        .getParent();
  }

  /** The name of every fixture in it, xlsx, xls and csv, sorted. */
  public static Stream<String> fixtures() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void the_streaming_reader_gives_the_cells_the_reference_reader_gives(String name)
      throws Exception {
    Path file = folder().resolve(name);
    List<String> streamed = streamed(file);
    List<String> reference = reference(file);
    assertEquals(String.join("\n", reference), String.join("\n", streamed), name);

    boolean csv = name.endsWith(".csv");
    assertEquals(13, reference.size(), name + ": a header and 12 rows");
    assertEquals(
        "1 A=Appointment Date|B=Site|C=Specialty Code|D=Specialty|E=Outcome",
        reference.getFirst(),
        name);
    assertEquals(
        csv
            ? "2 A=2023-03-13 09:30|B=RM1|C=110|D=Trauma & Orthopaedics|E=2"
            : "2 A=date 2023-03-13|B=RM1|C=110.0|D=Trauma & Orthopaedics|E=2.0",
        reference.get(1),
        name);
    assertTrue(reference.get(2).contains("|D=Dermatology|"), name + ": " + reference.get(2));
    assertTrue(
        reference.get(12).contains("|D=King\u2019s Lynn \"Rapid\" Clinic|"),
        name + ": " + reference.get(12));
  }

  static List<String> streamed(Path file) throws IOException, UnreadableFileException {
    List<String> rows = new ArrayList<>();
    String name = file.getFileName().toString();
    if (name.endsWith(".csv")) {
      CsvDialect dialect;
      try (InputStream in = Files.newInputStream(file)) {
        dialect = CsvDialect.of(in);
      }
      try (InputStream in = Files.newInputStream(file)) {
        new CsvStreamReader(dialect).read(in, row -> rows.add(describe(row)));
      }
    } else if (name.endsWith(".xls")) {
      try (InputStream in = Files.newInputStream(file)) {
        new XlsStreamReader().read(in, SheetChoice.FIRST, row -> rows.add(describe(row)));
      }
    } else {
      new XlsxStreamReader().read(file, SheetChoice.FIRST, row -> rows.add(describe(row)));
    }
    return rows;
  }

  static List<String> reference(Path file) throws IOException, UnreadableFileException {
    List<String> rows = new ArrayList<>();
    byte[] bytes = Files.readAllBytes(file);
    var reader =
        file.toString().endsWith(".csv")
            ? CsvDialect.of(bytes).reader()
            : new WorkbookTableReader();
    reader.read(
        new ByteArrayInputStream(bytes),
        SheetChoice.FIRST,
        row -> {
          if (!row.isBlank()) {
            rows.add(describe(row));
          }
        });
    return rows;
  }

  /** A row as "2 A=date 2023-03-13|B=RM1|C=110.0": a date, else a number, else the text. */
  static String describe(StreamRow row) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < row.width(); c++) {
      if (row.isBlank(c)) {
        continue;
      }
      String value =
          row.date(c).isPresent()
              ? "date " + row.date(c).get()
              : row.isNumber(c) ? String.valueOf(row.number(c)) : row.text(c);
      cells.add(CellReference.column(c) + "=" + value);
    }
    return row.number() + " " + String.join("|", cells);
  }

  static String describe(RawRow row) {
    List<String> cells = new ArrayList<>();
    for (RawCell cell : row.cells()) {
      String value =
          cell.date().isPresent()
              ? "date " + cell.date().get()
              : cell.number().isPresent()
                  ? String.valueOf(cell.number().getAsDouble())
                  : cell.text();
      cells.add(CellReference.column(cell.column()) + "=" + value);
    }
    return row.number() + " " + String.join("|", cells);
  }
}
