package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.screen.ColumnScreen;
import io.strikeimpact.ingest.screen.IdentifierKind;
import io.strikeimpact.ingest.screen.Identifiers;
import io.strikeimpact.ingest.screen.OutgoingScreen;
import io.strikeimpact.ingest.screen.TableScreen;
import io.strikeimpact.ingest.table.CellReference;
import io.strikeimpact.ingest.table.ContentCheck;
import io.strikeimpact.ingest.table.CsvDialect;
import io.strikeimpact.ingest.table.CsvTableReader;
import io.strikeimpact.ingest.table.FileNote;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.ingest.table.TableReader;
import io.strikeimpact.ingest.table.UnreadableFileException;
import io.strikeimpact.ingest.table.Utf16Text;
import io.strikeimpact.ingest.table.stream.CsvStreamReader;
import io.strikeimpact.ingest.table.stream.XlsStreamReader;
import io.strikeimpact.ingest.table.stream.XlsxStreamReader;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.ParticipationTable;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.StrikeCalendar;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one return (xlsx, xls or csv) with its profile into counts or stated totals. Never throws
 * for bad input: an unreadable file is one ERROR, a bad row is a rejected row with all its
 * problems.
 */
public final class ReturnReader {
  private final StrikeCalendar calendar;
  private final List<Site> sites;
  private final ParticipationTable participation;

  public ReturnReader(StrikeCalendar calendar, List<Site> sites, ParticipationTable participation) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.sites = List.copyOf(sites);
    this.participation = Objects.requireNonNull(participation, "participation");
  }

  /**
   * @param file the file's name in the data folder, used in every provenance
   * @param bytes the file's content
   * @param sha256 the SHA-256 of the content, lower-case hex
   */
  public ReturnRead read(String file, byte[] bytes, String sha256, Profile profile) {
    ReturnContext context = new ReturnContext(file, sha256, profile, calendar, sites);
    RowInterpreter interpreter =
        profile.role() == Profile.Role.STATED_TOTALS
            ? new StatedTotalRows(context)
            : new ActivityRows(context, participation);
    Optional<TableReader> reader = TableReader.forName(file);
    if (bytes.length == 0 || reader.isEmpty()) {
      DataProblem problem =
          bytes.length == 0
              ? new DataProblem(
                  Severity.ERROR,
                  context.whole(""),
                  "0 bytes",
                  "a return with a table of figures",
                  "send the return again; the file is empty")
              : new DataProblem(
                  Severity.ERROR,
                  context.whole(""),
                  file.substring(file.lastIndexOf('/') + 1),
                  "an .xlsx, .xls or .csv file",
                  "save the return as .xlsx or .csv, or change files in "
                      + profile.source()
                      + " so it does not match this file");
      return interpreter.result("", List.of(problem));
    }
    List<DataProblem> fileProblems = new ArrayList<>();
    TableScreen screen = new TableScreen(context.birthDatesBefore());
    Walker walker = new Walker(new HeaderFinder(profile), interpreter, screen, context);
    try {
      ContentCheck.Checked checked = ContentCheck.check(file, bytes);
      walker.csv = checked.reader() instanceof CsvTableReader;
      for (FileNote note : checked.notes()) {
        fileProblems.add(
            new DataProblem(
                Severity.WARNING, context.whole(""), note.found(), note.expected(), note.fix()));
      }
      // Two passes: the first decides which columns hold patient identifiers from every cell,
      // the second hands the rows on with those cells withheld, so no layout ever sees them.
      byte[] content = checked.content();
      // A Guidance sheet with example rows under the same header is never read in silence.
      SheetRivals.Choice sheet = SheetRivals.choose(content, checked.reader(), profile, context);
      sheet.warning().ifPresent(fileProblems::add);
      checked.reader().read(new ByteArrayInputStream(content), sheet.sheet(), screen::observe);
      checked.reader().read(new ByteArrayInputStream(content), sheet.sheet(), walker::accept);
    } catch (UnreadableFileException e) {
      // Nothing of a file that failed part way is kept: its rows read so far are dropped too.
      return refused(
          new DataProblem(Severity.ERROR, context.whole(""), e.found(), e.expected(), e.fix()));
    }
    if (walker.refusal != null) {
      return refused(walker.refusal);
    }
    if (walker.columns == null) {
      fileProblems.add(walker.finder.notFound(context.whole(walker.sheet)));
    } else {
      lineLevelLookalike(screen, walker.sheet, context).ifPresent(fileProblems::add);
    }
    fileProblems.addAll(identifiersInText(screen, context));
    ReturnRead read = walker.withRowsWithheld(interpreter.result(walker.sheet, fileProblems));
    return read.withRows(
        ProblemGroups.group(read.problems()),
        read.rejected(),
        read.rowsRead(),
        read.rowsRejected());
  }

  /**
   * A table of counts holds no patient identifiers; one that does is most likely a line-level
   * extract (a row per appointment) read with a profile that forgot {@code layout = line-level},
   * which adds up whatever column was named the count (an outcome code, say) as if each row were a
   * count. The red team's PAS extract so read gave N&amp;N 1,045 for 197 rescheduled, with no word.
   */
  private static java.util.Optional<DataProblem> lineLevelLookalike(
      TableScreen screen, String sheet, ReturnContext context) {
    if (!screen.isPatientTable(sheet)) {
      return java.util.Optional.empty();
    }
    String which =
        screen.columns(sheet).values().stream()
            .findFirst()
            .map(v -> "column " + CellReference.column(v.column()) + " holds " + v.kind().plural())
            .orElse("its cells hold patient identifiers");
    if (context.profile().role() == Profile.Role.STATED_TOTALS) {
      // A summary of totals is never an extract, so "set layout = line-level" cannot be the fix.
      return java.util.Optional.of(
          new DataProblem(
              Severity.WARNING,
              context.whole(sheet),
              which,
              "a summary of stated totals, which holds no patient identifiers",
              "nothing to fix for this pack: the column was withheld, never read or shown, and the"
                  + " totals beside it stand; ask the sender for the summary without it"));
    }
    return java.util.Optional.of(
        new DataProblem(
            Severity.WARNING,
            context.whole(sheet),
            which,
            "a table of counts, which holds no patient identifiers; this looks like a line-level"
                + " extract, a row per appointment",
            "if each row is one appointment or procedure, set layout = line-level in "
                + context.profile().source()
                + " (with filter.column and filter.values for the outcome that means rescheduled):"
                + " read as a table, each row's figure is added up as a count of appointments"));
  }

  /**
   * A warning for each cell whose text held a patient identifier among other words: a summary
   * return's "Comments" cell that reads "pt 943 476 5919 moved to 20/03". The identifier is
   * replaced where it stood, the row is read as it would have been, and the cell is named so the
   * hospital can take it out; the cell's text is not quoted, as what else it says of the patient no
   * screen can tell.
   */
  private static List<DataProblem> identifiersInText(TableScreen screen, ReturnContext context) {
    List<DataProblem> warnings = new ArrayList<>();
    for (TableScreen.InText cell : screen.identifiersInText()) {
      List<String> kinds = new ArrayList<>();
      List<String> marks = new ArrayList<>();
      for (IdentifierKind k : cell.kinds()) {
        kinds.add(k.withheld().replace("a value that looks like ", "").replace(", not shown", ""));
        marks.add(Identifiers.mark(k));
      }
      warnings.add(
          new DataProblem(
              Severity.WARNING,
              new Provenance(
                  context.file(),
                  context.sha256(),
                  OutgoingScreen.sheet(cell.sheet()),
                  CellReference.of(cell.column(), cell.row())),
              "text holding what looks like " + String.join(" and ", kinds) + ", not shown",
              "a return of counts with no patient details in any cell, notes and comments"
                  + " included",
              "take the patient's details out of the cell and send the return again; meanwhile"
                  + " the cell is shown with "
                  + String.join(" and ", marks)
                  + " in their place (withheld: patient identifiers never leave ingest), and its"
                  + " row is read as it would have been"));
    }
    return warnings;
  }

  /** A file refused whole: one problem, and nothing of it counted or kept. */
  private static ReturnRead refused(DataProblem problem) {
    return ReturnRead.refused("", List.of(problem), 0);
  }

  /**
   * Reads a line-level extract ({@code layout = line-level}) from a file on disk, streaming it: an
   * xlsx file by its zip directory and the sheet's XML as it inflates, a csv file line by line.
   *
   * @param file the file's name in the data folder, used in every provenance
   * @param path where its bytes are
   * @param sha256 the SHA-256 of the content, lower-case hex
   */
  /** The SHA-256 of a file, when it is known: may wait for the thread computing it. */
  @FunctionalInterface
  public interface Sha256Later {
    String get() throws IOException;
  }

  /**
   * Reads a line-level extract while its SHA-256 is computed elsewhere: the provenance of every
   * count, problem and rejected row gets the fingerprint once both are done.
   */
  public ReturnRead readLineLevel(String file, Path path, Sha256Later sha256, Profile profile)
      throws IOException {
    PendingSha256 pending = new PendingSha256();
    ReturnRead read = readLineLevel(file, path, pending.standIn, profile);
    return pending.resolve(read, sha256.get());
  }

  public ReturnRead readLineLevel(String file, Path path, String sha256, Profile profile) {
    ReturnContext context = new ReturnContext(file, sha256, profile, calendar, sites);
    LineLevelRows rows = new LineLevelRows(context, participation);
    String lower = file.toLowerCase(Locale.ROOT);
    List<DataProblem> notes = new ArrayList<>();
    try {
      if (Files.size(path) == 0) {
        return rows.result(
            List.of(
                new DataProblem(
                    Severity.ERROR,
                    context.whole(""),
                    "0 bytes",
                    "a line-level extract",
                    "send the extract again; the file is empty")));
      }
      if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
        new XlsxStreamReader().read(path, profile.sheet(), rows::row);
      } else if (lower.endsWith(".xls")) {
        // At most 65,536 rows: POI's in-memory reader is bounded, and hands the same rows on.
        try (InputStream in = Files.newInputStream(path)) {
          new XlsStreamReader().read(in, profile.sheet(), rows::row);
        }
      } else if (lower.endsWith(".csv") && utf16(path)) {
        // Streamed byte by byte, UTF-16 would read as text with a 0 between letters.
        return rows.result(
            List.of(
                new DataProblem(
                    Severity.ERROR,
                    context.whole(""),
                    "UTF-16 text (as Excel's \"Unicode Text\" saves it)",
                    "a line-level extract saved as csv in UTF-8",
                    "open the file in Excel and save it as \"CSV UTF-8 (Comma delimited)\", or as"
                        + " .xlsx, and send that")));
      } else if (lower.endsWith(".csv")) {
        // Taken for UTF-8 (the separator from the first lines) and checked as it is parsed, in one
        // pass; a file that is not UTF-8 is read again from the start, in the encoding found for
        // it as for a table, and nothing of the first pass is kept.
        CsvDialect utf8;
        try (InputStream in = Files.newInputStream(path)) {
          utf8 = CsvDialect.ofHead(in);
        }
        try (InputStream in = Files.newInputStream(path)) {
          if (new CsvStreamReader(utf8).readIfUtf8(in, rows::row)) {
            return rows.result(notes);
          }
        }
        rows = new LineLevelRows(context, participation);
        CsvDialect dialect;
        try (InputStream in = Files.newInputStream(path)) {
          dialect = CsvDialect.of(in);
        }
        dialect
            .note()
            .ifPresent(
                n ->
                    notes.add(
                        new DataProblem(
                            Severity.WARNING,
                            context.whole(""),
                            n.found(),
                            n.expected(),
                            n.fix())));
        try (InputStream in = Files.newInputStream(path)) {
          new CsvStreamReader(dialect).read(in, rows::row);
        }
      } else {
        return rows.result(
            List.of(
                new DataProblem(
                    Severity.ERROR,
                    context.whole(""),
                    file.substring(file.lastIndexOf('/') + 1),
                    "an .xlsx, .xls or .csv file for a line-level extract",
                    "save the extract as .xlsx or .csv, or change files in "
                        + profile.source()
                        + " so it does not match this file")));
      }
    } catch (UnreadableFileException e) {
      return rows.result(
          List.of(
              new DataProblem(
                  Severity.ERROR, context.whole(""), e.found(), e.expected(), e.fix())));
    } catch (IOException e) {
      return rows.result(
          List.of(
              new DataProblem(
                  Severity.ERROR,
                  context.whole(""),
                  String.valueOf(e.getMessage()),
                  "a file that can be opened",
                  "check the file's permissions and that it is not open in another program")));
    }
    return rows.result(notes);
  }

  private static boolean utf16(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return Utf16Text.declared(in.readNBytes(2)).isPresent();
    }
  }

  /**
   * Hands screened rows to the header finder until the header is found, then to the interpreter. A
   * profile that maps a column of patient identifiers refuses the file; a data row with an
   * identifier in a mapped column is rejected here, before any layout reads it.
   */
  private static final class Walker {
    final HeaderFinder finder;
    final RowInterpreter interpreter;
    final TableScreen screen;
    final ReturnContext context;
    final List<RejectedRow> rejected = new ArrayList<>();
    final List<DataProblem> problems = new ArrayList<>();
    HeaderColumns columns;
    DataProblem refusal;
    String sheet = "";

    /** One more than the header's last column with a name; cells beyond it have no column. */
    int headerWidth;

    /** Whether the file is read as csv (by its content, not its name), where a field is a comma. */
    boolean csv;

    Walker(
        HeaderFinder finder,
        RowInterpreter interpreter,
        TableScreen screen,
        ReturnContext context) {
      this.finder = finder;
      this.interpreter = interpreter;
      this.screen = screen;
      this.context = context;
      this.hidden = new HiddenRows(context);
    }

    void accept(RawRow raw) {
      if (refusal != null) {
        return;
      }
      RawRow row = screen.screen(raw);
      sheet = row.sheet();
      if (columns == null) {
        columns = finder.offer(row).orElse(null);
        if (columns != null) {
          refusal = refusal(row);
          headerWidth = row.cells().stream().mapToInt(c -> c.column() + 1).max().orElse(0);
          end = new TableEnd(context, columns, row);
        }
      } else if (end.offer(row) == TableEnd.Verdict.READ && !row.isBlank()) {
        hidden.offer(row);
        if (!rejectedForIdentifiers(row) && !rejectedAsSplit(row)) {
          interpreter.row(row, columns);
        }
      }
    }

    /** The hidden rows read, named in one warning. */
    final HiddenRows hidden;

    /** Where the table ends; null until the header is found. */
    TableEnd end;

    /** "1,168" unquoted in a csv: the digits before the comma and the three after. */
    private static final java.util.regex.Pattern THOUSANDS_HEAD =
        java.util.regex.Pattern.compile("\\d{1,3}");

    private static final java.util.regex.Pattern THOUSANDS_TAIL =
        java.util.regex.Pattern.compile("\\d{3}");

    /**
     * Whether a csv row has more fields than its header because a number was written with a comma
     * and no quotes ("...,110,1,168,14"): every field after it has moved one column right, and its
     * figures are wrong, so the row is rejected rather than read shifted. Only a row with fields
     * beyond the header and two neighbouring fields that read as a split number is so rejected; a
     * note beyond the header is left as it was.
     */
    private boolean rejectedAsSplit(RawRow row) {
      if (!csv
          || headerWidth == 0
          || row.cells().stream().noneMatch(c -> c.column() >= headerWidth && !c.isBlank())) {
        return false;
      }
      // From the right: the pair nearest the extra field is the likeliest split.
      for (RawCell cell : row.cells().reversed()) {
        int c = cell.column();
        if (THOUSANDS_HEAD.matcher(cell.text()).matches()
            && THOUSANDS_TAIL.matcher(row.text(c + 1)).matches()) {
          DataProblem problem =
              new DataProblem(
                  Severity.ERROR,
                  context.row(row),
                  row.text(c) + "," + row.text(c + 1),
                  "no more fields than the header's "
                      + headerWidth
                      + "; this row has "
                      + (row.cells().stream().mapToInt(x -> x.column() + 1).max().orElse(0))
                      + ", as a number written with a comma and no quotes splits in two (columns "
                      + CellReference.column(c)
                      + " and "
                      + CellReference.column(c + 1)
                      + ")",
                  "write the number without the comma ("
                      + row.text(c)
                      + row.text(c + 1)
                      + ") or in double quotes (\""
                      + row.text(c)
                      + ","
                      + row.text(c + 1)
                      + "\"), or save the return from Excel as CSV, which quotes it; the row was not"
                      + " counted");
          problems.add(problem);
          rejected.add(new RejectedRow(context.row(row), row.values(), List.of(problem)));
          return true;
        }
      }
      return false;
    }

    /** The problem that refuses the file when a mapped column holds patient identifiers. */
    private DataProblem refusal(RawRow header) {
      Map<Integer, ColumnScreen.Verdict> screened = screen.columns(header.sheet());
      for (Map.Entry<Integer, String> m : columns.mapped().entrySet()) {
        ColumnScreen.Verdict v = screened.get(m.getKey());
        if (v != null) {
          return new DataProblem(
              Severity.ERROR,
              context.at(header, m.getKey()),
              header.text(m.getKey()),
              "a profile that maps no column of patient identifiers to "
                  + m.getValue()
                  + "; column "
                  + CellReference.column(m.getKey())
                  + " holds "
                  + v.kind().plural()
                  + " (known by "
                  + v.how()
                  + ")",
              "map "
                  + m.getValue()
                  + " in "
                  + context.profile().source()
                  + " to the column of figures it stands for; if this is an extract of one row"
                  + " per appointment, set layout = line-level. Nothing of this file was counted");
        }
      }
      return null;
    }

    private boolean rejectedForIdentifiers(RawRow row) {
      List<DataProblem> found = new ArrayList<>();
      for (Map.Entry<Integer, String> m : columns.mapped().entrySet()) {
        String text = row.text(m.getKey());
        if (TableScreen.isWithheld(text)) {
          found.add(
              new DataProblem(
                  Severity.ERROR,
                  context.at(row, m.getKey()),
                  text,
                  "a figure or label for " + m.getValue() + ", not a patient identifier",
                  "correct the cell in the return: patient identifiers are never read, so the row"
                      + " was not counted"));
        }
      }
      if (found.isEmpty()) {
        return false;
      }
      problems.addAll(found);
      rejected.add(new RejectedRow(context.row(row), row.values(), found));
      return true;
    }

    /**
     * The interpreter's result with the rows rejected here added, and every withheld cell of a
     * rejected row blanked: a rejected row keeps its shape, never an identifier. In a table that
     * holds patient identifiers anywhere, only the mapped columns of a rejected row are kept, as in
     * a line-level extract: its other cells may hold what no screen can recognise (a name under
     * "Contact").
     */
    ReturnRead withRowsWithheld(ReturnRead read) {
      hidden.warning().ifPresent(problems::add);
      if (end != null) {
        problems.addAll(end.warnings());
        List<RejectedRow> below = end.rejected();
        if (!below.isEmpty()) {
          problems.add(below.getFirst().problems().getFirst());
          rejected.addAll(below);
        }
      }
      List<DataProblem> allProblems = new ArrayList<>(read.problems());
      allProblems.addAll(problems);
      List<RejectedRow> allRejected = new ArrayList<>(read.rejected());
      allRejected.addAll(rejected);
      boolean patientTable = screen.isPatientTable(sheet);
      java.util.Set<Integer> mapped =
          columns == null ? java.util.Set.of() : columns.mapped().keySet();
      List<RejectedRow> blanked = new ArrayList<>(allRejected.size());
      for (RejectedRow r : allRejected) {
        List<String> values = new ArrayList<>(r.values().size());
        for (int c = 0; c < r.values().size(); c++) {
          String v = r.values().get(c);
          values.add(TableScreen.isWithheld(v) || (patientTable && !mapped.contains(c)) ? "" : v);
        }
        blanked.add(new RejectedRow(r.row(), values, r.problems()));
      }
      return read.withRows(
          allProblems,
          blanked,
          read.rowsRead() + rejected.size(),
          read.rowsRejected() + rejected.size());
    }
  }
}
