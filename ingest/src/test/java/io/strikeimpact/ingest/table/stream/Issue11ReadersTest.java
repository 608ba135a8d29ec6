package io.strikeimpact.ingest.table.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.table.CsvDialect;
import io.strikeimpact.ingest.table.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression tests for the reader items of issue 11, one per case the issue reports. */
class Issue11ReadersTest {
  @TempDir Path dir;

  static final String STRINGS =
      "<sst><si><t>Site</t></si><si><t xml:space=\"preserve\"> </t></si><si><t/></si></sst>";

  Path xlsx(String sheet, String strings, String rels) throws IOException {
    return xlsx(sheet.getBytes(StandardCharsets.UTF_8), strings, rels);
  }

  Path xlsx(byte[] sheet, String strings, String rels) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "xl/workbook.xml", StreamReadersFuzzTest.WORKBOOK.getBytes(StandardCharsets.UTF_8));
      put(zip, "xl/_rels/workbook.xml.rels", rels.getBytes(StandardCharsets.UTF_8));
      put(zip, "xl/worksheets/sheet1.xml", sheet);
      put(zip, "xl/sharedStrings.xml", strings.getBytes(StandardCharsets.UTF_8));
    }
    Path file = Files.createTempFile(dir, "book", ".xlsx");
    Files.write(file, bytes.toByteArray());
    return file;
  }

  static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }

  static List<String> rows(Path file) throws UnreadableFileException {
    List<String> rows = new ArrayList<>();
    new XlsxStreamReader()
        .read(file, io.strikeimpact.ingest.table.SheetChoice.FIRST, r -> rows.add(line(r)));
    return rows;
  }

  static String line(StreamRow r) {
    List<String> cells = new ArrayList<>();
    for (int c = 0; c < r.width(); c++) {
      cells.add(r.isBlank(c) ? "_" : r.text(c));
    }
    return r.number() + " " + String.join("|", cells);
  }

  static String sheet(String rows) {
    return "<worksheet><sheetData>" + rows + "</sheetData></worksheet>";
  }

  @Test
  void trailing_rows_of_blank_shared_strings_are_blank_rows() throws Exception {
    Path file =
        xlsx(
            sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>2</v></c></row>"
                    + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>_x000D_</t></is></c></row>"),
            STRINGS,
            StreamReadersFuzzTest.RELS);
    assertEquals(List.of("1 Site"), rows(file));
  }

  @Test
  void cdata_ending_in_a_bracket_and_long_character_references_read() throws Exception {
    Path file =
        xlsx(
            sheet(
                "<row r=\"1\"><c t=\"inlineStr\"><is><t><![CDATA[a]]]></t></is></c>"
                    + "<c t=\"inlineStr\"><is><t>&#0000000000065;&#x00000042;</t></is></c>"
                    + "<c t=\"inlineStr\"><is><t>Dermatology_x000D_\n</t></is></c></row>"),
            STRINGS,
            StreamReadersFuzzTest.RELS);
    assertEquals(List.of("1 a]|AB|Dermatology"), rows(file));
  }

  @Test
  void relationship_targets_resolve_from_the_workbook_folder() throws Exception {
    String row = sheet("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>");
    for (String target :
        List.of(
            "./worksheets/sheet1.xml",
            "/xl/worksheets/sheet1.xml",
            "../xl/worksheets/sheet1.xml")) {
      String rels =
          StreamReadersFuzzTest.RELS.replace(
              "Target=\"worksheets/sheet1.xml\"", "Target=\"" + target + "\"");
      assertEquals(List.of("1 Site"), rows(xlsx(row, STRINGS, rels)), target);
    }
  }

  @Test
  void a_sheet_part_in_utf16_reads() throws Exception {
    String xml =
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
            + sheet(
                "<row r=\"1\"><c t=\"inlineStr\"><is><t>King\u2019s Lynn \uD83D\uDE00</t></is></c></row>");
    for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path file = xlsx(xml.getBytes(charset), STRINGS, StreamReadersFuzzTest.RELS);
      assertEquals(List.of("1 King\u2019s Lynn \uD83D\uDE00"), rows(file), charset.name());
    }
  }

  static List<String> csv(byte[] bytes) throws Exception {
    CsvDialect dialect = CsvDialect.of(new ByteArrayInputStream(bytes));
    List<String> rows = new ArrayList<>();
    new CsvStreamReader(dialect).read(new ByteArrayInputStream(bytes), r -> rows.add(line(r)));
    return rows;
  }

  @Test
  void text_after_a_closing_quote_is_an_error_never_joined() {
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class,
            () -> csv("Site,Name\na,\"b\"c,d\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "a file that cannot be read as csv (text after the closing quote of field 2 in record 2,"
            + " where a comma or the end of the line should be)",
        e.found());
  }

  @Test
  void semicolons_tabs_windows_1252_and_a_trailing_newline_in_a_quoted_cell() throws Exception {
    assertEquals(
        List.of("1 Site|Specialty", "2 RM1|General Surgery"),
        csv("Site;Specialty\r\nRM1;\"General Surgery\n\"\r\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        List.of("1 Site|Specialty|Count", "2 RM1|_|3"),
        csv("Site\tSpecialty\tCount\nRM1\t\t3\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        List.of("1 Site,Name", "2 RM1,King\u2019s Lynn").toString(),
        csv("Site,Name\nRM1,King\u2019s Lynn\n".getBytes(CsvDialect.WINDOWS_1252))
            .toString()
            .replace('|', ','));
  }

  /** Failure injection: a sheet cut anywhere is refused, never read in part without an error. */
  @Test
  void a_sheet_cut_at_any_random_offset_is_refused() throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int r = 1; r <= 40; r++) {
      rows.append("<row r=\"")
          .append(r)
          .append("\"><c t=\"s\"><v>0</v></c><c><v>")
          .append(r)
          .append("</v></c></row>");
    }
    byte[] whole = sheet(rows.toString()).getBytes(StandardCharsets.UTF_8);
    assertEquals(40, rows(xlsx(whole, STRINGS, StreamReadersFuzzTest.RELS)).size());
    Random random = new Random(11);
    for (int i = 0; i < 40; i++) {
      int cut = random.nextInt(whole.length - "</sheetData>".length());
      Path file = xlsx(Arrays.copyOf(whole, cut), STRINGS, StreamReadersFuzzTest.RELS);
      assertThrows(UnreadableFileException.class, () -> rows(file), "cut at " + cut);
    }
    byte[] zip = Files.readAllBytes(xlsx(whole, STRINGS, StreamReadersFuzzTest.RELS));
    for (int i = 0; i < 20; i++) {
      int cut = 1 + random.nextInt(zip.length - 1);
      Path file = Files.write(dir.resolve("cut" + i + ".xlsx"), Arrays.copyOf(zip, cut));
      assertThrows(UnreadableFileException.class, () -> rows(file), "zip cut at " + cut);
    }
  }

  /** Failure injection: bad bytes at a random row (a stray quote, invalid UTF-8) are refused. */
  @Test
  void bad_bytes_at_a_random_row_are_refused() throws Exception {
    Random random = new Random(11);
    for (int i = 0; i < 30; i++) {
      StringBuilder s = new StringBuilder("Site,Specialty\n");
      int bad = 2 + random.nextInt(50);
      for (int r = 2; r <= 51; r++) {
        s.append(r == bad ? "RM1,\"Der\"x\n" : "RM1,Dermatology\n");
      }
      byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
      UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> csv(bytes));
      assertTrue(e.found().contains("in record " + bad), e.found());
      // In a file read as UTF-8, invalid UTF-8 in a field read is refused too.
      byte[] utf8 = "Site\nRM1\n".getBytes(StandardCharsets.UTF_8);
      byte[] broken = Arrays.copyOf(utf8, utf8.length + 2);
      broken[utf8.length] = (byte) 0xC3;
      broken[utf8.length + 1] = '\n';
      assertThrows(
          UnreadableFileException.class,
          () -> new CsvStreamReader().read(new ByteArrayInputStream(broken), r -> r.text(0)));
    }
  }
}
