package io.strikeimpact.ingest.table.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.ingest.table.UnreadableFileException;
import io.strikeimpact.ingest.table.WorkbookTableReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sheet reader's two ways of finding a cell's tags, {@link PlainCell} in place and the general
 * path tag by tag, read the same on random sheets written by hand in every shape the general path
 * knows: attributes in any order, quoted either way, with blanks around '=', extra attributes,
 * namespace prefixes, entities and CDATA, formulas with cached values, inline and rich strings with
 * phonetic runs, {@code _xHHHH_} escapes, empty cells, missing references, values longer than the
 * matcher reads, 1904 dates, sheets longer than the scanner's buffer; and on the same sheets broken
 * at random, where both must stop at the same row with the same message. POI's user model is the
 * second, independent oracle on the sheets it can read. Every StreamRow method is compared, and the
 * bounds the patient screen relies on ({@link StreamRow#maxLength}, {@link StreamRow#isPlainWord})
 * are checked against the text itself. Seeded: a failure names its seed.
 */
class XlsxCellShapesDifferentialTest {
  static final int SHEETS = Integer.getInteger("readers.tables", 100);

  @TempDir Path dir;

  @Test
  void random_sheets_read_the_same_by_both_paths_and_as_poi_reads_them() throws Exception {
    int rows = 0;
    int poiCompared = 0;
    int matched = 0;
    for (int seed = 1; seed <= SHEETS; seed++) {
      Sheet sheet = new Sheet(new Random(seed));
      Path file = sheet.write(dir.resolve("s" + seed + ".xlsx"), sheet.xml());
      Read plain = Read.of(file, true);
      Read general = Read.of(file, false);
      assertEquals(general.error(), plain.error(), "seed " + seed);
      assertEquals(
          String.join("\n", general.rows()), String.join("\n", plain.rows()), "seed " + seed);
      assertEquals(null, plain.error(), "seed " + seed + ": a valid sheet reads");
      rows += plain.rows().size();
      matched += sheet.plainCells;
      if (sheet.poiSafe) {
        assertEquals(
            String.join("\n", poi(file, seed)),
            String.join("\n", plain.described()),
            "seed " + seed + " against POI");
        poiCompared++;
      }
    }
    assertTrue(rows > SHEETS * 10, "the sheets had rows: " + rows);
    assertTrue(matched > rows, "most cells were in the plain shape: " + matched);
    assertTrue(poiCompared > SHEETS / 3, "POI read many of them: " + poiCompared);
  }

  @Test
  void random_sheets_broken_at_random_fail_alike_by_both_paths() throws Exception {
    int refused = 0;
    for (int seed = 1; seed <= SHEETS * 2 / 3; seed++) {
      Random random = new Random(-seed);
      Sheet sheet = new Sheet(random);
      byte[] xml = sheet.xml().getBytes(StandardCharsets.UTF_8);
      byte[] broken = break_(xml, random);
      Path file = sheet.write(dir.resolve("b" + seed + ".xlsx"), broken);
      Read plain = Read.of(file, true);
      Read general = Read.of(file, false);
      assertEquals(general.error(), plain.error(), "seed " + seed);
      assertEquals(
          String.join("\n", general.rows()), String.join("\n", plain.rows()), "seed " + seed);
      refused += plain.error() == null ? 0 : 1;
    }
    assertTrue(refused > SHEETS / 6, "many broken sheets were refused: " + refused);
  }

  /** Truncates, or overwrites or deletes a few bytes where the matcher looks. */
  static byte[] break_(byte[] xml, Random random) {
    int at = xml.length / 3 + random.nextInt(xml.length - xml.length / 3);
    switch (random.nextInt(3)) {
      case 0 -> {
        return java.util.Arrays.copyOf(xml, at);
      }
      case 1 -> {
        byte[] b = xml.clone();
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
          int i = Math.min(b.length - 1, at + random.nextInt(40));
          b[i] = (byte) "<>\"'=/&x; cvrst1A\u00e9".charAt(random.nextInt(18));
        }
        return b;
      }
      default -> {
        int n = 1 + random.nextInt(12);
        int to = Math.min(xml.length, at + n);
        byte[] b = new byte[xml.length - (to - at)];
        System.arraycopy(xml, 0, b, 0, at);
        System.arraycopy(xml, to, b, at, xml.length - to);
        return b;
      }
    }
  }

  /** What one path read: each row described with every StreamRow method, and any refusal. */
  record Read(List<String> rows, List<String> described, String error) {
    static Read of(Path file, boolean plainCells) {
      return of(file, plainCells, 1);
    }

    static Read of(Path file, boolean plainCells, int sheet) {
      List<String> rows = new ArrayList<>();
      List<String> described = new ArrayList<>();
      try {
        new XlsxStreamReader(plainCells)
            .read(
                file,
                new SheetChoice(Integer.toString(sheet)),
                row -> {
                  rows.add(everything(row));
                  described.add(describe(row.toRawRow()));
                });
        return new Read(rows, described, null);
      } catch (UnreadableFileException e) {
        return new Read(rows, described, e.getMessage());
      }
    }
  }

  static String everything(StreamRow row) {
    StringBuilder s = new StringBuilder(row.sheet() + " " + row.number() + " w" + row.width());
    for (int c = 0; c < row.width() + 2; c++) {
      if (row.isBlank(c)) {
        s.append(" |");
        continue;
      }
      String text = row.text(c);
      assertTrue(row.maxLength(c) >= text.length(), "maxLength bounds the text of " + text);
      if (row.isNumber(c) && text.matches("-?[0-9]{1,15}")) {
        // A whole number's text is its digits (made once per column while they repeat).
        // (-0 reads as 0.0 by both paths, as it did before them: a delta of 0 allows that.)
        assertEquals(Double.parseDouble(text), row.number(c), 0.0, "the text of a number: " + text);
      }
      if (row.isPlainWord(c)) {
        assertTrue(isPlainWord(text), "a plain word: " + text);
      }
      s.append(" | ")
          .append(text)
          .append(" n=")
          .append(row.isNumber(c))
          .append(Double.doubleToLongBits(row.number(c)))
          .append(" d=")
          .append(row.date(c))
          .append(" w=")
          .append(row.isPlainWord(c));
    }
    return s.toString();
  }

  /** StreamRow#isPlainWord's promise, on the text. */
  static boolean isPlainWord(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    return isAsciiLetter(first) && last < 0x80 && !isAsciiLetter(last) && text.indexOf('@') < 0;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** A row as "2 A=date 2023-03-13|B=RM1|C=110.0": a date, else a number, else the text. */
  static String describe(RawRow row) {
    List<String> cells = new ArrayList<>();
    for (RawCell cell : row.cells()) {
      if (cell.isUncalculated()) {
        // A formula never calculated: the summary reader's marker, no value to the stream reader.
        continue;
      }
      String value =
          cell.date().isPresent()
              ? "date " + cell.date().get()
              : cell.number().isPresent()
                  ? String.valueOf(cell.number().getAsDouble())
                  : cell.text();
      cells.add(cell.column() + "=" + value);
    }
    return row.number() + " " + String.join("|", cells);
  }

  static List<String> poi(Path file, int seed) throws IOException {
    List<String> rows = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      new WorkbookTableReader()
          .read(
              in,
              SheetChoice.FIRST,
              row -> {
                if (row.cells().stream().anyMatch(c -> !c.isUncalculated())) {
                  rows.add(describe(row));
                }
              });
    } catch (UnreadableFileException e) {
      throw new AssertionError("seed " + seed + ": POI's user model refused the sheet", e);
    }
    return rows;
  }

  /** A random workbook: its shared strings, styles, date system and one sheet's XML. */
  static final class Sheet {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String[] PIECES = {
      "a",
      "APT00000001",
      "RM1",
      "General Surgery",
      " ",
      "&amp;",
      "&lt;",
      "&gt;",
      "&quot;",
      "&#233;",
      "&#x41;",
      "&#0065;",
      "_x000D_",
      "_x0041_",
      "_x0040_",
      "_x005F_x000D_",
      "_xZZZZ_",
      "@",
      "\u00e9",
      "\u65e5\u672c",
      "\uD83D\uDE00",
      "110",
      "-1.5",
      "\n",
      "\t",
      "]]",
      "x".repeat(300)
    };

    final Random random;
    final boolean date1904;
    final boolean missingRs;

    /** Whether str cells may come without their formula (POI's user model cannot read those). */
    final boolean bareStrings;

    final List<String> strings = new ArrayList<>();

    /** Whether POI's user model can read the sheet as the stream reader does. */
    boolean poiSafe = true;

    /** How many cells were written in the shape PlainCell reads. */
    int plainCells;

    Sheet(Random random) {
      this.random = random;
      date1904 = random.nextInt(4) == 0;
      missingRs = random.nextInt(3) == 0;
      bareStrings = random.nextInt(3) == 0;
      int n = 1 + random.nextInt(40);
      for (int i = 0; i < n; i++) {
        strings.add(text(false));
      }
    }

    String text(boolean cdataAllowed) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        s.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (cdataAllowed && random.nextInt(8) == 0) {
        s.append("<![CDATA[a<b&c]]>");
      }
      return s.toString();
    }

    String sharedStrings() {
      StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
      s.append("<sst xmlns=\"" + MAIN + "\" xmlns:x=\"" + MAIN + "\"");
      s.append(" uniqueCount=\"" + strings.size() + "\">");
      for (String t : strings) {
        if (random.nextInt(5) == 0) {
          s.append(random.nextBoolean() ? "\n" : "\r\n  ");
        }
        switch (random.nextInt(9)) {
          case 0 ->
              s.append("<si><r><rPr><b/></rPr><t>")
                  .append(t)
                  .append("</t></r><r><t>b</t></r></si>");
          case 1 ->
              s.append("<si><t xml:space=\"preserve\">")
                  .append(t)
                  .append("</t><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si>");
          case 2 -> s.append("<x:si><x:t>").append(t).append("</x:t></x:si>");
          case 3 -> s.append("<si><t>").append(t).append("<![CDATA[<c&d]]></t></si>");
          case 4 -> s.append("<si><t>").append(t).append("</t>\n</si>");
          case 5 -> s.append("<si><t>").append(t).append("y".repeat(600)).append("</t></si>");
          case 6 -> s.append(t.isEmpty() ? "<si><t/></si>" : "<si><t>" + t + "</t></si>");
          case 7 -> s.append("<si><t>").append(t).append("</t></si>");
          default -> s.append("<si><t xml:space=\"preserve\">").append(t).append("</t></si>");
        }
      }
      return s.append("</sst>").toString();
    }

    String xml() {
      StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      s.append("<worksheet xmlns=\"" + MAIN + "\" xmlns:x=\"" + MAIN + "\"><sheetData>");
      boolean large = random.nextInt(5) == 0;
      int rows = large ? 800 + random.nextInt(800) : 1 + random.nextInt(40);
      int number = 0;
      for (int r = 0; r < rows; r++) {
        String prefix = random.nextInt(12) == 0 ? "x:" : "";
        if (random.nextInt(10) == 0) {
          number++; // a row without r is the one after the last
          s.append("<").append(prefix).append("row");
        } else {
          number += 1 + (random.nextInt(5) == 0 ? random.nextInt(3) : 0);
          s.append("<").append(prefix).append("row r=\"").append(number).append("\"");
        }
        // The shapes writers give a row's tag: spans, heights, odd quoting and blanks.
        switch (random.nextInt(8)) {
          case 0 -> s.append(" spans=\"1:").append(1 + random.nextInt(9)).append("\"");
          case 1 -> s.append(" spans=\"1:7\" ht=\"15\" customHeight=\"1\"");
          case 2 -> s.append(" spans='2:3'");
          case 3 -> s.append("\n  ");
          default -> {}
        }
        boolean emptyRow = random.nextInt(15) == 0;
        if (emptyRow) {
          s.append(random.nextBoolean() ? "/>" : "></" + prefix + "row>");
          continue;
        }
        s.append('>');
        int column = -1;
        int cells = random.nextInt(9);
        for (int c = 0; c < cells; c++) {
          boolean withR = !missingRs || random.nextInt(8) != 0;
          // A cell without r is the one after the last.
          column += 1 + (withR && random.nextInt(4) == 0 ? random.nextInt(30) : 0);
          cell(s, column, number, withR);
        }
        s.append("</").append(prefix).append(random.nextInt(20) == 0 ? "row >" : "row>");
        if (random.nextInt(6) == 0) {
          s.append('\n');
        }
      }
      return s.append("</sheetData></worksheet>").toString();
    }

    void cell(StringBuilder s, int column, int row, boolean withR) {
      String ref = columnName(column) + row;
      List<String> attrs = new ArrayList<>();
      String value;
      String body;
      boolean plain = true;
      int kind = random.nextInt(9);
      String type = null;
      String style = null;
      switch (kind) {
        case 0, 1 -> {
          type = "s";
          value = Integer.toString(random.nextInt(strings.size()));
          body = "<v>" + value + "</v>";
        }
        case 2, 3 -> {
          value =
              switch (random.nextInt(7)) {
                case 6 -> "&#52;4" + random.nextInt(1000); // a character reference: 44...
                case 0 -> Integer.toString(44_000 + random.nextInt(2000));
                case 1 -> (44_000 + random.nextInt(2000)) + "." + random.nextInt(1000);
                case 2 -> "-" + (1 + random.nextInt(100)); // "-0": POI -0.0, the reader 0.0
                case 3 -> "1.5E" + random.nextInt(5);
                case 4 -> Long.toString(4_000_000_000L + random.nextInt(1_000_000));
                default -> Integer.toString(random.nextInt(1000));
              };
          style = Integer.toString(random.nextInt(4));
          if (random.nextBoolean()) {
            type = "n";
          }
          body = "<v>" + value + "</v>";
        }
        case 4 -> {
          type = "b";
          body = "<v>" + random.nextInt(2) + "</v>";
        }
        case 5 -> {
          // A formula's cached text, with or without the formula: entities, CDATA, escapes.
          type = "str";
          boolean formula = !bareStrings || random.nextBoolean();
          // A formula's result is never empty here: one stored empty is a formula never
          // calculated, which the summary reader calculates and this reader does not.
          body = (formula ? "<f>A1&amp;\"x\"</f><v>r" : "<v>") + text(true) + "</v>";
          plain = !formula;
          // POI's user model reads a str cell without a formula as a string cell it cannot read.
          poiSafe = poiSafe && formula;
        }
        case 6 -> {
          type = "inlineStr";
          body =
              random.nextBoolean()
                  ? "<is><t>" + text(true) + "</t></is>"
                  : "<is><r><t>" + text(false) + "</t></r><r><t>z</t></r><rPh><t>ph</t></rPh></is>";
          plain = false;
        }
        case 7 -> {
          type = "e";
          body = "<v>#N/A</v>";
        }
        default -> {
          style = Integer.toString(random.nextInt(4));
          body = null;
        }
      }
      if (withR) {
        attrs.add("r=\"" + ref + "\"");
      }
      if (style != null) {
        attrs.add("s=\"" + style + "\"");
      }
      if (type != null) {
        attrs.add("t=\"" + type + "\"");
      }
      java.util.Collections.shuffle(attrs, random);
      String prefix = "";
      String blank = " ";
      switch (random.nextInt(12)) {
        case 0 -> {
          prefix = "x:";
          plain = false;
        }
        case 1 -> {
          attrs.replaceAll(a -> a.replace('"', '\''));
          plain = attrs.isEmpty() && plain;
        }
        case 2 -> {
          attrs.replaceAll(a -> a.replace("=", " = "));
          plain = attrs.isEmpty() && plain;
        }
        case 3 -> {
          attrs.add("ph=\"1\"");
          plain = false;
        }
        case 4 -> blank = "\n  ";
        case 5 -> {
          if (withR && column == 0) {
            attrs.replaceAll(a -> a.startsWith("r=") ? "r=\"&#65;" + a.substring(4) : a);
            plain = false;
          }
        }
        case 6 -> {
          if (body != null && body.startsWith("<v>") && !body.contains("&")) {
            body = "<v><![CDATA[" + body.substring(3, body.length() - 4) + "]]></v>";
            plain = false;
          }
        }
        case 7 -> {
          if (body != null) {
            body = "\n  " + body + "\n";
          }
        }
        default -> {}
      }
      if (!withR) {
        poiSafe = false; // POI numbers a cell without r its own way; the paths are still compared
      }
      if (prefix.isEmpty() && body != null && !body.isEmpty() && body.contains("<v>")) {
        String v = body.substring(body.indexOf("<v>"));
        if (v.contains("&") || v.length() > PlainCell.LONGEST - 40) {
          plain = false;
        }
      }
      s.append('<').append(prefix).append('c');
      for (String a : attrs) {
        s.append(blank).append(a);
      }
      if (body == null) {
        s.append("/>");
      } else {
        s.append('>')
            .append(
                prefix.isEmpty() ? body : body.replace("<v>", "<x:v>").replace("</v>", "</x:v>"))
            .append("</")
            .append(prefix)
            .append("c>");
      }
      if (plain) {
        plainCells++;
      }
    }

    static String columnName(int column) {
      StringBuilder s = new StringBuilder();
      for (int c = column + 1; c > 0; c = (c - 1) / 26) {
        s.insert(0, (char) ('A' + (c - 1) % 26));
      }
      return s.toString();
    }

    Path write(Path file, String sheet) throws IOException {
      return write(file, sheet.getBytes(StandardCharsets.UTF_8));
    }

    Path write(Path file, byte[] sheet) throws IOException {
      Map<String, byte[]> parts = new LinkedHashMap<>();
      parts.put(
          "[Content_Types].xml",
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
                  + " Extension=\"rels\""
                  + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
                  + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
                  + " PartName=\"/xl/workbook.xml\""
                  + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override"
                  + " PartName=\"/xl/worksheets/sheet1.xml\""
                  + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override"
                  + " PartName=\"/xl/styles.xml\""
                  + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override"
                  + " PartName=\"/xl/sharedStrings.xml\""
                  + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>")
              .getBytes(StandardCharsets.UTF_8));
      parts.put(
          "_rels/.rels",
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                  + " Id=\"rId1\""
                  + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                  + " Target=\"xl/workbook.xml\"/></Relationships>")
              .getBytes(StandardCharsets.UTF_8));
      parts.put(
          "xl/workbook.xml",
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
                  + MAIN
                  + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                  + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
                  + "<sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
              .getBytes(StandardCharsets.UTF_8));
      parts.put(
          "xl/_rels/workbook.xml.rels",
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                  + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                  + "<Relationship Id=\"rId1\""
                  + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                  + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\""
                  + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
                  + " Target=\"styles.xml\"/><Relationship Id=\"rId3\""
                  + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\""
                  + " Target=\"sharedStrings.xml\"/></Relationships>")
              .getBytes(StandardCharsets.UTF_8));
      parts.put(
          "xl/styles.xml",
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
                  + MAIN
                  + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy"
                  + " hh:mm\"/></numFmts><fonts count=\"1\"><font/></fonts><fills"
                  + " count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                  + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs><cellXfs"
                  + " count=\"4\"><xf numFmtId=\"0\" xfId=\"0\"/><xf numFmtId=\"14\" xfId=\"0\""
                  + " applyNumberFormat=\"1\"/><xf numFmtId=\"164\" xfId=\"0\""
                  + " applyNumberFormat=\"1\"/><xf numFmtId=\"49\" xfId=\"0\""
                  + " applyNumberFormat=\"1\"/></cellXfs></styleSheet>")
              .getBytes(StandardCharsets.UTF_8));
      parts.put("xl/sharedStrings.xml", sharedStrings().getBytes(StandardCharsets.UTF_8));
      parts.put("xl/worksheets/sheet1.xml", sheet);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        for (Map.Entry<String, byte[]> e : parts.entrySet()) {
          zip.putNextEntry(new ZipEntry(e.getKey()));
          zip.write(e.getValue());
          zip.closeEntry();
        }
      }
      Files.write(file, bytes.toByteArray());
      return file;
    }
  }

  /** Every xlsx fixture in the repository reads the same by both paths. */
  @Test
  void every_xlsx_fixture_reads_the_same_by_both_paths() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> fixtures;
    try (Stream<Path> files = Files.walk(root)) {
      fixtures =
          files
              .filter(p -> p.toString().endsWith(".xlsx"))
              .filter(p -> p.toString().contains("src" + java.io.File.separator + "test"))
              .sorted()
              .toList();
    }
    assertTrue(fixtures.size() >= 10, "found the fixtures: " + fixtures.size());
    for (Path fixture : fixtures) {
      for (int position = 1; position <= 3; position++) {
        Read plain = Read.of(fixture, true, position);
        Read general = Read.of(fixture, false, position);
        assertEquals(general.error(), plain.error(), fixture + " sheet " + position);
        assertEquals(
            String.join("\n", general.rows()),
            String.join("\n", plain.rows()),
            fixture + " sheet " + position);
      }
    }
  }
}
