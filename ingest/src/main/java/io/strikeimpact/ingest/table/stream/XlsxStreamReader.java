package io.strikeimpact.ingest.table.stream;

import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.ingest.table.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads one sheet of an xlsx file as a stream of rows, never holding the sheet in memory: the zip
 * is opened by its central directory (so the shared-strings table can be read before the sheet
 * whatever their order in the file), and the sheet's XML is scanned byte by byte as it inflates.
 *
 * <p>The one style lookup is whether a cell's style is a date format, decided once per style, so a
 * number in a date or date-time style reads as a date, in the workbook's 1900 or 1904 date system.
 * Shared strings are resolved by index, inline strings and formulas' cached values are read as
 * written ({@code _xHHHH_} escapes decoded as POI decodes them), numbers are parsed directly. Part
 * names are found from the package's relationships, as the Open Packaging Conventions say. Memory
 * is the shared-strings table (about a byte a character) plus one row.
 */
public final class XlsxStreamReader {
  private static final String RESAVE =
      "open the file in Excel, check it shows the figures, save it again as .xlsx and send that";

  private static final byte[] SHEET = "sheet".getBytes();
  private static final byte[] NAME = "name".getBytes();
  private static final byte[] ID = "id".getBytes();
  private static final byte[] RELATIONSHIP = "Relationship".getBytes();
  private static final byte[] TARGET = "Target".getBytes();
  private static final byte[] TYPE = "Type".getBytes();
  private static final byte[] SHEET_DATA = "sheetData".getBytes();
  private static final byte[] ROW = "row".getBytes();
  private static final byte[] C = "c".getBytes();
  private static final byte[] R = "r".getBytes();
  private static final byte[] T = "t".getBytes();
  private static final byte[] V = "v".getBytes();
  private static final byte[] F = "f".getBytes();
  private static final byte[] IS = "is".getBytes();
  private static final byte[] RPH = "rPh".getBytes();
  private static final byte[] S = "s".getBytes();
  private static final byte[] WORKBOOK_PR = "workbookPr".getBytes();
  private static final byte[] DATE_1904 = "date1904".getBytes();
  private static final String DEFAULT_WORKBOOK = "xl/workbook.xml";

  /**
   * Reads the chosen sheet's rows in order; blank rows are not passed on.
   *
   * @throws UnreadableFileException when the file is not an xlsx workbook, is broken, or lacks the
   *     sheet
   */
  public void read(Path file, SheetChoice choice, StreamRowHandler rows)
      throws UnreadableFileException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      read(new ZipFileParts(zip), choice, rows, null);
    } catch (UnreadableFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new UnreadableFileException(
          "a file that is not a readable Excel workbook (" + what + ")",
          "an .xlsx workbook",
          RESAVE,
          e);
    }
  }

  /**
   * Reads the chosen sheet of a package. With {@code shapes}, every row is passed on, blank ones
   * too, and each cell's written type is kept, for {@link XlsxAsUserModel}; without, blank rows are
   * skipped.
   */
  static void read(
      PackageParts parts, SheetChoice choice, StreamRowHandler rows, UserModelShapes shapes)
      throws IOException, UnreadableFileException {
    String workbookPart = workbookPart(parts);
    Map<String, String> relations = relations(parts, workbookPart);
    Workbook workbook = workbook(parts, workbookPart, relations);
    Map.Entry<String, String> sheet = pick(workbook.sheets(), choice);
    SharedStrings strings = SharedStrings.NONE;
    String folder = PartNames.folder(workbookPart);
    String sst = relations.getOrDefault("#sharedStrings", folder + "/sharedStrings.xml");
    if (parts.has(sst)) {
      try (InputStream in = parts.openLarge(sst)) {
        strings = SharedStrings.read(in);
      }
    }
    Styles styles = Styles.NONE;
    String stylesPart = relations.getOrDefault("#styles", folder + "/styles.xml");
    if (parts.has(stylesPart)) {
      try (InputStream in = parts.open(stylesPart)) {
        styles = Styles.read(in);
      }
    }
    if (!parts.has(sheet.getValue())) {
      throw new MalformedFileException(
          "no part " + sheet.getValue() + " for sheet '" + sheet.getKey() + "'");
    }
    if (shapes != null) {
      shapes.workbook(strings, styles, workbook.date1904());
    }
    try (InputStream in = parts.openLarge(sheet.getValue())) {
      Row row = new Row(sheet.getKey(), strings, styles, workbook.date1904());
      row.shapes = shapes;
      readSheet(new XmlScanner(in), row, rows);
    }
  }

  /** The workbook part, as the package's relationships name it; xl/workbook.xml by default. */
  private static String workbookPart(PackageParts parts) throws IOException {
    String rels = "_rels/.rels";
    if (!parts.has(rels)) {
      return DEFAULT_WORKBOOK;
    }
    try (InputStream in = parts.open(rels)) {
      XmlScanner x = new XmlScanner(in);
      int t;
      while ((t = x.next()) != XmlScanner.EOF) {
        if (t == XmlScanner.START && x.is(RELATIONSHIP)) {
          String type = x.attributeText(TYPE);
          String target = x.attributeText(TARGET);
          if (type != null && target != null && type.endsWith("/officeDocument")) {
            String part = PartNames.resolve("", target);
            if (parts.has(part)) {
              return part;
            }
          }
        }
      }
    }
    return DEFAULT_WORKBOOK;
  }

  /** The workbook's relations: id to part path; "#sharedStrings" and "#styles" to those parts. */
  private static Map<String, String> relations(PackageParts parts, String workbookPart)
      throws IOException {
    Map<String, String> relations = new LinkedHashMap<>();
    String rels = PartNames.relationships(workbookPart);
    if (!parts.has(rels)) {
      return relations;
    }
    String folder = PartNames.folder(workbookPart);
    try (InputStream in = parts.open(rels)) {
      XmlScanner x = new XmlScanner(in);
      int t;
      while ((t = x.next()) != XmlScanner.EOF) {
        if (t == XmlScanner.START && x.is(RELATIONSHIP)) {
          String id = x.attributeText("Id".getBytes());
          String target = x.attributeText(TARGET);
          String type = x.attributeText(TYPE);
          if (id == null || target == null) {
            continue;
          }
          String path = PartNames.resolve(folder, target);
          relations.put(id, path);
          if (type != null && type.endsWith("/sharedStrings")) {
            relations.put("#sharedStrings", path);
          } else if (type != null && type.endsWith("/styles")) {
            relations.put("#styles", path);
          }
        }
      }
    }
    return relations;
  }

  /** What the streaming reader needs of the workbook part. */
  private record Workbook(Map<String, String> sheets, boolean date1904) {}

  /** Sheet names to part paths, in workbook order, and the date system. */
  private static Workbook workbook(PackageParts parts, String part, Map<String, String> relations)
      throws IOException {
    if (!parts.has(part)) {
      throw new MalformedFileException("a zip without " + part);
    }
    String folder = PartNames.folder(part);
    boolean date1904 = false;
    boolean datesKnown = false;
    Map<String, String> sheets = new LinkedHashMap<>();
    try (InputStream in = parts.open(part)) {
      XmlScanner x = new XmlScanner(in);
      int t;
      int position = 0;
      while ((t = x.next()) != XmlScanner.EOF) {
        if (t == XmlScanner.START && x.is(WORKBOOK_PR) && !datesKnown) {
          // The first, as POI's user model reads it, should a workbook have two.
          datesKnown = true;
          String d = x.attributeText(DATE_1904);
          date1904 = "1".equals(d) || "true".equals(d);
        } else if (t == XmlScanner.START && x.is(SHEET)) {
          position++;
          String name = x.attributeText(NAME);
          String id = x.attributeText(ID);
          String path = id == null ? null : relations.get(id);
          sheets.put(
              name == null ? "Sheet" + position : name,
              path == null ? folder + "/worksheets/sheet" + position + ".xml" : path);
        }
      }
    }
    return new Workbook(sheets, date1904);
  }

  private static Map.Entry<String, String> pick(Map<String, String> sheets, SheetChoice choice)
      throws UnreadableFileException {
    for (Map.Entry<String, String> e : sheets.entrySet()) {
      if (choice.matchesName(e.getKey())) {
        return e;
      }
    }
    List<Map.Entry<String, String>> list = new ArrayList<>(sheets.entrySet());
    int position = choice.position();
    if (position >= 1 && position <= list.size()) {
      return list.get(position - 1);
    }
    String names =
        sheets.keySet().stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    throw new UnreadableFileException(
        "sheets " + (names.isEmpty() ? "(none)" : names),
        choice.toString(),
        "set sheet= in the profile to one of the sheets found, or rename the sheet in the workbook",
        null);
  }

  private static void readSheet(XmlScanner x, Row row, StreamRowHandler rows) throws IOException {
    int t;
    boolean inData = false;
    while ((t = x.next()) != XmlScanner.EOF) {
      if (t == XmlScanner.START && x.is(SHEET_DATA)) {
        inData = !x.isEmpty();
        if (!inData) {
          return;
        }
        break;
      }
    }
    if (!inData) {
      return;
    }
    int lastRow = 0;
    while ((t = x.next()) != XmlScanner.EOF) {
      if (t == XmlScanner.END) {
        if (x.is(SHEET_DATA)) {
          return;
        }
        continue;
      }
      if (!x.is(ROW)) {
        x.skipElement();
        continue;
      }
      Bytes r = x.attribute(R);
      int number = r == null ? lastRow + 1 : positiveInt(r, "row number");
      if (row.shapes != null) {
        row.shapes.startRow(r != null, number);
      }
      lastRow = number;
      row.start(number);
      if (!x.isEmpty()) {
        readCells(x, row);
      }
      if (row.width > 0 || row.shapes != null) {
        rows.row(row);
      }
    }
    throw new MalformedFileException("a sheet whose XML ends before </sheetData>");
  }

  private static void readCells(XmlScanner x, Row row) throws IOException {
    int column = -1;
    int t;
    while ((t = x.next()) != XmlScanner.EOF) {
      if (t == XmlScanner.END) {
        if (x.is(ROW)) {
          return;
        }
        continue;
      }
      if (!x.is(C)) {
        x.skipElement();
        continue;
      }
      Bytes ref = x.attribute(R);
      column = ref == null ? column + 1 : column(ref);
      Bytes type = x.attribute(T);
      byte kind = kind(type);
      row.style = style(x.attribute(S));
      if (row.shapes != null) {
        row.shapes.startCell(ref != null, column, type, row.style);
      }
      if (x.isEmpty()) {
        if (row.shapes != null) {
          row.shapes.endCell(null, false);
        }
        continue;
      }
      readCell(x, row, column, kind);
    }
    throw new MalformedFileException("a sheet whose XML ends inside a row");
  }

  private static void readCell(XmlScanner x, Row row, int column, byte kind) throws IOException {
    int start = row.arena.length;
    boolean hasValue = false;
    int depth = 0;
    boolean inInline = false;
    int phonetic = 0;
    boolean formula = false;
    int t;
    while ((t = x.next()) != XmlScanner.EOF) {
      if (t == XmlScanner.END) {
        if (depth == 0 && x.is(C)) {
          if (row.shapes != null) {
            row.shapes.endCell(
                hasValue ? Bytes.utf8(row.arena.data, start, row.arena.length - start) : null,
                formula);
          }
          if (hasValue) {
            row.set(column, kind, start, row.arena.length - start);
          }
          return;
        }
        depth--;
        if (x.is(IS)) {
          inInline = false;
        } else if (x.is(RPH)) {
          phonetic--;
        }
        continue;
      }
      if (depth == 0 && x.is(F)) {
        formula = true;
        if (row.shapes != null) {
          row.shapes.formula(x.attribute(T));
        }
      }
      if (x.isEmpty()) {
        continue;
      }
      depth++;
      if (x.is(V) && !inInline) {
        x.text(row.arena);
        hasValue = true;
      } else if (x.is(IS)) {
        inInline = true;
        kind = Row.TEXT;
      } else if (x.is(RPH)) {
        phonetic++;
      } else if (x.is(T) && inInline && phonetic == 0) {
        x.text(row.arena);
        hasValue = true;
      }
    }
    throw new MalformedFileException("a sheet whose XML ends inside a cell");
  }

  private static byte kind(Bytes t) {
    if (t == null || t.length == 0 || t.length == 1 && t.data[0] == 'n') {
      return Row.NUMBER;
    }
    if (t.length == 1 && t.data[0] == 's') {
      return Row.SHARED;
    }
    if (t.length == 1 && t.data[0] == 'b') {
      return Row.BOOLEAN;
    }
    return Row
        .TEXT; // str (a formula's text), inlineStr, e (an error such as #N/A), d (an ISO date)
  }

  /** A cell's style index, without making a String; -1 when absent or not a number. */
  private static int style(Bytes s) {
    if (s == null || s.length == 0 || s.length > 6) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < s.length; i++) {
      int d = s.data[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      n = n * 10 + d;
    }
    return n;
  }

  /** The 0-based column of a reference such as {@code AB12}. */
  private static int column(Bytes ref) throws MalformedFileException {
    int col = 0;
    int i = 0;
    for (; i < ref.length; i++) {
      int b = ref.data[i];
      if (b >= 'A' && b <= 'Z') {
        col = col * 26 + (b - 'A' + 1);
      } else if (b >= 'a' && b <= 'z') {
        col = col * 26 + (b - 'a' + 1);
      } else {
        break;
      }
      if (col > 16384) {
        break;
      }
    }
    if (i == 0 || col > 16384) {
      throw new MalformedFileException(
          "a cell reference, " + Bytes.utf8(ref.data, 0, ref.length) + ", that is not one");
    }
    return col - 1;
  }

  private static int positiveInt(Bytes b, String what) throws MalformedFileException {
    if (b.length == 0 || b.length > 7) {
      throw new MalformedFileException(
          "a " + what + ", " + Bytes.utf8(b.data, 0, b.length) + ", that is not one");
    }
    int n = 0;
    for (int i = 0; i < b.length; i++) {
      int d = b.data[i] - '0';
      if (d < 0 || d > 9) {
        throw new MalformedFileException(
            "a " + what + ", " + Bytes.utf8(b.data, 0, b.length) + ", that is not one");
      }
      n = n * 10 + d;
    }
    if (n < 1 || n > 1_048_576) {
      throw new MalformedFileException("a " + what + ", " + n + ", outside 1 to 1,048,576");
    }
    return n;
  }

  /** The row being read, reused: cells by column as ranges of one byte arena. */
  private static final class Row implements StreamRow {
    static final byte BLANK = 0;
    static final byte NUMBER = 1;
    static final byte SHARED = 2;
    static final byte TEXT = 3;
    static final byte BOOLEAN = 4;

    private final String sheet;
    private final SharedStrings strings;
    private final Styles styles;
    private final boolean date1904;
    final Bytes arena = new Bytes(256);
    private byte[] kinds = new byte[16];
    private int[] starts = new int[16];
    private int[] lengths = new int[16];
    private boolean[] dates = new boolean[16];
    private int number;
    int width;

    /** The style index of the cell being read, set before {@link #set}. */
    int style = -1;

    /** What the user model would see of each cell, when a summary is read as it reads it. */
    UserModelShapes shapes;

    Row(String sheet, SharedStrings strings, Styles styles, boolean date1904) {
      this.sheet = sheet;
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
    }

    void start(int number) {
      Arrays.fill(kinds, 0, width, BLANK);
      this.number = number;
      width = 0;
      arena.clear();
    }

    void set(int column, byte kind, int start, int length) throws MalformedFileException {
      if (column >= kinds.length) {
        int n = Math.max(column + 1, kinds.length * 2);
        kinds = Arrays.copyOf(kinds, n);
        starts = Arrays.copyOf(starts, n);
        lengths = Arrays.copyOf(lengths, n);
        dates = Arrays.copyOf(dates, n);
      }
      kinds[column] = kind;
      lengths[column] = length;
      dates[column] = kind == NUMBER && styles.isDate(style);
      if (kind == SHARED) {
        double index = Bytes.parseNumber(arena.data, start, length);
        if (!(index >= 0 && index < strings.size())) {
          throw new MalformedFileException(
              "a shared string index, "
                  + Bytes.utf8(arena.data, start, length)
                  + ", beyond the "
                  + strings.size()
                  + " strings of the table, in row "
                  + number);
        }
        starts[column] = (int) index;
        // A string of spaces or line breaks is a blank cell, as POI's text of it is "".
        if (strings.isBlank((int) index)) {
          kinds[column] = BLANK;
          return;
        }
      } else {
        starts[column] = start;
        if (OoxmlText.isBlank(arena.data, start, length)) {
          kinds[column] = BLANK;
          return;
        }
      }
      width = Math.max(width, column + 1);
    }

    @Override
    public String sheet() {
      return sheet;
    }

    @Override
    public int number() {
      return number;
    }

    @Override
    public int width() {
      return width;
    }

    @Override
    public boolean isBlank(int column) {
      return column >= width || kinds[column] == BLANK;
    }

    @Override
    public int maxLength(int column) {
      if (column >= width) {
        return 0;
      }
      return switch (kinds[column]) {
        case SHARED -> strings.get(starts[column]).length();
        case BOOLEAN -> 5;
        // A number's text is its digits as written, unless written with an exponent.
        case NUMBER -> hasExponent(column) ? Integer.MAX_VALUE : lengths[column];
        case TEXT -> lengths[column];
        default -> 0;
      };
    }

    private boolean hasExponent(int column) {
      for (int i = starts[column]; i < starts[column] + lengths[column]; i++) {
        if (arena.data[i] == 'E' || arena.data[i] == 'e') {
          return true;
        }
      }
      return false;
    }

    @Override
    public String text(int column) {
      if (column >= width) {
        return "";
      }
      return switch (kinds[column]) {
        case SHARED -> strings.get(starts[column]);
        case BOOLEAN ->
            lengths[column] == 1 && arena.data[starts[column]] == '1' ? "TRUE" : "FALSE";
        case NUMBER -> numberText(column);
        case TEXT -> OoxmlText.of(Bytes.utf8(arena.data, starts[column], lengths[column]));
        default -> "";
      };
    }

    /**
     * A number as written, but a whole number without a decimal part: POI writes 110 as {@code
     * 110.0} where Excel writes {@code 110}, and a specialty code must read the same from both.
     */
    private String numberText(int column) {
      int from = starts[column];
      int to = from + lengths[column];
      boolean plain = true;
      for (int i = from; i < to && plain; i++) {
        byte b = arena.data[i];
        plain = b >= '0' && b <= '9' || b == '-';
      }
      String raw = Bytes.utf8(arena.data, from, to - from).strip();
      if (plain) {
        return raw;
      }
      double v = number(column);
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        return Long.toString((long) v);
      }
      return raw;
    }

    @Override
    public boolean isNumber(int column) {
      return column < width && kinds[column] == NUMBER && !Double.isNaN(number(column));
    }

    @Override
    public double number(int column) {
      if (column >= width || kinds[column] != NUMBER) {
        return Double.NaN;
      }
      return Bytes.parseNumber(arena.data, starts[column], lengths[column]);
    }

    @Override
    public Optional<LocalDate> date(int column) {
      if (column >= width || kinds[column] != NUMBER || !dates[column]) {
        return Optional.empty();
      }
      double v = number(column);
      if (!DateUtil.isValidExcelDate(v)) {
        return Optional.empty();
      }
      return Optional.of(DateUtil.getLocalDateTime(v, date1904).toLocalDate());
    }
  }
}
