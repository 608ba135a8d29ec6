package io.strikeimpact.ingest.table.writers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.table.CommonsCsvOracle;
import io.strikeimpact.ingest.table.CsvDialect;
import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.ingest.table.UnreadableFileException;
import io.strikeimpact.ingest.table.WorkbookTableReader;
import io.strikeimpact.ingest.table.stream.CsvStreamReader;
import io.strikeimpact.ingest.table.stream.XlsxStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random tables written by POI and by Commons CSV, read by the streaming readers and by POI's user
 * model and Commons CSV: every cell equal, and a file one refuses the other refuses too. Seeded, so
 * a failure names its seed and repeats; the default run tries {@value #DEFAULT_TABLES} tables of
 * each kind, {@code -Dreaders.tables=N} more.
 */
class RandomTablesDifferentialTest {
  static final int DEFAULT_TABLES = 40;
  static final int TABLES = Integer.getInteger("readers.tables", DEFAULT_TABLES);

  /** Pieces that break naive readers: quotes, separators, line breaks, XML specials, escapes. */
  static final String[] PIECES = {
    "a",
    "General Surgery",
    "\"",
    "\"\"",
    ",",
    ";",
    "\t",
    "\n",
    "\r\n",
    "\r",
    " ",
    "  ",
    "<",
    ">",
    "&",
    "&amp;",
    "]]>",
    "<![CDATA[x]]>",
    "_x000D_",
    "_x0041_",
    "_x005F_x000D_",
    "_xZZZZ_",
    "é",
    "£",
    "\u2019",
    "日本",
    "\uD83D\uDE00",
    "0",
    "110",
    "-1.5",
    "1e3",
    "=SUM(A1)",
    "'",
    "\u00A0",
    "\u2003"
  };

  @TempDir Path dir;

  @Test
  void every_cell_of_a_random_workbook_reads_the_same_streamed_and_with_poi() throws Exception {
    int nonBlank = 0;
    for (int seed = 1; seed <= TABLES; seed++) {
      Random random = new Random(seed);
      boolean streaming = random.nextInt(3) == 0;
      Path file = dir.resolve("t" + seed + ".xlsx");
      Object[][] table = table(random);
      writeWorkbook(table, streaming ? new SXSSFWorkbook(5) : new XSSFWorkbook(), file);
      List<String> reference = WriterFixturesTest.reference(file);
      List<String> streamed = new ArrayList<>();
      new XlsxStreamReader()
          .read(file, SheetChoice.FIRST, row -> streamed.add(WriterFixturesTest.describe(row)));
      assertEquals(
          String.join("\n", reference),
          String.join("\n", streamed),
          "seed " + seed + (streaming ? " (SXSSF)" : " (XSSF)"));
      nonBlank += reference.size();
    }
    assertTrue(nonBlank > TABLES * 5, "the tables had rows to compare: " + nonBlank);
  }

  @Test
  void every_field_of_a_random_csv_reads_the_same_streamed_as_a_table_and_with_commons_csv()
      throws Exception {
    int nonBlank = 0;
    int refused = 0;
    for (int seed = 1; seed <= TABLES; seed++) {
      Random random = new Random(seed);
      char delimiter = ",;\t".charAt(random.nextInt(3));
      Charset charset = random.nextInt(4) == 0 ? CsvDialect.WINDOWS_1252 : StandardCharsets.UTF_8;
      byte[] bytes = writeCsv(table(random), random, delimiter, charset);
      CsvDialect dialect = CsvDialect.of(new ByteArrayInputStream(bytes));
      assertEquals(CsvDialect.of(bytes), dialect, "seed " + seed + ": one rule for both paths");
      Read reference = Read.of(new CommonsCsvOracle(dialect.charset(), dialect.delimiter()), bytes);
      List<String> streamed = new ArrayList<>();
      String streamError = null;
      try {
        new CsvStreamReader(dialect)
            .read(
                new ByteArrayInputStream(bytes),
                row -> streamed.add(WriterFixturesTest.describe(row)));
      } catch (UnreadableFileException e) {
        streamError = e.found();
      }
      // The tables' reader (reference files, summary returns) is the stream reader made rows.
      Read tabled = Read.of(dialect.reader(), bytes);
      String what = "seed " + seed + " separator '" + delimiter + "' " + charset;
      assertEquals(
          reference.error() == null,
          streamError == null,
          what + ": " + reference.error() + " / " + streamError);
      assertEquals(
          streamError, tabled.error(), what + ": the table reader refuses as the stream does");
      if (reference.error() != null) {
        refused++;
        continue;
      }
      assertEquals(String.join("\n", reference.rows()), String.join("\n", streamed), what);
      assertEquals(
          String.join("\n", reference.rows()),
          String.join("\n", tabled.rows()),
          what + " (tables)");
      nonBlank += reference.rows().size();
    }
    assertTrue(nonBlank > TABLES * 5, "the tables had rows to compare: " + nonBlank);
    assertTrue(refused < TABLES / 4, "most tables were read, not refused: " + refused);
  }

  /** The non-blank rows a table reader gave, described, or the refusal it gave instead. */
  private record Read(List<String> rows, String error) {
    static Read of(io.strikeimpact.ingest.table.TableReader reader, byte[] bytes) {
      List<String> rows = new ArrayList<>();
      try {
        reader.read(
            new ByteArrayInputStream(bytes),
            SheetChoice.FIRST,
            row -> {
              if (!row.isBlank()) {
                rows.add(WriterFixturesTest.describe(row));
              }
            });
        return new Read(rows, null);
      } catch (UnreadableFileException e) {
        return new Read(rows, e.found());
      }
    }
  }

  /** Up to 30 rows of up to 8 cells: text, whole and decimal numbers, date-times, blanks. */
  static Object[][] table(Random random) {
    Object[][] rows = new Object[1 + random.nextInt(30)][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = new Object[random.nextInt(9)];
      for (int c = 0; c < rows[r].length; c++) {
        rows[r][c] =
            switch (random.nextInt(6)) {
              case 0 -> null;
              case 1 -> random.nextInt(1000) - 100;
              case 2 -> Math.round(random.nextDouble() * 1e6) / 100.0;
              case 3 ->
                  LocalDateTime.of(2023, 1, 1, 0, 0).plusMinutes(random.nextInt(60 * 24 * 700));
              default -> text(random);
            };
      }
    }
    return rows;
  }

  static String text(Random random) {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  static void writeWorkbook(Object[][] table, Workbook wb, Path file) throws IOException {
    try (wb;
        var out = Files.newOutputStream(file)) {
      CellStyle dateTime = wb.createCellStyle();
      dateTime.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
      var sheet = wb.createSheet("Random");
      for (int r = 0; r < table.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < table[r].length; c++) {
          Object v = table[r][c];
          if (v == null) {
            continue;
          }
          var cell = row.createCell(c);
          switch (v) {
            case Integer i -> cell.setCellValue(i);
            case Double d -> cell.setCellValue(d);
            case LocalDateTime t -> {
              cell.setCellValue(t);
              cell.setCellStyle(dateTime);
            }
            default -> cell.setCellValue((String) v);
          }
        }
      }
      wb.write(out);
    }
  }

  static byte[] writeCsv(Object[][] table, Random random, char delimiter, Charset charset)
      throws IOException {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setQuoteMode(random.nextBoolean() ? QuoteMode.ALL : QuoteMode.MINIMAL)
            .setRecordSeparator(List.of("\r\n", "\n", "\r").get(random.nextInt(3)))
            .get();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (charset.equals(StandardCharsets.UTF_8) && random.nextInt(4) == 0) {
      bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, charset), format)) {
      for (Object[] row : table) {
        List<String> fields = new ArrayList<>();
        for (Object v : row) {
          fields.add(v == null ? "" : v.toString());
        }
        printer.printRecord(fields);
      }
    }
    return bytes.toByteArray();
  }

  /** What the tests above would not notice: a table written and read back by POI keeps it. */
  @Test
  void a_random_table_survives_the_writer_so_the_comparison_is_of_something()
      throws IOException, UnreadableFileException {
    Path file = dir.resolve("known.xlsx");
    writeWorkbook(
        new Object[][] {{"Dermatology_x000D_\n", 110, LocalDateTime.of(2023, 3, 13, 9, 30)}},
        new XSSFWorkbook(),
        file);
    assertEquals(
        List.of("1 A=Dermatology|B=110.0|C=date 2023-03-13"), WriterFixturesTest.reference(file));
    List<String> rows = new ArrayList<>();
    new WorkbookTableReader()
        .read(Files.newInputStream(file), SheetChoice.FIRST, r -> rows.add(r.text(0)));
    assertEquals(List.of("Dermatology"), rows);
  }
}
