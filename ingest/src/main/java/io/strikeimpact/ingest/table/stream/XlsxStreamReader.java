package io.strikeimpact.ingest.table.stream;

import io.strikeimpact.ingest.table.MergedLabels;
import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.ingest.table.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
  private static final byte[] CALC_PR = "calcPr".getBytes();
  private static final byte[] STATE = "state".getBytes();
  private static final byte[] FULL_CALC_ON_LOAD = "fullCalcOnLoad".getBytes();
  private static final byte[] NAME = "name".getBytes();
  private static final byte[] ID = "id".getBytes();
  private static final byte[] RELATIONSHIP = "Relationship".getBytes();
  private static final byte[] TARGET = "Target".getBytes();
  private static final byte[] TYPE = "Type".getBytes();
  private static final byte[] SHEET_DATA = "sheetData".getBytes();
  private static final byte[] ROW = "row".getBytes();
  private static final byte[] HIDDEN = "hidden".getBytes();
  private static final byte[] C = "c".getBytes();
  private static final byte[] R = "r".getBytes();
  private static final byte[] MERGE_CELL = "mergeCell".getBytes();
  private static final byte[] REF = "ref".getBytes();
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
   * False only in the tests that prove {@link PlainCell} (and the shared strings' plain items) read
   * as the general path does.
   */
  private final boolean plainCells;

  public XlsxStreamReader() {
    this(true);
  }

  XlsxStreamReader(boolean plainCells) {
    this.plainCells = plainCells;
  }

  /**
   * Reads the chosen sheet's rows in order; blank rows are not passed on.
   *
   * @throws UnreadableFileException when the file is not an xlsx workbook, is broken, or lacks the
   *     sheet
   */
  public void read(Path file, SheetChoice choice, StreamRowHandler rows)
      throws UnreadableFileException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      read(new ZipFileParts(zip), choice, rows, null, plainCells);
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
    read(parts, choice, rows, shapes, true);
  }

  /**
   * @param plain whether cells, rows and shared strings in their usual shape are read in place
   *     ({@link PlainCell}); false only in the tests that prove both ways read the same. Cells are
   *     always read tag by tag when {@code shapes} records them.
   */
  private static void read(
      PackageParts parts,
      SheetChoice choice,
      StreamRowHandler rows,
      UserModelShapes shapes,
      boolean plain)
      throws IOException, UnreadableFileException {
    String workbookPart = workbookPart(parts);
    Map<String, String> relations = relations(parts, workbookPart);
    Workbook workbook = workbook(parts, workbookPart, relations);
    Map.Entry<String, String> sheet = pick(workbook.sheets(), workbook.hidden(), choice);
    SharedStrings strings = SharedStrings.NONE;
    String folder = PartNames.folder(workbookPart);
    String sst = relations.getOrDefault("#sharedStrings", folder + "/sharedStrings.xml");
    if (parts.has(sst)) {
      try (InputStream in = parts.openLarge(sst)) {
        strings = SharedStrings.read(in, plain);
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
      shapes.workbook(strings, styles, workbook.date1904(), workbook.recalculateOnLoad());
    }
    try (InputStream in = parts.openLarge(sheet.getValue())) {
      Row row =
          new Row(sheet.getKey(), strings, styles, workbook.date1904(), plain && shapes == null);
      row.shapes = shapes;
      readSheet(new XmlScanner(in), row, rows);
    }
  }

  /**
   * The names of an xlsx workbook's visible sheets, in order, read from its workbook part alone;
   * empty when the bytes are not an xlsx package that can be read so.
   */
  public static List<String> visibleSheets(byte[] file) {
    if (!InMemoryParts.looksLikeZip(file)) {
      return List.of();
    }
    try {
      PackageParts parts = InMemoryParts.of(file);
      String workbookPart = workbookPart(parts);
      Workbook workbook = workbook(parts, workbookPart, relations(parts, workbookPart));
      List<String> visible = new ArrayList<>();
      for (String name : workbook.sheets().keySet()) {
        if (!workbook.hidden().contains(name)) {
          visible.add(name);
        }
      }
      return visible;
    } catch (IOException | RuntimeException e) {
      return List.of(); // the read itself says what is wrong with it
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
  /**
   * @param hidden the names of the sheets hidden in Excel (state hidden or veryHidden): a sheet's
   *     position counts the visible sheets only, as a person counts the tabs they see
   */
  private record Workbook(
      Map<String, String> sheets,
      java.util.Set<String> hidden,
      boolean date1904,
      boolean recalculateOnLoad) {}

  /** Sheet names to part paths, in workbook order, and the date system. */
  private static Workbook workbook(PackageParts parts, String part, Map<String, String> relations)
      throws IOException {
    if (!parts.has(part)) {
      throw new MalformedFileException("a zip without " + part);
    }
    String folder = PartNames.folder(part);
    boolean date1904 = false;
    boolean datesKnown = false;
    boolean recalculateOnLoad = false;
    java.util.Set<String> hidden = new java.util.HashSet<>();
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
        } else if (t == XmlScanner.START && x.is(CALC_PR)) {
          String full = x.attributeText(FULL_CALC_ON_LOAD);
          recalculateOnLoad = "1".equals(full) || "true".equals(full);
        } else if (t == XmlScanner.START && x.is(SHEET)) {
          position++;
          String name = x.attributeText(NAME);
          String id = x.attributeText(ID);
          String state = x.attributeText(STATE);
          if ("hidden".equals(state) || "veryHidden".equals(state)) {
            hidden.add(name == null ? "Sheet" + position : name);
          }
          String path = id == null ? null : relations.get(id);
          sheets.put(
              name == null ? "Sheet" + position : name,
              path == null ? folder + "/worksheets/sheet" + position + ".xml" : path);
        }
      }
    }
    return new Workbook(sheets, hidden, date1904, recalculateOnLoad);
  }

  private static Map.Entry<String, String> pick(
      Map<String, String> sheets, java.util.Set<String> hidden, SheetChoice choice)
      throws UnreadableFileException {
    for (Map.Entry<String, String> e : sheets.entrySet()) {
      if (choice.matchesName(e.getKey())) {
        return e;
      }
    }
    List<Map.Entry<String, String>> list = new ArrayList<>();
    for (Map.Entry<String, String> e : sheets.entrySet()) {
      if (!hidden.contains(e.getKey())) {
        list.add(e);
      }
    }
    if (list.isEmpty()) {
      list.addAll(sheets.entrySet()); // no sheet visible: Excel would not save one so
    }
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
    PlainCell plain = row.plain;
    while (true) {
      int shape = plain == null ? PlainCell.NONE : plain.matchRow(x);
      if (shape != PlainCell.NONE) {
        // The row's start tag in its usual shape, found in place: read as the general path does.
        int number =
            plain.refFrom < 0
                ? lastRow + 1
                : positiveInt(x.buffer(), plain.refFrom, plain.refLength, "row number");
        x.skipTo(plain.end);
        lastRow = number;
        row.start(number);
        if (shape == PlainCell.ROW) {
          readCells(x, row);
        }
        if (row.width > 0) {
          rows.row(row);
        }
        continue;
      }
      if ((t = x.next()) == XmlScanner.EOF) {
        break;
      }
      if (t == XmlScanner.END) {
        if (x.is(SHEET_DATA)) {
          if (row.shapes != null) {
            readMergedCells(x, row.shapes);
          }
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
      row.hidden = isTrue(x.attribute(HIDDEN));
      if (!x.isEmpty()) {
        readCells(x, row);
      }
      if (row.width > 0 || row.shapes != null) {
        rows.row(row);
      }
    }
    throw new MalformedFileException("a sheet whose XML ends before </sheetData>");
  }

  /**
   * The merged regions after the sheet's data ({@code <mergeCells><mergeCell ref="A2:A7"/>}), for
   * the user model's reading of a summary return: a label merged down a column is every row's.
   */
  private static void readMergedCells(XmlScanner x, UserModelShapes shapes) throws IOException {
    int t;
    while ((t = x.next()) != XmlScanner.EOF) {
      if (t == XmlScanner.START && x.is(MERGE_CELL)) {
        Bytes ref = x.attribute(REF);
        if (ref != null) {
          MergedLabels.ofRange(Bytes.utf8(ref.data, 0, ref.length)).ifPresent(shapes::merged);
        }
      }
    }
  }

  /** An xsd:boolean attribute's truth: "1" or "true", as Excel and LibreOffice write it. */
  private static boolean isTrue(Bytes value) {
    if (value == null) {
      return false;
    }
    String text = Bytes.utf8(value.data, 0, value.length).strip();
    return text.equals("1") || text.equals("true");
  }

  private static void readCells(XmlScanner x, Row row) throws IOException {
    int column = -1;
    int t;
    PlainCell plain = row.plain;
    while (true) {
      int shape = plain == null ? PlainCell.NONE : plain.match(x);
      if (shape == PlainCell.ROW_END) {
        x.skipTo(plain.end);
        return;
      }
      if (shape != PlainCell.NONE) {
        // The cell in its usual shape, found in place: parsed as the general path below parses it.
        byte[] b = x.buffer();
        column = plain.refFrom < 0 ? column + 1 : column(b, plain.refFrom, plain.refLength);
        byte kind = kind(b, plain.typeFrom, plain.typeLength);
        row.style = style(b, plain.styleFrom, plain.styleLength);
        if (shape == PlainCell.VALUE) {
          int start = row.arena.length;
          row.arena.append(b, plain.valueFrom, plain.valueLength);
          row.set(column, kind, start, plain.valueLength);
        }
        x.skipTo(plain.end);
        continue;
      }
      if ((t = x.next()) == XmlScanner.EOF) {
        break;
      }
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
    return t == null ? Row.NUMBER : kind(t.data, 0, t.length);
  }

  /** The kind of cell a type attribute's value says; {@code from} -1 when there is none. */
  private static byte kind(byte[] d, int from, int length) {
    if (from < 0 || length == 0 || length == 1 && d[from] == 'n') {
      return Row.NUMBER;
    }
    if (length == 1 && d[from] == 's') {
      return Row.SHARED;
    }
    if (length == 1 && d[from] == 'b') {
      return Row.BOOLEAN;
    }
    return Row
        .TEXT; // str (a formula's text), inlineStr, e (an error such as #N/A), d (an ISO date)
  }

  /** A cell's style index, without making a String; -1 when absent or not a number. */
  private static int style(Bytes s) {
    return s == null ? -1 : style(s.data, 0, s.length);
  }

  /** A style index from bytes; {@code from} -1 when there is none. */
  private static int style(byte[] data, int from, int length) {
    if (from < 0 || length == 0 || length > 6) {
      return -1;
    }
    int n = 0;
    for (int i = from; i < from + length; i++) {
      int d = data[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      n = n * 10 + d;
    }
    return n;
  }

  /** The 0-based column of a reference such as {@code AB12}. */
  private static int column(Bytes ref) throws MalformedFileException {
    return column(ref.data, 0, ref.length);
  }

  private static int column(byte[] data, int from, int length) throws MalformedFileException {
    int col = 0;
    int i = 0;
    for (; i < length; i++) {
      int b = data[from + i];
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
          "a cell reference, " + Bytes.utf8(data, from, length) + ", that is not one");
    }
    return col - 1;
  }

  private static int positiveInt(Bytes b, String what) throws MalformedFileException {
    return positiveInt(b.data, 0, b.length, what);
  }

  private static int positiveInt(byte[] data, int from, int length, String what)
      throws MalformedFileException {
    if (length == 0 || length > 7) {
      throw new MalformedFileException(
          "a " + what + ", " + Bytes.utf8(data, from, length) + ", that is not one");
    }
    int n = 0;
    for (int i = from; i < from + length; i++) {
      int d = data[i] - '0';
      if (d < 0 || d > 9) {
        throw new MalformedFileException(
            "a " + what + ", " + Bytes.utf8(data, from, length) + ", that is not one");
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

    /** The matcher of cells in their usual shape; null to read every cell tag by tag. */
    final PlainCell plain;

    private byte[] kinds = new byte[16];
    private int[] starts = new int[16];
    private int[] lengths = new int[16];
    private boolean[] dates = new boolean[16];
    private TextCache[] numberTexts = new TextCache[16];
    private int number;
    int width;

    /** Whether the row's tag says {@code hidden="1"}; a row in the plain shape has no such say. */
    boolean hidden;

    /** The style index of the cell being read, set before {@link #set}. */
    int style = -1;

    /** What the user model would see of each cell, when a summary is read as it reads it. */
    UserModelShapes shapes;

    Row(String sheet, SharedStrings strings, Styles styles, boolean date1904, boolean plainCells) {
      this.plain = plainCells ? new PlainCell() : null;
      this.sheet = sheet;
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
    }

    void start(int number) {
      Arrays.fill(kinds, 0, width, BLANK);
      this.number = number;
      hidden = false;
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
    public boolean hidden() {
      return hidden;
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
        // Its UTF-8 bytes bound its chars, so the screen need not make a String of every id.
        case SHARED -> strings.byteLength(starts[column]);
        case BOOLEAN -> 5;
        // A number's text is its digits as written, unless written with an exponent.
        case NUMBER -> hasExponent(column) ? Integer.MAX_VALUE : lengths[column];
        case TEXT -> lengths[column];
        default -> 0;
      };
    }

    @Override
    public boolean isPlainWord(int column) {
      if (column >= width) {
        return false;
      }
      return switch (kinds[column]) {
        case SHARED -> strings.isPlainWord(starts[column]);
        case TEXT -> OoxmlText.isPlainWord(arena.data, starts[column], lengths[column]);
        default -> false;
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
      if (plain) {
        return plainNumberText(column, from, to - from);
      }
      String raw = Bytes.utf8(arena.data, from, to - from).strip();
      double v = number(column);
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        return Long.toString((long) v);
      }
      return raw;
    }

    /**
     * The digits of a whole number as a String, the same String for the same digits in a column
     * while they repeat (codes, date serials): the ingest asks for three number columns' text a
     * row, and a million rows made three million Strings.
     */
    private String plainNumberText(int column, int from, int count) {
      byte[] d = arena.data;
      if (count > TextCache.MAX_LENGTH) {
        return new String(d, from, count, StandardCharsets.ISO_8859_1);
      }
      if (column >= numberTexts.length) {
        numberTexts = Arrays.copyOf(numberTexts, Math.max(column + 1, numberTexts.length * 2));
      }
      TextCache cache = numberTexts[column];
      if (cache == null) {
        cache = numberTexts[column] = new TextCache();
      }
      if (!cache.on()) {
        return new String(d, from, count, StandardCharsets.ISO_8859_1);
      }
      int hash = TextCache.hash(d, from, count);
      String text = cache.get(d, from, count, hash);
      if (text == null) {
        text = new String(d, from, count, StandardCharsets.ISO_8859_1);
        cache.put(d, from, count, hash, text);
      }
      return text;
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
