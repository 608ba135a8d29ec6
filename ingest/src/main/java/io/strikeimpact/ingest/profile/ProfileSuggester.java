package io.strikeimpact.ingest.profile;

import io.strikeimpact.ingest.screen.ColumnScreen;
import io.strikeimpact.ingest.screen.FreeText;
import io.strikeimpact.ingest.screen.Identifiers;
import io.strikeimpact.ingest.screen.OutgoingScreen;
import io.strikeimpact.ingest.screen.TableScreen;
import io.strikeimpact.ingest.table.CellReference;
import io.strikeimpact.ingest.table.ContentCheck;
import io.strikeimpact.ingest.table.NoFigureMarks;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.ingest.table.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a starting profile for a new hospital's return, so onboarding takes minutes: finds the
 * header row, guesses which column is the date, type, count, specialty and site by their names and
 * contents, sorts the words seen in the type column under the type keys it can place, and finds the
 * date format. Every guess is a line to check, and says so.
 */
public final class ProfileSuggester {
  static final String PLACEHOLDER_SITE = "ODS-CODE";
  private static final java.util.regex.Pattern STAFF_HEADING =
      java.util.regex.Pattern.compile(
          "\\bstaff\\b|on strike|\\bstrikers?\\b|\\bstriking\\b|taking part|took part|\\babsent\\b");
  private static final java.util.regex.Pattern STAFF_WORDS =
      java.util.regex.Pattern.compile("\\b(?:group|role|grade|type|name|band)\\b");
  private static final int ROWS_LOOKED_AT = 2000;
  private static final int HEADER_SEARCH = 30;
  private static final List<String> DATE_PATTERNS =
      List.of(
          "dd/MM/yyyy",
          "d/M/yyyy",
          "yyyy-MM-dd",
          "dd-MMM-yy",
          "d-MMM-yy",
          "dd-MMM-yyyy",
          "d-MMM-yyyy",
          "dd MMM yyyy",
          "d MMM yyyy",
          "dd.MM.yyyy",
          "dd/MM/yy");
  private static final Pattern OUTPATIENT =
      Pattern.compile(
          "(?i)^(op|opa|outpat.*|out-pat.*|new|f/?u|follow.?up.*|fup|clinic.*|first|appointment.*"
              // NHS points of delivery, as a PAS extract codes them: first, follow-up, procedure.
              + "|opfa.*|opfu.*|opproc)$");
  private static final Pattern INPATIENT =
      Pattern.compile(
          "(?i)^(ip|inpat.*|in-pat.*|elective.*|el|day ?case.*|dc|daycase|ordinary|surg.*|procedure.*|theatre.*)$");
  private static final Pattern TOTAL_ONLY =
      Pattern.compile("(?i)^(all|all activity|total|combined|all types)$");
  private static final Pattern ODS = Pattern.compile("[A-Z][A-Z0-9]{2}([A-Z0-9]{2})?");

  /** An id column of a row-per-appointment extract. */
  private static final Pattern ID_HEADER =
      Pattern.compile(
          "^(appointment|appt|attendance|spell|episode|booking|encounter|visit|referral|record|row)"
              + " ?(id|identifier|ref|reference|no|number|key)$");

  /** The column that says what happened to an appointment, which a line-level filter reads. */
  private static final Pattern CODE_HEADER =
      Pattern.compile(
          "outcome|attend|cancel|reason|status|dna|rescheduled|postpone|disposal|strike|industrial");

  /** A column of counts, by its name. */
  private static final Pattern COUNT_HEADER =
      Pattern.compile(
          "^(rescheduled|number rescheduled|count|number|total|activity rescheduled"
              + "|postponed|number postponed|cancellations|number cancelled|volume|activity)$");

  /** Dates before this, beside patient columns, are taken for dates of birth. */
  private static final LocalDate BIRTH_DATES_BEFORE = LocalDate.of(2021, 12, 1);

  private static final Pattern TOTAL_LABEL =
      Pattern.compile("(?i)^(grand )?total:?$|.* total$|^subtotal$");

  /** The profile text, and what the suggester could not place. */
  public record Suggestion(String properties, List<String> unplaced) {
    // The last check, as every message leaving ingest has: a cell quoted anywhere in a suggestion
    // (a type word, a date, a sheet's name) never carries an NHS number, postcode or email address.
    public Suggestion {
      properties = io.strikeimpact.ingest.screen.OutgoingScreen.text(properties);
      unplaced = unplaced.stream().map(io.strikeimpact.ingest.screen.OutgoingScreen::text).toList();
    }

    /**
     * The suggestion with any NHS number, postcode, email address or telephone number in it
     * replaced: the last screen before it is printed or written, however a value got into it.
     */
    Suggestion screened() {
      List<String> u = new ArrayList<>(unplaced.size());
      for (String line : unplaced) {
        u.add(Identifiers.scrub(line));
      }
      return new Suggestion(Identifiers.scrub(properties), u);
    }
  }

  private ProfileSuggester() {}

  /**
   * @param fileName the file's name, for its format and the comments
   * @throws UnreadableFileException when the file is not a table, or has no header row to find
   */
  public static Suggestion suggest(String fileName, byte[] bytes) throws UnreadableFileException {
    return suggestUnscreened(OutgoingScreen.fileName(fileName), bytes).screened();
  }

  private static Suggestion suggestUnscreened(String fileName, byte[] bytes)
      throws UnreadableFileException {
    if (bytes.length == 0) {
      throw new UnreadableFileException(
          "0 bytes", "a return with a table of figures", "check the file; it is empty", null);
    }
    // The return is often not the first sheet (a cover, a read-me, lookups come first): of the
    // sheets with a header row, the one whose suggestion leaves least to do is suggested, the first
    // of equals, and the profile names it.
    Sheet first = Sheet.read(fileName, bytes, SheetChoice.FIRST);
    Optional<Suggestion> firstSuggestion = suggest(fileName, first, "");
    if (!isWorkbook(bytes)) {
      return firstSuggestion.orElseThrow(() -> noHeader(bytes));
    }
    if (firstSuggestion.isPresent() && firstSuggestion.get().unplaced().isEmpty()) {
      List<String> alike = alike(fileName, bytes, first, 1);
      return alike.isEmpty()
          ? firstSuggestion.get()
          : suggest(fileName, first, "", alike).orElseThrow();
    }
    Sheet best = first;
    int bestToDo = firstSuggestion.map(x -> x.unplaced().size()).orElse(Integer.MAX_VALUE);
    List<String> before = new ArrayList<>();
    List<String> labels = new ArrayList<>(List.of(first.label(1)));
    for (int position = 2; position <= MAX_SHEETS_LOOKED_AT && bestToDo > 0; position++) {
      Optional<Sheet> next = Sheet.readIfThere(fileName, bytes, position);
      if (next.isEmpty()) {
        break;
      }
      Optional<Suggestion> s = suggest(fileName, next.get(), "");
      if (s.isPresent() && s.get().unplaced().size() < bestToDo) {
        best = next.get();
        bestToDo = s.get().unplaced().size();
        before = List.copyOf(labels);
      }
      labels.add(next.get().label(position));
    }
    if (best == first) {
      Suggestion only = firstSuggestion.orElseThrow(() -> noHeader(bytes));
      List<String> alike = alike(fileName, bytes, first, 1);
      return alike.isEmpty() ? only : suggest(fileName, first, "", alike).orElseThrow();
    }
    String note =
        "the return is on sheet '"
            + OutgoingScreen.sheet(best.name())
            + "'; "
            + String.join(", ", before)
            + (before.size() == 1 ? " before it holds" : " before it hold")
            + " no table of figures";
    return suggest(fileName, best, note, alike(fileName, bytes, best, -1)).orElseThrow();
  }

  /**
   * The other sheets with the same header as {@code table} and rows below it: a tracker's tab per
   * strike. With them the profile reads every such sheet ({@code sheet = *}), or a tab added for
   * the next strike would go unread, and its site be reported as sending no return.
   */
  private static List<String> alike(String fileName, byte[] bytes, Sheet table, int position) {
    if (table.header().isEmpty()) {
      return List.of();
    }
    List<String> wanted = headings(table.header().get());
    List<String> alike = new ArrayList<>();
    for (int p = 1; p <= MAX_SHEETS_LOOKED_AT; p++) {
      Optional<Sheet> other = Sheet.readIfThere(fileName, bytes, p);
      if (other.isEmpty()) {
        break;
      }
      Sheet o = other.get();
      if (p == position
          || o.name().equals(table.name())
          || o.header().isEmpty()
          || !headings(o.header().get()).equals(wanted)) {
        continue;
      }
      int below = o.header().get().number();
      boolean hasRows =
          o.rows().stream()
              .anyMatch(
                  r ->
                      r.number() > below
                          && r.cells().stream().filter(c -> !c.isBlank()).count() >= 2);
      if (hasRows) {
        alike.add(o.name());
      }
    }
    return alike;
  }

  private static List<String> headings(RawRow header) {
    return header.cells().stream()
        .filter(c -> !c.isBlank())
        .map(c -> c.text().strip().toLowerCase(Locale.ROOT))
        .toList();
  }

  private static UnreadableFileException noHeader(byte[] bytes) {
    return new UnreadableFileException(
        "no row of two or more column headings in the first "
            + HEADER_SEARCH
            + " rows"
            + (isWorkbook(bytes) ? " of any sheet" : ""),
        "a table with a header row",
        "check this is the return; a profile needs a header row to find the columns by",
        null);
  }

  /** The suggestion for one sheet, empty when it has no header row; {@code note} when not "". */
  private static Optional<Suggestion> suggest(String fileName, Sheet sheet, String note) {
    return suggest(fileName, sheet, note, List.of());
  }

  /** With {@code alike}, the other sheets of the same table, read too ({@code sheet = *}). */
  private static Optional<Suggestion> suggest(
      String fileName, Sheet sheet, String note, List<String> alike) {
    if (sheet.header().isEmpty()) {
      return Optional.empty();
    }
    List<RawRow> rows = sheet.rows();
    RawRow header = sheet.header().get();
    RawRow above =
        rows.stream()
            .filter(r -> r.number() < header.number() && !r.isBlank())
            .reduce((a, b) -> b)
            .orElse(null);
    Optional<RawRow> second = typeHeadingsBelow(header, rows);
    RawRow headings = second.map(below -> joined(header, below)).orElse(header);
    int firstData = second.map(RawRow::number).orElse(header.number());
    List<RawRow> data =
        rows.stream().filter(r -> r.number() > firstData && !r.isBlank() && !isTotal(r)).toList();
    Writer writer =
        new Writer(fileName, headings, above, data, sheet.screen().columns(header.sheet()));
    if (!note.isEmpty()) {
      writer.note(note);
    }
    writer.alike(alike);
    second.ifPresent(
        below ->
            writer.note(
                "the header runs over rows "
                    + header.number()
                    + " and "
                    + below.number()
                    + ": the activity types are named on row "
                    + below.number()
                    + ", under a heading merged across them"));
    return Optional.of(writer.write());
  }

  /** Sheets of a workbook looked at for the return's header, from the first. */
  private static final int MAX_SHEETS_LOOKED_AT = 12;

  /** One sheet read for a suggestion: its first rows, screened, and the header found in them. */
  private record Sheet(
      String name, List<RawRow> rows, TableScreen screen, Optional<RawRow> header) {
    static Sheet read(String fileName, byte[] bytes, SheetChoice choice)
        throws UnreadableFileException {
      List<RawRow> raw = new ArrayList<>();
      TableScreen screen = new TableScreen(BIRTH_DATES_BEFORE);
      ContentCheck.Checked checked = ContentCheck.check(fileName, bytes);
      checked
          .reader()
          .read(
              new ByteArrayInputStream(checked.content()),
              choice,
              r -> {
                screen.observe(r); // every row, so each column's verdict rests on all its values
                if (raw.size() < ROWS_LOOKED_AT) {
                  raw.add(r);
                }
              });
      List<RawRow> rows = raw.stream().map(screen::screen).toList();
      String name = raw.isEmpty() ? "" : raw.getFirst().sheet();
      return new Sheet(name, rows, screen, ProfileSuggester.header(rows));
    }

    /** The sheet at a position, or empty when the workbook has fewer sheets. */
    static Optional<Sheet> readIfThere(String fileName, byte[] bytes, int position) {
      try {
        return Optional.of(read(fileName, bytes, new SheetChoice(Integer.toString(position))));
      } catch (UnreadableFileException e) {
        return Optional.empty();
      }
    }

    /** "'Cover'", or "sheet 1" for a sheet with no rows to take its name from. */
    String label(int position) {
      return name.isEmpty() ? "sheet " + position : "'" + OutgoingScreen.sheet(name) + "'";
    }
  }

  /** An xlsx (a zip) or an xls (an OLE2 file), which may have other sheets; a csv has one table. */
  private static boolean isWorkbook(byte[] bytes) {
    return bytes.length >= 4
        && (bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4
            || (bytes[0] & 0xFF) == 0xD0
                && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0);
  }

  /**
   * The row just under the header when it names activity types in columns the header leaves blank,
   * as a header with "Rescheduled" merged over "Outpatients" and "Inpatients" does: a second row of
   * headings, not data. Without it the types' columns would be read as one count and inpatients
   * lost.
   */
  private static Optional<RawRow> typeHeadingsBelow(RawRow header, List<RawRow> rows) {
    Optional<RawRow> below =
        rows.stream().filter(r -> r.number() > header.number() && !r.isBlank()).findFirst();
    return below.filter(
        b ->
            b.cells().stream().allMatch(RawCell::isLabel)
                && b.cells().stream().filter(c -> typeOf(c.text()).isPresent()).count() >= 2
                && b.cells().stream()
                    .filter(c -> typeOf(c.text()).isPresent())
                    .anyMatch(c -> header.cell(c.column()).isEmpty()));
  }

  /** The header with the second row's headings in the columns it names. */
  private static RawRow joined(RawRow header, RawRow below) {
    Map<Integer, RawCell> cells = new java.util.TreeMap<>();
    header.cells().forEach(c -> cells.put(c.column(), c));
    below.cells().forEach(c -> cells.put(c.column(), c));
    return new RawRow(header.sheet(), header.number(), List.copyOf(cells.values()));
  }

  private static Optional<RawRow> header(List<RawRow> rows) {
    RawRow best = null;
    int bestLabels = 1;
    int looked = 0;
    for (RawRow r : rows) {
      if (r.isBlank()) {
        continue;
      }
      int labels = (int) r.cells().stream().filter(RawCell::isLabel).count();
      if (labels > bestLabels && labels == r.cells().size()) {
        best = r;
        bestLabels = labels;
      }
      if (++looked >= HEADER_SEARCH) {
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean isTotal(RawRow r) {
    return r.firstLabel().map(l -> TOTAL_LABEL.matcher(l).matches()).orElse(false);
  }

  /** Builds the text, column by column. */
  private static final class Writer {
    private final String fileName;
    private final RawRow header;
    private final RawRow above;
    private final List<RawRow> data;
    private final List<String> unplaced = new ArrayList<>();
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final List<String> comments = new ArrayList<>();
    private List<String> alike = List.of();
    private final Set<Integer> claimed = new java.util.HashSet<>();

    private final Map<Integer, ColumnScreen.Verdict> identifiers;

    /**
     * Whether the file is a line-level extract: then no free text of its data cells is written (see
     * {@link FreeText}), only the words and codes this command recognises, numbers and dates.
     */
    private boolean lineLevel;

    Writer(
        String fileName,
        RawRow header,
        RawRow above,
        List<RawRow> data,
        Map<Integer, ColumnScreen.Verdict> identifiers) {
      this.fileName = fileName;
      this.header = header;
      this.above = above;
      this.data = data;
      this.identifiers = identifiers;
      // A column of patient identifiers is never proposed for anything.
      this.claimed.addAll(identifiers.keySet());
    }

    /** A line for the comments at the top of the suggestion. */
    void note(String comment) {
      comments.add(comment);
    }

    /** Other sheets with this table: the profile reads every sheet that has it. */
    void alike(List<String> sheets) {
      this.alike = List.copyOf(sheets);
    }

    Suggestion write() {
      if (isLineLevel()) {
        return lineLevel();
      }
      Optional<RawCell> specialtyCode =
          column(
              "tfc|treatment function code|treatment function|specialty code|tfc code", c -> false);
      Optional<RawCell> specialty =
          column("specialty|speciality|specialty name|specialty description|tfc name", c -> false);
      Optional<RawCell> date =
          column("date|day|appointment date|activity date|strike date", this::mostlyDates);
      Optional<RawCell> type =
          column(
              "type|activity|pod|point of delivery|setting|appointment type|activity type",
              this::fewWords);
      Optional<RawCell> site =
          column(
              "site|ods code|ods|org code|organisation code|trust code|provider code|code",
              this::mostlyOds);
      // Before the count, whose names ("number", "total") a staff column's heading may hold too.
      Optional<RawCell> staff = date.isPresent() ? staffColumn() : Optional.empty();
      Map<RawCell, String> byType = new LinkedHashMap<>();
      Map<RawCell, String> dayType = new LinkedHashMap<>();
      for (RawCell h : header.cells()) {
        String text = h.text().strip();
        String headingAbove = headingOver(h.column()).map(RawCell::text).orElse("");
        if (isDayType(text) || isDayType(headingAbove + " " + text)) {
          dayType.put(h, text);
        } else if (numeric(h)
            && typeOf(text).isPresent()
            && !used(h, date, type, specialty, specialtyCode, site)) {
          byType.put(h, typeOf(text).get());
        }
      }
      // "Total" beside "Outpatients" and "Inpatients" adds up its row: counted as a third type it
      // would count every row twice. It is the row's total, checked against its parts.
      Optional<RawCell> rowTotal = Optional.empty();
      if (byType.containsValue("outpatient") || byType.containsValue("inpatient")) {
        rowTotal =
            byType.entrySet().stream()
                .filter(e -> e.getValue().equals("total-only"))
                .map(Map.Entry::getKey)
                .findFirst();
        byType.values().removeIf(t -> t.equals("total-only"));
      }
      Optional<RawCell> count =
          dayType.isEmpty() && byType.isEmpty()
              ? column(
                      "rescheduled|number rescheduled|cancelled|postponed|count|number|total|activity rescheduled",
                      this::numeric)
                  .filter(c -> !used(c, date, type, specialty, specialtyCode, site))
              : Optional.empty();

      nameFilesAndSheet(site.isPresent(), "xlsx");
      keys.put("header.row", "auto");
      comments.add(
          "header found at row "
              + header.number()
              + (header.number() > 1 ? ", below a title block" : ""));
      if (site.isPresent()) {
        keys.put("column.site", site.get().text());
        if (site.get().text().toLowerCase(Locale.ROOT).contains("code") && !dayType.isEmpty()) {
          keys.put("sites.other", "skip");
        }
      } else {
        keys.put("site", PLACEHOLDER_SITE);
        unplaced.add(
            "site: set site to the hospital's ODS code from reference/sites.csv, and the folder in files");
      }
      date.ifPresent(d -> keys.put("column.date", d.text()));
      type.ifPresent(t -> keys.put("column.type", t.text()));
      specialty.ifPresent(s -> keys.put("column.specialty", s.text()));
      specialtyCode.ifPresent(s -> keys.put("column.specialty-code", s.text()));
      staff.ifPresent(
          s -> {
            keys.put("column.staff", s.text());
            Optional<RawCell> note = staffNoteColumn();
            note.ifPresent(n -> keys.put("column.staff-note", n.text()));
            if (note.isEmpty()) {
              comments.add(
                  "column.staff: the staff taking part each day; add staff.note = illustrative if"
                      + " the figures are not a trust's or a publication's");
            }
          });
      if (!dayType.isEmpty()) {
        keys.put("columns.by-day-and-type", "{date} {type}");
      } else if (!byType.isEmpty()) {
        keys.put(
            "columns.by-type",
            byType.entrySet().stream()
                .map(e -> e.getKey().text() + "=" + e.getValue())
                .collect(Collectors.joining(", ")));
        rowTotal.ifPresent(
            t -> {
              keys.put("column.row-total", t.text());
              comments.add(
                  "column.row-total: "
                      + t.text()
                      + " adds up each row's types; it is checked against them, not counted again");
            });
      } else if (count.isPresent()) {
        keys.put("column.count", count.get().text());
      } else {
        keys.put("column.count", "CHANGE-ME");
        unplaced.add("column.count: no column of counts found; name the column of figures");
      }
      keys.put("action", date.isPresent() || !dayType.isEmpty() ? "by-date" : "ACTION-ID");
      if (keys.get("action").equals("ACTION-ID")) {
        unplaced.add(
            "action: no dates found; set action to the id of the action in reference/calendar.csv");
      }
      if (type.isEmpty() && byType.isEmpty() && dayType.isEmpty()) {
        keys.put("type", "total-only");
        unplaced.add(
            "type: no type column found; total-only assumed (set outpatient or inpatient if the whole return is one)");
      }
      typeWords(type, dayType);
      dateFormat(date, dayType);
      keys.put("totals.label", "Total|Grand total");
      return new Suggestion(render(), unplaced);
    }

    private void typeWords(Optional<RawCell> type, Map<RawCell, String> dayType) {
      Set<String> words = new LinkedHashSet<>();
      type.ifPresent(
          t ->
              data.forEach(
                  r -> {
                    if (!r.text(t.column()).isBlank()
                        && !TableScreen.isWithheld(r.text(t.column()))
                        && !io.strikeimpact.ingest.screen.OutgoingScreen.holdsIdentifier(
                            r.text(t.column()))) {
                      words.add(r.text(t.column()).strip());
                    }
                  }));
      for (Map.Entry<RawCell, String> e : dayType.entrySet()) {
        String text = e.getValue();
        String last = text.contains(" ") ? text.substring(text.lastIndexOf(' ') + 1) : text;
        words.add(typeOf(text).isPresent() && !text.contains(" ") ? text : last);
      }
      Map<String, List<String>> placed = new LinkedHashMap<>();
      List<String> withheld = new ArrayList<>();
      for (String w : words) {
        Optional<String> t = typeOf(w);
        if (t.isPresent()) {
          placed.computeIfAbsent(t.get(), k -> new ArrayList<>()).add(w);
        } else if (lineLevel && !FreeText.isShowable(w)) {
          withheld.add(w);
        } else {
          unplaced.add("type word \"" + w + "\": add it to " + TypeWords.keys());
        }
      }
      if (!withheld.isEmpty()) {
        unplaced.add(withheldTypeWords(type.orElseThrow(), withheld));
      }
      for (String t : List.of("outpatient", "inpatient", "total-only")) {
        if (placed.containsKey(t)) {
          keys.put("type." + t, String.join(", ", placed.get(t)));
        }
      }
    }

    /**
     * The TO DO for a line-level extract's type cells that hold no activity word this command
     * knows: their cells, never their text, which an operator may have typed about a patient.
     */
    private String withheldTypeWords(RawCell type, List<String> withheld) {
      Set<String> unknown = new java.util.HashSet<>(withheld);
      List<String> cells = new ArrayList<>();
      int more = 0;
      for (RawRow r : data) {
        if (unknown.contains(r.text(type.column()).strip())) {
          if (cells.size() < 5) {
            cells.add(CellReference.of(type.column(), r.number()));
          } else {
            more++;
          }
        }
      }
      int n = withheld.size();
      return "type words: "
          + (n == 1 ? "1 value" : n + " values")
          + " of column \""
          + type.text()
          + "\" "
          + (n == 1 ? "is" : "are")
          + " not an activity word this command knows (text not shown, "
          + FreeText.WHY
          + "; "
          + (cells.size() == 1 ? "cell " : "cells ")
          + String.join(", ", cells)
          + (more > 0 ? " and " + more + " more" : "")
          + "): open "
          + (cells.size() == 1 ? "it" : "them")
          + ", and add each word that names an activity type to "
          + TypeWords.keys()
          + "; a row whose word no profile lists is refused and counts for nothing";
    }

    /** A date's text in a TO DO: quoted, or in a line-level extract described if free text. */
    private String quotedDate(String text) {
      return lineLevel && !FreeText.isShowable(text)
          ? FreeText.withheld(text, "a date")
          : "\"" + text + "\"";
    }

    private void dateFormat(Optional<RawCell> date, Map<RawCell, String> dayType) {
      // Each date written as text, with the cell it is in, so a date that fits no pattern can be
      // named for the person to correct.
      Map<String, String> texts = new LinkedHashMap<>();
      List<String> textCells = new ArrayList<>();
      List<String> textValues = new ArrayList<>();
      List<String> withheld = new ArrayList<>();
      boolean excelDates = false;
      if (date.isPresent()) {
        int col = date.get().column();
        for (RawRow r : data) {
          Optional<RawCell> c = r.cell(col);
          if (c.isPresent() && (c.get().date().isPresent() || c.get().number().isPresent())) {
            excelDates = true;
          } else if (c.isPresent()
              && (TableScreen.isWithheld(c.get().text())
                  || io.strikeimpact.ingest.screen.OutgoingScreen.holdsIdentifier(
                      c.get().text()))) {
            // A patient identifier is no date of any pattern: never quoted, never a pattern.
            withheld.add(CellReference.of(col, r.number()));
          } else if (c.isPresent()) {
            textValues.add(c.get().text());
            textCells.add(CellReference.of(col, r.number()));
          }
        }
      }
      if (!withheld.isEmpty()) {
        unplaced.add(
            "date.format: "
                + (withheld.size() == 1
                    ? "cell " + withheld.getFirst() + " of the date column holds"
                    : withheld.size()
                        + " cells of the date column ("
                        + String.join(", ", withheld.subList(0, Math.min(5, withheld.size())))
                        + (withheld.size() > 5 ? " and " + (withheld.size() - 5) + " more" : "")
                        + ") hold")
                + (withheld.size() == 1
                    ? " what looks like a patient identifier, not a date: it is not shown here and"
                        + " no pattern is made of it; its row will be rejected when the file is"
                        + " read: correct the cell in the file"
                    : " what look like patient identifiers, not dates: they are not shown here and"
                        + " no pattern is made of them; their rows will be rejected when the file"
                        + " is read: correct the cells in the file"));
      }
      for (RawCell h : dayType.keySet()) {
        Optional<RawCell> heading = headingOver(h.column());
        if (heading.isPresent() && heading.get().date().isPresent()) {
          excelDates = true;
        } else {
          String t = h.text();
          textValues.add(
              t.contains(" ")
                  ? t.substring(0, t.lastIndexOf(' '))
                  : heading.map(RawCell::text).orElse(t));
          textCells.add(CellReference.of(h.column(), header.number()));
        }
      }
      if (textValues.isEmpty()) {
        if (excelDates) {
          comments.add("dates are Excel dates: no date.format needed");
        }
        return;
      }
      DateFormatChoice choice = DateFormatChoice.of(DATE_PATTERNS, textValues);
      if (!choice.patterns().isEmpty()) {
        keys.put("date.format", String.join("|", choice.patterns()));
      }
      List<Integer> misfits = choice.misfits();
      if (choice.patterns().isEmpty()) {
        unplaced.add(
            "date.format: dates such as "
                + quotedDate(textValues.getFirst())
                + " (cell "
                + textCells.getFirst()
                + ") fit none of "
                + String.join(", ", DATE_PATTERNS));
      } else if (!misfits.isEmpty()) {
        unplaced.add(
            "date.format: "
                + (misfits.size() == 1 ? "1 date fits" : misfits.size() + " dates fit")
                + " no pattern and will be refused when the file is read: "
                + misfits.stream()
                    .limit(5)
                    .map(i -> quotedDate(textValues.get(i)) + " (cell " + textCells.get(i) + ")")
                    .collect(Collectors.joining(", "))
                + (misfits.size() > 5 ? " and " + (misfits.size() - 5) + " more" : "")
                + "; correct "
                + (misfits.size() == 1 ? "it" : "them")
                + " in the file, or add "
                + (misfits.size() == 1 ? "its" : "their")
                + " pattern to date.format");
      }
    }

    /** The profile's name, files and sheet, from the file's name and the header's sheet. */
    private void nameFilesAndSheet(boolean siteColumn, String defaultExtension) {
      String base = fileName.substring(fileName.lastIndexOf('/') + 1);
      String ext =
          base.contains(".")
              ? base.substring(base.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
              : defaultExtension;
      keys.put("name", base.replaceFirst("\\.[^.]*$", ""));
      if (OutgoingScreen.wasScreened(base)) {
        comments.add(
            "the file's name holds what looks like a patient identifier, so it is shown with the"
                + " identifier replaced: rename the file before it goes in the data folder, as its"
                + " name goes into every output");
      }
      keys.put("files", "returns/" + (siteColumn ? "*" : PLACEHOLDER_SITE) + "/*." + ext);
      if (!header.sheet().isEmpty() && !shownSheet().equals(header.sheet())) {
        comments.add(
            "the sheet's name holds what looks like a patient identifier, so it is not written"
                + " here: set sheet = the sheet's position (1 for the first)");
      } else if (!alike.isEmpty() && !isLineLevel()) {
        List<String> all = new ArrayList<>();
        all.add(shownSheet());
        alike.forEach(a -> all.add(io.strikeimpact.ingest.screen.OutgoingScreen.sheet(a)));
        comments.add(
            "sheets '"
                + String.join("', '", all)
                + "' have the same table: sheet = * reads every sheet that has it, so a tab"
                + " added for the next strike is read too; name one sheet to read it alone");
        keys.put("sheet", SheetChoice.EVERY);
      } else if (!header.sheet().isEmpty()) {
        keys.put("sheet", header.sheet());
      }
    }

    /**
     * Whether the file is a line-level extract, a row per appointment or spell, rather than a table
     * of counts: it has patient identifier columns or an id column of distinct values, and no
     * column of counts.
     */
    private boolean isLineLevel() {
      boolean idColumn =
          header.cells().stream()
              .anyMatch(h -> ID_HEADER.matcher(ColumnName.normalise(h.text())).matches());
      boolean countColumn =
          header.cells().stream()
              .filter(h -> !identifiers.containsKey(h.column()))
              .anyMatch(
                  h ->
                      COUNT_HEADER.matcher(ColumnName.normalise(h.text())).matches()
                          && numeric(h)
                          && values(h).stream()
                              .anyMatch(c -> c.number().orElse(1) > 1 || c.text().length() > 1));
      return (!identifiers.isEmpty() || idColumn || repeatsRows() || codesWithoutCounts())
          && !countColumn;
    }

    /** Words a header of counts holds: a table of counts names its column of figures. */
    private static final Pattern COUNT_WORDS =
        Pattern.compile(
            "rescheduled|cancelled|cancellations|postponed|count|number|total|volume|activity");

    /**
     * Whether a column is named as a code (an outcome, an attendance status) and none as counts:
     * the rows are appointments, each with its outcome, not figures ("Appt Date, Clinic type,
     * Outcome", whose outcome codes would otherwise be taken for counts by their content).
     */
    private boolean codesWithoutCounts() {
      boolean code = false;
      for (RawCell h : header.cells()) {
        if (identifiers.containsKey(h.column())) {
          continue;
        }
        String name = ColumnName.normalise(h.text());
        if (COUNT_WORDS.matcher(name).find()) {
          return false;
        }
        code |= CODE_HEADER.matcher(name).find();
      }
      return code;
    }

    /**
     * Whether a quarter of the data rows at least (three or more) repeat another row cell for cell:
     * a table of counts has a row per day and type, while an extract with no id column (date, type
     * and outcome) has a row per appointment, many alike.
     */
    private boolean repeatsRows() {
      Map<List<String>, Integer> seen = new java.util.HashMap<>();
      for (RawRow r : data) {
        List<String> key = new ArrayList<>();
        for (RawCell h : header.cells()) {
          if (!identifiers.containsKey(h.column())) {
            key.add(r.text(h.column()).strip());
          }
        }
        seen.merge(key, 1, Integer::sum);
      }
      int repeated = 0;
      for (int n : seen.values()) {
        if (n > 1) {
          repeated += n;
        }
      }
      return repeated >= 3 && repeated * 4 >= data.size();
    }

    /** A profile for a line-level extract: each row counts one, once filtered by its code. */
    private Suggestion lineLevel() {
      lineLevel = true;
      Optional<RawCell> specialtyCode =
          column(
              "tfc|treatment function code|treatment function|specialty code|tfc code", c -> false);
      Optional<RawCell> specialty =
          column("specialty|speciality|specialty name|specialty description|tfc name", c -> false);
      Optional<RawCell> date =
          column(
              "appointment date|activity date|admission date|date|clinic date|procedure date"
                  + "|appt date|tci date|operation date",
              this::mostlyDates);
      Optional<RawCell> type =
          column(
              "type|activity|pod|point of delivery|setting|appointment type|activity type"
                  + "|patient class|patient type",
              this::fewWords);
      Optional<RawCell> site =
          column(
              "site|ods code|ods|org code|organisation code|trust code|provider code|site code",
              this::mostlyOds);
      Optional<RawCell> code =
          header.cells().stream()
              .filter(h -> !claimed.contains(h.column()))
              .filter(h -> CODE_HEADER.matcher(ColumnName.normalise(h.text())).find())
              .findFirst();
      code.ifPresent(h -> claimed.add(h.column()));

      nameFilesAndSheet(site.isPresent(), "csv");
      keys.put("layout", "line-level");
      comments.add(
          "a line-level extract: a row per appointment or spell, each row counting one; header at"
              + " row "
              + header.number());
      identifiers
          .values()
          .forEach(
              v ->
                  comments.add(
                      "column "
                          + CellReference.column(v.column())
                          + " (\""
                          + header.text(v.column())
                          + "\") holds "
                          + v.kind().plural()
                          + ": never read, and never to be named below"));
      keys.put("header.row", "auto");
      if (site.isPresent()) {
        keys.put("column.site", site.get().text());
      } else {
        keys.put("site", PLACEHOLDER_SITE);
        unplaced.add(
            "site: set site to the hospital's ODS code from reference/sites.csv, and the folder in files");
      }
      date.ifPresent(d -> keys.put("column.date", d.text()));
      keys.put("action", date.isPresent() ? "by-date" : "ACTION-ID");
      if (date.isEmpty()) {
        unplaced.add(
            "action: no column of appointment dates found; set action to the id of the action in"
                + " reference/calendar.csv");
      }
      if (type.isPresent()) {
        keys.put("column.type", type.get().text());
      } else {
        keys.put("type", "total-only");
        unplaced.add(
            "type: no column of activity types found; total-only assumed (set outpatient or inpatient if the whole extract is one)");
      }
      specialty.ifPresent(s -> keys.put("column.specialty", s.text()));
      specialtyCode.ifPresent(s -> keys.put("column.specialty-code", s.text()));
      if (code.isPresent()) {
        // Codes, numbers and text that recurs are named; rarer text, which an operator may have
        // typed about one patient, is only counted.
        Map<String, Integer> often = new java.util.TreeMap<>();
        for (RawCell c : values(code.get())) {
          if (!TableScreen.isWithheld(c.text())) {
            often.merge(c.text(), 1, Integer::sum);
          }
        }
        List<String> seen = new ArrayList<>();
        int rare = 0;
        for (Map.Entry<String, Integer> e : often.entrySet()) {
          String v = e.getKey();
          if (!FreeText.isShowable(v)
              && (e.getValue() < FreeText.RECURRING || !Identifiers.scrub(v).equals(v))) {
            rare++;
          } else if (seen.size() < 20) {
            seen.add(v);
          }
        }
        if (rare > 0) {
          seen.add(
              (rare == 1 ? "1 value" : rare + " values")
                  + " of text on fewer than "
                  + FreeText.RECURRING
                  + " rows each, not shown");
        }
        keys.put("filter.column", code.get().text());
        keys.put("filter.values", "CHANGE-ME");
        unplaced.add(
            "filter.column, filter.values: the rows to count are those rescheduled because of the"
                + " action; \""
                + code.get().text()
                + "\" looks like the code that says so (values seen: "
                + String.join(", ", seen)
                + "); set filter.values to the codes that mean rescheduled for industrial action,"
                + " or name another column");
      } else {
        keys.put("filter.column", "CHANGE-ME");
        keys.put("filter.values", "CHANGE-ME");
        unplaced.add(
            "filter.column, filter.values: name the column of attendance, outcome or cancellation"
                + " codes, and the codes that mean rescheduled for industrial action");
      }
      typeWords(type, Map.of());
      dateFormat(date, Map.of());
      return new Suggestion(render(), unplaced);
    }

    /** The sheet's name with any patient identifier in it replaced, as output may show it. */
    private String shownSheet() {
      return io.strikeimpact.ingest.screen.OutgoingScreen.sheet(header.sheet());
    }

    private String render() {
      StringBuilder s = new StringBuilder();
      s.append("# Suggested by 'strike-impact profile suggest' from ")
          .append(fileName)
          .append(header.sheet().isEmpty() ? "" : ", sheet '" + shownSheet() + "'")
          .append(".\n");
      s.append(
          "# Check every line, then save it as profiles/<name>.properties in the data folder.\n");
      for (String c : comments) {
        s.append("# ").append(c).append(".\n");
      }
      for (String u : unplaced) {
        s.append("# TO DO ").append(u).append('\n');
      }
      keys.forEach((k, v) -> s.append(k).append(" = ").append(v).append('\n'));
      return s.toString();
    }

    /**
     * The first unclaimed column named as one of names, else containing one, else by content;
     * claimed.
     */
    private Optional<RawCell> column(
        String names, java.util.function.Predicate<RawCell> byContent) {
      List<String> wanted = List.of(names.split("\\|"));
      List<RawCell> free =
          header.cells().stream().filter(h -> !claimed.contains(h.column())).toList();
      Optional<RawCell> found = Optional.empty();
      for (String w : wanted) {
        found =
            found.or(
                () ->
                    free.stream()
                        .filter(h -> ColumnName.normalise(h.text()).equals(w))
                        .findFirst());
      }
      found =
          found.or(
              () ->
                  free.stream()
                      .filter(
                          h ->
                              wanted.stream()
                                  .anyMatch(
                                      w ->
                                          w.length() > 3
                                              && ColumnName.normalise(h.text()).contains(w)))
                      .findFirst());
      found = found.or(() -> free.stream().filter(byContent).findFirst());
      found.ifPresent(h -> claimed.add(h.column()));
      return found;
    }

    private boolean used(RawCell c, Optional<?>... others) {
      for (Optional<?> o : others) {
        if (o.isPresent() && o.get() == c) {
          return true;
        }
      }
      return false;
    }

    private List<RawCell> values(RawCell h) {
      return data.stream().map(r -> r.cell(h.column())).flatMap(Optional::stream).toList();
    }

    private boolean mostlyDates(RawCell h) {
      List<RawCell> v = values(h);
      return !v.isEmpty()
          && v.stream()
                      .filter(
                          c ->
                              c.date().isPresent()
                                  || DATE_PATTERNS.stream()
                                      .anyMatch(
                                          p ->
                                              DateFormats.parse(p).parseDate(c.text()).isPresent()))
                      .count()
                  * 5
              >= v.size() * 4;
    }

    private boolean fewWords(RawCell h) {
      List<RawCell> v = values(h);
      long distinct = v.stream().map(RawCell::text).distinct().count();
      return !v.isEmpty()
          && v.stream().allMatch(RawCell::isLabel)
          && distinct <= 12
          && v.stream().anyMatch(c -> typeOf(c.text()).isPresent());
    }

    /**
     * A column of figures whose heading says it counts staff taking part ("Staff on strike",
     * "Nurses taking part"), never one that names a staff group or grade in words.
     */
    private Optional<RawCell> staffColumn() {
      return claimFirst(
          h -> {
            String t = ColumnName.normalise(h.text());
            return STAFF_HEADING.matcher(t).find() && !STAFF_WORDS.matcher(t).find() && numeric(h);
          });
    }

    /** A column saying where each staff figure comes from: "Staff source", "Staff note". */
    private Optional<RawCell> staffNoteColumn() {
      return claimFirst(
          h -> {
            String t = ColumnName.normalise(h.text());
            return t.contains("staff") && (t.contains("source") || t.contains("note"));
          });
    }

    /** The first column no other key has claimed that {@code test} accepts, now claimed. */
    private Optional<RawCell> claimFirst(java.util.function.Predicate<RawCell> test) {
      Optional<RawCell> found =
          header.cells().stream()
              .filter(h -> !claimed.contains(h.column()))
              .filter(test)
              .findFirst();
      found.ifPresent(h -> claimed.add(h.column()));
      return found;
    }

    /**
     * Whether a column holds figures: numbers, with marks of no figure among them ("*", "<5", "-"),
     * as a column of inpatients with small numbers withheld has; at least one a number.
     */
    private boolean numeric(RawCell h) {
      List<RawCell> v = values(h);
      boolean figure = false;
      for (RawCell c : v) {
        if (c.date().isPresent()) {
          return false;
        }
        if (!c.isLabel()) {
          figure = true;
        } else if (!NoFigureMarks.suppressed(c.text()) && !NoFigureMarks.nil(c.text())) {
          return false;
        }
      }
      return figure;
    }

    private boolean mostlyOds(RawCell h) {
      List<RawCell> v = values(h);
      return !v.isEmpty() && v.stream().allMatch(c -> ODS.matcher(c.text()).matches());
    }

    private boolean isDayType(String text) {
      String t = text.strip();
      int space = t.lastIndexOf(' ');
      if (space < 0) {
        return false;
      }
      String datePart = t.substring(0, space).strip();
      return typeOf(t.substring(space + 1)).isPresent()
          && DATE_PATTERNS.stream()
              .anyMatch(p -> DateFormats.parse(p).parseDate(datePart).isPresent());
    }

    private Optional<RawCell> headingOver(int column) {
      if (above == null) {
        return Optional.empty();
      }
      RawCell nearest = null;
      for (RawCell c : above.cells()) {
        if (c.column() <= column) {
          nearest = c;
        }
      }
      return Optional.ofNullable(nearest).filter(c -> c.date().isPresent() || isDateText(c.text()));
    }

    private static boolean isDateText(String text) {
      return DATE_PATTERNS.stream().anyMatch(p -> DateFormats.parse(p).parseDate(text).isPresent());
    }
  }

  /** outpatient, inpatient or total-only for a word a hospital uses, if it is a common one. */
  /** What an Excel pivot table writes before a field it adds up: "Sum of Outpatients". */
  private static final Pattern PIVOT_SUM = Pattern.compile("(?i)^(sum|count|total) of\\s+");

  static Optional<String> typeOf(String word) {
    String w = PIVOT_SUM.matcher(word.strip()).replaceFirst("");
    if (OUTPATIENT.matcher(w).matches()) {
      return Optional.of("outpatient");
    }
    if (INPATIENT.matcher(w).matches()) {
      return Optional.of("inpatient");
    }
    if (TOTAL_ONLY.matcher(w).matches()) {
      return Optional.of("total-only");
    }
    return Optional.empty();
  }
}
