package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.profile.Profile.Field;
import io.strikeimpact.ingest.profile.TypeWords;
import io.strikeimpact.ingest.screen.ColumnScreen;
import io.strikeimpact.ingest.screen.FreeText;
import io.strikeimpact.ingest.screen.IdentifierKind;
import io.strikeimpact.ingest.screen.Identifiers;
import io.strikeimpact.ingest.screen.OutgoingScreen;
import io.strikeimpact.ingest.screen.RoughDates;
import io.strikeimpact.ingest.table.CellDate;
import io.strikeimpact.ingest.table.CellReference;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.ingest.table.stream.StreamRow;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Participation;
import io.strikeimpact.model.ParticipationTable;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Adds up a line-level extract (one row per rescheduled appointment or procedure) into counts by
 * site, action, date, type and specialty, as the rows stream past: memory grows with the number of
 * distinct counts, never with the number of rows.
 *
 * <p>Each count's provenance names the file, its SHA-256, the sheet and, as the cell, the first and
 * last rows counted into it: {@code rows 2 to 1,000,001}. Every value of every column passes the
 * {@link ColumnScreen}, but only the mapped columns are kept, in counts or rejected rows. A column
 * of patient identifiers is named in a WARNING; when the profile maps one, the extract is refused
 * whole. A mapped cell that is itself an identifier rejects its row without quoting it.
 */
final class LineLevelRows {
  /** Rejected rows kept whole; the rest are counted in one WARNING. */
  static final int MAX_REJECTED_KEPT = 1000;

  private final ReturnContext context;
  private final Profile profile;
  private final ParticipationTable participation;
  private final HeaderFinder finder;

  private final Map<Key, Tally> tallies = new HashMap<>();
  private final List<DataProblem> problems = new ArrayList<>();
  private final List<RejectedRow> rejected = new ArrayList<>();
  private final Set<String> warnedNotTakingPart = new HashSet<>();
  private int rowsRejected;
  private int rowsRead;
  private int rowsUsed;
  private String sheet = "";

  private HeaderColumns columns;
  private int headerRow;
  private List<String> headers = List.of();
  private int siteCol = -1;
  private int dateCol = -1;
  private int typeCol = -1;
  private int actionCol = -1;
  private int codeCol = -1;
  private int nameCol = -1;
  private int filterCol = -1;

  /** Rows the filter left out, by their value in the filter column, in order of value. */
  private final Map<String, Integer> notCounted = new java.util.TreeMap<>();

  /**
   * The filter's answer for each value met in its column: {@link #COUNTED}, or the key the row is
   * left out under. Asked once a value, not once a row (a filter compares numbers by parsing).
   */
  private final Map<String, String> filtered = new HashMap<>();

  private static final String COUNTED = new String("counted");

  /** At most this many values are named; the rest are folded into one entry. */
  static final int NOT_COUNTED_VALUES_NAMED = 12;

  static final String WITHHELD_VALUE = "a value withheld as it looks like a patient identifier";
  static final String BLANK_VALUE = "blank";

  /** Every value of every column, read or not, is screened for patient identifiers. */
  private final ColumnScreen screen;

  /** The screened columns known from the header, before any value is read. */
  private Map<Integer, ColumnScreen.Verdict> byHeader = Map.of();

  private boolean[] knownByHeader = new boolean[0];

  private boolean abandoned;

  /** Whether the extract has patient columns: then an old date in a mapped cell is withheld. */
  private boolean patientFile;

  private final Map<String, String> sites = new HashMap<>();
  private final Map<String, Dated> dates = new HashMap<>();

  /**
   * A date cell read, with its day of action worked out once: {@link CellDate#day()} makes a new
   * day for a time before 07:00 on every call, which cost a row its count's tally by identity.
   */
  private record Dated(CellDate cell, LocalDate day) {}

  private final Map<LocalDate, IndustrialAction> actionsByDate = new HashMap<>();
  private final Set<LocalDate> datesChecked = new HashSet<>();
  private final Map<String, IndustrialAction> actionsById = new HashMap<>();
  private final Map<String, ActivityType> types = new HashMap<>();
  private final Map<String, String> specialties = new HashMap<>();

  LineLevelRows(ReturnContext context, ParticipationTable participation) {
    this.context = context;
    this.profile = context.profile();
    this.participation = participation;
    this.finder = new HeaderFinder(profile);
    this.screen = new ColumnScreen(context.birthDatesBefore());
    this.hidden = new HiddenRows(context);
  }

  /** The key of one count. */
  private record Key(
      String site, String actionId, ActivityType type, LocalDate date, String specialty) {
    /**
     * The order counts are listed in: site, action, date (none first), type, specialty (none
     * first). A class, not a chain of {@code Comparator.comparing} lambdas: each lambda is a class
     * spun at run time, a cost every small extract paid.
     */
    static final Comparator<Key> ORDER =
        new Comparator<>() {
          @Override
          public int compare(Key a, Key b) {
            int c = a.site.compareTo(b.site);
            if (c == 0) {
              c = a.actionId.compareTo(b.actionId);
            }
            if (c == 0) {
              c = nullsFirst(a.date, b.date);
            }
            if (c == 0) {
              c = a.type.compareTo(b.type);
            }
            if (c == 0) {
              c = nullsFirst(a.specialty, b.specialty);
            }
            return c;
          }
        };

    /**
     * Written out, as {@link #equals} is: a record's own are bootstrapped by {@code
     * java.lang.runtime.ObjectMethods} on first use (a cold-JVM trial of a record's hashCode,
     * equals and toString took 65 to 140 ms on this machine at load 9), and Key was the only record
     * an ingest hashed.
     */
    @Override
    public int hashCode() {
      int h = site.hashCode();
      h = 31 * h + actionId.hashCode();
      h = 31 * h + type.hashCode();
      h = 31 * h + java.util.Objects.hashCode(date);
      return 31 * h + java.util.Objects.hashCode(specialty);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && site.equals(k.site)
          && actionId.equals(k.actionId)
          && type == k.type
          && java.util.Objects.equals(date, k.date)
          && java.util.Objects.equals(specialty, k.specialty);
    }

    private static <T extends Comparable<T>> int nullsFirst(T a, T b) {
      return a == null ? (b == null ? 0 : -1) : b == null ? 1 : a.compareTo(b);
    }
  }

  /**
   * The tallies of the keys met lately, found by the identity of the key's parts: a row's site,
   * action, date and specialty come from the maps above, so the same count's rows bring the same
   * instances, and most rows find their tally without making a {@link Key} or looking it up in
   * {@link #tallies}. A miss (parts equal but not the same instances, or a slot taken by another
   * key) falls back to {@link #tallies}, so the counts are those of the map alone.
   */
  private final RecentTallies recent = new RecentTallies();

  /** A table of key parts to their tally, by identity: open addressing, a few probes a key. */
  private static final class RecentTallies {
    private static final int SLOTS = 1024;

    /** Slots looked at from a key's own: with up to four, 48 counts all find theirs. */
    private static final int PROBES = 4;

    private final String[] sites = new String[SLOTS];
    private final String[] actions = new String[SLOTS];
    private final ActivityType[] types = new ActivityType[SLOTS];
    private final LocalDate[] dates = new LocalDate[SLOTS];
    private final String[] specialties = new String[SLOTS];
    private final Tally[] tallies = new Tally[SLOTS];

    private static int slot(
        String site, String action, ActivityType type, LocalDate date, String specialty) {
      // Mixed by a large odd multiplier, not 31: with 31, the day after a date in specialty 100
      // fell in the slot of that date in specialty 110, and most rows missed.
      int h = site.hashCode();
      h = h * 0x9E3779B1 + action.hashCode();
      h = h * 0x9E3779B1 + type.ordinal();
      h = h * 0x9E3779B1 + (date == null ? 0 : date.hashCode());
      h = h * 0x9E3779B1 + (specialty == null ? 0 : specialty.hashCode());
      h ^= h >>> 15;
      h *= 0x85EBCA6B;
      h ^= h >>> 13;
      return h & (SLOTS - 1);
    }

    /** The tally remembered for exactly these instances, or null. */
    Tally find(String site, String action, ActivityType type, LocalDate date, String specialty) {
      int first = slot(site, action, type, date, specialty);
      for (int i = 0; i < PROBES; i++) {
        int s = (first + i) & (SLOTS - 1);
        Tally t = tallies[s];
        if (t == null) {
          return null;
        }
        if (sites[s] == site
            && actions[s] == action
            && types[s] == type
            && dates[s] == date
            && specialties[s] == specialty) {
          return t;
        }
      }
      return null;
    }

    /**
     * Remembers in the first free slot of the key's probes, or over the first when all are taken.
     */
    void remember(
        String site,
        String action,
        ActivityType type,
        LocalDate date,
        String specialty,
        Tally tally) {
      int first = slot(site, action, type, date, specialty);
      int s = first;
      for (int i = 0; i < PROBES; i++) {
        int probe = (first + i) & (SLOTS - 1);
        if (tallies[probe] == null) {
          s = probe;
          break;
        }
      }
      sites[s] = site;
      actions[s] = action;
      types[s] = type;
      dates[s] = date;
      specialties[s] = specialty;
      tallies[s] = tally;
    }
  }

  /** How many rows went into a count, and the first and last of them. */
  private static final class Tally {
    long count;
    int first;
    int last;
  }

  void row(StreamRow row) {
    sheet = row.sheet();
    if (columns == null) {
      columns = finder.offer(row.toRawRow()).orElse(null);
      if (columns != null) {
        header(row);
      }
      return;
    }
    if (abandoned) {
      return;
    }
    rowsRead++;
    if (row.hidden()) {
      hidden.offer(new RawRow(row.sheet(), row.number(), List.of(), true));
    }
    List<DataProblem> rowProblems = screen(row);
    if (rowProblems != null) {
      reject(row, rowProblems);
      return;
    }
    if (filterCol >= 0) {
      String value = row.text(filterCol);
      String left = filtered.get(value);
      if (left == null) {
        left = profile.filter().orElseThrow().accepts(value) ? COUNTED : notCountedKey(value);
        if (filtered.size() < 10_000) {
          filtered.put(value, left);
        }
      }
      if (left != COUNTED) {
        Integer before = notCounted.get(left);
        notCounted.put(left, before == null ? 1 : before + 1);
        return;
      }
    }

    String site = profile.site().orElse(null);
    if (site == null) {
      String code = row.text(siteCol);
      site = sites.get(code);
      if (site == null) {
        rowProblems = new ArrayList<>();
        site = context.site(code, at(row, siteCol), rowProblems).orElse(null);
        if (site != null) {
          sites.put(code, site);
        }
        if (!FreeText.isOdsCode(code)) {
          described(rowProblems, 0, "a site's code or name");
        }
      }
    }

    CellDate cellDate = null;
    LocalDate date = null;
    if (dateCol >= 0) {
      String text = row.text(dateCol);
      Dated known = dates.get(text);
      if (known != null) {
        cellDate = known.cell();
        date = known.day();
      } else {
        rowProblems = rowProblems == null ? new ArrayList<>() : rowProblems;
        int before = rowProblems.size();
        OptionalDouble number =
            row.isNumber(dateCol) ? OptionalDouble.of(row.number(dateCol)) : OptionalDouble.empty();
        RawCell cell = new RawCell(dateCol, text, number, row.date(dateCol));
        cellDate =
            Dates.read(
                    Optional.of(cell),
                    profile.dateFormats(),
                    profile.source(),
                    at(row, dateCol),
                    rowProblems)
                .orElse(null);
        described(rowProblems, before, "a date");
        // A row is counted on its day of action: a time before 07:00 is in the day before.
        date = cellDate == null ? null : cellDate.day();
        if (cellDate != null && dates.size() < 100_000) {
          dates.put(text, new Dated(cellDate, date));
        }
      }
    }

    // A row on a day of no action (a PAS extract of the whole week) is read, not wrong: it is
    // left out in one line of the rows not counted, as the filter's values are, not an error a row.
    // (An action id column names each row's action itself; its dates are not checked here.)
    if (date != null
        && profile.action().kind() != Profile.ActionRule.Kind.BY_COLUMN
        && isOutsideEveryAction(date)) {
      outside(row, date);
      return;
    }

    IndustrialAction action = null;
    switch (profile.action().kind()) {
      case FIXED -> {
        action = context.calendar().find(profile.action().fixedId().orElseThrow()).orElseThrow();
        if (cellDate != null && !datesChecked.contains(date)) {
          List<DataProblem> found = new ArrayList<>();
          context.checkDate(action, cellDate, at(row, dateCol), foundDate(row, cellDate), found);
          if (found.isEmpty()) {
            datesChecked.add(date);
          } else {
            rowProblems = rowProblems == null ? new ArrayList<>() : rowProblems;
            rowProblems.addAll(found);
          }
        }
      }
      case BY_DATE -> {
        if (cellDate != null) {
          action = actionsByDate.get(date);
          if (action == null) {
            rowProblems = rowProblems == null ? new ArrayList<>() : rowProblems;
            action =
                context
                    .actionOn(cellDate, at(row, dateCol), foundDate(row, cellDate), rowProblems)
                    .orElse(null);
            if (action != null) {
              actionsByDate.put(date, action);
            }
          }
        }
      }
      case BY_COLUMN -> {
        String id = row.text(actionCol);
        action = actionsById.get(id);
        if (action == null) {
          rowProblems = rowProblems == null ? new ArrayList<>() : rowProblems;
          int before = rowProblems.size();
          action = context.action(id, at(row, actionCol), rowProblems).orElse(null);
          if (action != null) {
            actionsById.put(id, action);
          }
          described(rowProblems, before, "an action id");
        }
      }
    }

    ActivityType type = profile.fixedType().orElse(null);
    if (type == null) {
      String word = row.text(typeCol);
      type = types.get(word);
      if (type == null) {
        type = profile.typeWords().typeOf(word).orElse(null);
        if (type == null) {
          rowProblems = rowProblems == null ? new ArrayList<>() : rowProblems;
          rowProblems.add(
              new DataProblem(
                  Severity.ERROR,
                  at(row, typeCol),
                  FreeText.shown(word, "a type word"),
                  "one of the activity words "
                      + profile.source()
                      + " accepts: "
                      + profile.typeWords().describe(),
                  (word.isEmpty()
                          ? "fill in the activity type with a word listed under "
                          : "add the word to ")
                      + TypeWords.keys()
                      + " in "
                      + profile.source()));
        } else {
          types.put(word, type);
        }
      }
    }

    String specialty = specialty(row);
    if (specialty == WITHHELD_SPECIALTY) {
      rowProblems = rowProblems == null ? new ArrayList<>() : rowProblems;
      rowProblems.add(
          new DataProblem(
              Severity.ERROR,
              at(row, codeCol >= 0 ? codeCol : nameCol),
              "a specialty holding what looks like a patient identifier, not shown",
              "a specialty's code or name, with no patient identifier in it",
              "correct the cell in the extract: patient identifiers are never read, so the row"
                  + " was not counted"));
    }

    if (rowProblems != null && !rowProblems.isEmpty()) {
      reject(row, rowProblems);
      return;
    }
    rowsUsed++;
    String actionId = action.id();
    String specialtyOrNull = specialty.isEmpty() ? null : specialty;
    Tally tally = recent.find(site, actionId, type, date, specialtyOrNull);
    if (tally == null) {
      Key key = new Key(site, actionId, type, date, specialtyOrNull);
      tally = tallies.get(key);
      if (tally == null) {
        tally = new Tally();
        tally.first = row.number();
        tallies.put(key, tally);
        warnIfNotTakingPart(site, actionId, at(row, -1));
      }
      recent.remember(site, actionId, type, date, specialtyOrNull, tally);
    }
    tally.count++;
    tally.last = row.number();
  }

  /** Whether a day of action (07:00 to 07:00) is a day of no action in the calendar. */
  private boolean isOutsideEveryAction(LocalDate day) {
    if (actionsByDate.containsKey(day) || datesChecked.contains(day)) {
      return false;
    }
    Boolean known = outsideDays.get(day);
    if (known == null) {
      known = context.calendar().on(day).isEmpty();
      if (outsideDays.size() < 10_000) {
        outsideDays.put(day, known);
      }
    }
    return known;
  }

  private void outside(StreamRow row, LocalDate day) {
    outsideRows++;
    if (outsideFirstCell.isEmpty()) {
      outsideFirstCell = CellReference.of(dateCol, row.number());
    }
    if (outsideNamed.size() < OUTSIDE_DAYS_NAMED || outsideNamed.contains(day)) {
      outsideNamed.add(day);
    } else {
      outsideOthers.add(day);
    }
  }

  /** At most this many days outside every action are named; the rest are counted. */
  static final int OUTSIDE_DAYS_NAMED = 5;

  private int outsideRows;
  private String outsideFirstCell = "";
  private final java.util.TreeSet<LocalDate> outsideNamed = new java.util.TreeSet<>();
  private final Set<LocalDate> outsideOthers = new HashSet<>();
  private final Map<LocalDate, Boolean> outsideDays = new HashMap<>();

  /**
   * The date cell as a message quotes it: a spreadsheet's date cell as a British computer shows it
   * ({@code 16/03/2023 06:29}), text as written. Made only for a message, not for every row.
   */
  private String foundDate(StreamRow row, CellDate date) {
    return row.date(dateCol).isPresent() ? date.british() : row.text(dateCol);
  }

  /** The specialty of a row whose specialty cells hold an identifier: compared by identity. */
  private static final String WITHHELD_SPECIALTY = new String("withheld");

  /**
   * The specialty: code and name as given; "" when neither is mapped or both are blank; {@link
   * #WITHHELD_SPECIALTY} when they hold a patient identifier.
   */
  private String specialty(StreamRow row) {
    if (codeCol < 0 && nameCol < 0) {
      return "";
    }
    String code = codeCol >= 0 ? row.text(codeCol) : "";
    String name = nameCol >= 0 ? row.text(nameCol) : "";
    String both = name.isEmpty() ? code : code.isEmpty() ? name : code + " " + name;
    String known = specialties.get(both);
    if (known != null) {
      return known;
    }
    // Free text that holds an identifier (a name and an NHS number typed together) is not a
    // specialty: checked once a distinct value, not once a row.
    String kept = Identifiers.scrub(both).equals(both) ? both : WITHHELD_SPECIALTY;
    if (specialties.size() < 100_000) {
      specialties.put(both, kept);
    }
    return kept;
  }

  private void header(StreamRow row) {
    headerRow = row.number();
    List<String> h = new ArrayList<>();
    for (int c = 0; c < row.width(); c++) {
      h.add(row.text(c));
    }
    headers = h;
    siteCol = columns.index(Field.SITE).orElse(-1);
    dateCol = columns.index(Field.DATE).orElse(-1);
    typeCol = columns.index(Field.TYPE).orElse(-1);
    actionCol = columns.index(Field.ACTION).orElse(-1);
    codeCol = columns.index(Field.SPECIALTY_CODE).orElse(-1);
    nameCol = columns.index(Field.SPECIALTY).orElse(-1);
    filterCol = profile.filter().isPresent() ? find(profile.filter().get().column()) : -1;
    for (int c = 0; c < headers.size(); c++) {
      screen.header(c, headerRow, headers.get(c));
    }
    byHeader = screen.verdicts();
    knownByHeader = new boolean[headers.size()];
    for (int c : byHeader.keySet()) {
      knownByHeader[c] = true;
    }
    patientFile = !byHeader.isEmpty();
    abandonIfMapped(byHeader);
  }

  /** Abandons the file on the first screened column (in order of column) that is mapped. */
  private void abandonIfMapped(Map<Integer, ColumnScreen.Verdict> screened) {
    for (ColumnScreen.Verdict v : screened.values()) {
      if (isMapped(v.column())) {
        abandon(v);
        return;
      }
    }
  }

  private int find(io.strikeimpact.ingest.profile.ColumnName name) {
    for (int c = 0; c < headers.size(); c++) {
      if (name.matches(headers.get(c))) {
        return c;
      }
    }
    return -1;
  }

  private boolean isMapped(int c) {
    return c == siteCol
        || c == dateCol
        || c == typeCol
        || c == actionCol
        || c == codeCol
        || c == nameCol
        || c == filterCol;
  }

  /**
   * Screens every cell of a data row, read or not, so each column's verdict rests on all its
   * values. A mapped cell that is itself an identifier rejects the row: the problems say what kind
   * of value it held, never the value.
   */
  private List<DataProblem> screen(StreamRow row) {
    List<DataProblem> found = null;
    for (int c = 0; c < row.width(); c++) {
      if (row.isBlank(c) || (c < knownByHeader.length && knownByHeader[c])) {
        continue;
      }
      if (row.maxLength(c) < ColumnScreen.SHORTEST || row.isPlainWord(c)) {
        screen.shortValue(c);
        continue;
      }
      Optional<IdentifierKind> kind = screen.value(c, row.number(), row.text(c), Optional.empty());
      if (kind.isPresent() && isMapped(c)) {
        found = found == null ? new ArrayList<>() : found;
        found.add(
            new DataProblem(
                Severity.ERROR,
                at(row, c),
                kind.get().withheld(),
                "a value of column " + header(c) + ", not a patient identifier",
                "correct the cell in the extract: patient identifiers are never read, so the row"
                    + " was not counted"));
      }
    }
    return found;
  }

  private boolean isOldDate(String text) {
    return RoughDates.isOld(text, context.birthDatesBefore());
  }

  /**
   * A mapped column holds identifiers: the file is not read further, and nothing from it is
   * counted.
   */
  private void abandon(ColumnScreen.Verdict verdict) {
    abandoned = true;
    problems.add(
        new DataProblem(
            Severity.ERROR,
            headerCell(verdict.column()),
            header(verdict.column()),
            "a profile that maps no column of patient identifiers; column "
                + CellReference.column(verdict.column())
                + " holds "
                + verdict.kind().plural()
                + " (known by "
                + verdict.how()
                + ")",
            "map another column in " + profile.source() + "; nothing of the extract was counted"));
  }

  private String header(int column) {
    return column < headers.size() ? headers.get(column) : "";
  }

  private Provenance headerCell(int column) {
    return new Provenance(
        context.file(),
        context.sha256(),
        OutgoingScreen.sheet(sheet),
        CellReference.of(column, headerRow));
  }

  private Provenance at(StreamRow row, int column) {
    return new Provenance(
        context.file(),
        context.sha256(),
        OutgoingScreen.sheet(row.sheet()),
        column < 0 ? "row " + row.number() : CellReference.of(column, row.number()));
  }

  private void reject(StreamRow row, List<DataProblem> rowProblems) {
    rowsRejected++;
    if (rejected.size() >= MAX_REJECTED_KEPT) {
      return;
    }
    problems.addAll(rowProblems);
    // Only the mapped columns are kept, and of them no value that is an identifier itself, nor
    // free text the profile does not recognise: an operator may have typed a patient's details.
    List<String> values = new ArrayList<>();
    for (int c = 0; c < row.width(); c++) {
      String text = isMapped(c) && !byHeader.containsKey(c) ? row.text(c) : "";
      values.add(
          Identifiers.byContent(text).isPresent()
              ? ""
              : isRecognised(c, text) ? text : FreeText.withheldCell(text));
    }
    rejected.add(new RejectedRow(at(row, -1), values, rowProblems));
  }

  /**
   * Whether a mapped cell's text is a value the profile or reference files recognise, or a number
   * or date, and so may be shown in a rejected row: the rest is free text (see {@link FreeText}).
   */
  private boolean isRecognised(int c, String text) {
    if (FreeText.isShowable(text)) {
      return true;
    }
    if (c == typeCol && profile.typeWords().typeOf(text).isPresent()) {
      return true;
    }
    if (c == siteCol && (FreeText.isOdsCode(text) || context.siteNamed(text).isPresent())) {
      return true;
    }
    if (c == actionCol && context.calendar().find(text.strip()).isPresent()) {
      return true;
    }
    if (c == filterCol && profile.filter().orElseThrow().accepts(text)) {
      return true;
    }
    // A specialty is a category the profile maps for its values to be shown; one that holds an
    // identifier has rejected its row already.
    return (c == codeCol || c == nameCol) && Identifiers.scrub(text).equals(text);
  }

  /**
   * The problems from {@code from} on with their text described, not quoted, where it is free text
   * rather than a number or date: a site, date or action id the reference files do not know.
   */
  private static void described(List<DataProblem> found, int from, String notA) {
    for (int i = from; i < found.size(); i++) {
      DataProblem p = found.get(i);
      if (!FreeText.isShowable(p.found())) {
        found.set(
            i,
            new DataProblem(
                p.severity(),
                p.where(),
                FreeText.withheld(p.found(), notA),
                p.expected(),
                p.fix()));
      }
    }
  }

  private void warnIfNotTakingPart(String site, String actionId, Provenance at) {
    if (participation.of(site, actionId) == Participation.DID_NOT_TAKE_PART
        && warnedNotTakingPart.add(site + " " + actionId)) {
      problems.add(
          new DataProblem(
              Severity.WARNING,
              at,
              "a count for " + site + " in " + actionId,
              "counts only for sites that took part; reference/participation.csv says "
                  + site
                  + " did not take part in "
                  + actionId,
              "check the extract is filed under the right action; if the site did take part, correct reference/participation.csv"));
    }
  }

  /** The hidden rows read: an extract filtered with an AutoFilter and saved hides the rest. */
  private final HiddenRows hidden;

  ReturnRead result(List<DataProblem> fileProblems) {
    Map<Integer, ColumnScreen.Verdict> screened = screen.verdicts();
    if (!abandoned) {
      abandonIfMapped(screened);
    }
    boolean refused = abandoned;
    for (DataProblem p : fileProblems) {
      refused |= p.severity() == Severity.ERROR;
    }
    List<DataProblem> all = new ArrayList<>(fileProblems);
    if (columns == null && fileProblems.isEmpty()) {
      all.add(finder.notFound(context.whole(sheet)));
    }
    for (ColumnScreen.Verdict v : screened.values()) {
      int c = v.column();
      all.add(
          new DataProblem(
              Severity.WARNING,
              headerCell(c),
              header(c),
              "no patient identifiers in an extract: column "
                  + CellReference.column(c)
                  + " holds "
                  + v.kind().plural()
                  + " (known by "
                  + v.how()
                  + "); dropped, not stored",
              "nothing to do for this report; ask the hospital to leave column "
                  + CellReference.column(c)
                  + " out of future extracts"));
    }
    all.addAll(withheld(problems, screened));
    hidden.warning().ifPresent(all::add);
    if (rowsRejected > rejected.size()) {
      all.add(
          new DataProblem(
              Severity.WARNING,
              context.whole(sheet),
              Grouped.of(rowsRejected) + " rows rejected",
              "at most " + MAX_REJECTED_KEPT + " rejected rows listed, with their problems",
              "correct the rows listed and read the extract again to see the rest; "
                  + Grouped.of(rowsRejected - rejected.size())
                  + " more rows were rejected and are not listed"));
    }
    List<DisruptionCount> counts = new ArrayList<>();
    if (!refused) {
      List<Key> keys = new ArrayList<>(tallies.keySet());
      keys.sort(Key.ORDER);
      for (Key k : keys) {
        Tally t = tallies.get(k);
        String cell =
            t.first == t.last
                ? "row " + Grouped.of(t.first)
                : "rows " + Grouped.of(t.first) + " to " + Grouped.of(t.last);
        counts.add(
            new DisruptionCount(
                k.site(),
                k.actionId(),
                k.type(),
                Optional.ofNullable(k.date()),
                Optional.ofNullable(k.specialty()),
                t.count,
                new Provenance(
                    context.file(), context.sha256(), OutgoingScreen.sheet(sheet), cell)));
      }
    }
    // A file refused whole, by a screened column or part way through, counts for nothing and
    // keeps no rows: the rows read before the failure are dropped with the rest.
    return refused
        ? ReturnRead.refused(sheet, all, rowsRead)
        : new ReturnRead(
            sheet,
            counts,
            List.of(),
            all,
            withheldRows(rejected, screened),
            rowsRead,
            rowsUsed,
            rowsRejected,
            List.of(),
            counts,
            rowsNotCounted(),
            List.of());
  }

  /**
   * How a value the filter left out is shown. The filter column holds codes (an outcome, an
   * attendance code), safe to print, but a value that reads as an identifier (an NHS number in the
   * wrong column) is never printed: its rows are counted under {@link #WITHHELD_VALUE}.
   */
  private static String notCountedKey(String value) {
    String v = value.strip();
    if (v.isEmpty()) {
      return BLANK_VALUE;
    }
    return io.strikeimpact.ingest.screen.Identifiers.byContent(v).isPresent() ? WITHHELD_VALUE : v;
  }

  /**
   * The rows left out, naming at most {@link #NOT_COUNTED_VALUES_NAMED} values, and the rows dated
   * outside every action.
   */
  private io.strikeimpact.model.RowsNotCounted rowsNotCounted() {
    io.strikeimpact.model.RowsNotCounted.OutsideActions outside =
        outsideRows == 0
            ? io.strikeimpact.model.RowsNotCounted.OutsideActions.NONE
            : new io.strikeimpact.model.RowsNotCounted.OutsideActions(
                outsideRows,
                outsideFirstCell,
                List.copyOf(outsideNamed),
                (int) outsideOthers.stream().filter(d -> !outsideNamed.contains(d)).count());
    if (filterCol < 0 || notCounted.isEmpty()) {
      return new io.strikeimpact.model.RowsNotCounted(
          filterCol < 0 ? "" : header(filterCol), Map.of(), outside);
    }
    Map<String, Integer> shown = new java.util.LinkedHashMap<>();
    int others = 0;
    int otherRows = 0;
    int rareText = 0;
    int rareTextRows = 0;
    for (Map.Entry<String, Integer> e : notCounted.entrySet()) {
      String v = e.getKey();
      if (v.equals(WITHHELD_VALUE) || v.equals(BLANK_VALUE) || FreeText.isShowable(v)) {
        continue;
      }
      if (e.getValue() < FreeText.RECURRING || !Identifiers.scrub(v).equals(v)) {
        rareText++;
        rareTextRows += e.getValue();
      }
    }
    for (Map.Entry<String, Integer> e : notCounted.entrySet()) {
      String v = e.getKey();
      if (!v.equals(WITHHELD_VALUE)
          && !v.equals(BLANK_VALUE)
          && !FreeText.isShowable(v)
          && (e.getValue() < FreeText.RECURRING || !Identifiers.scrub(v).equals(v))) {
        continue;
      }
      if (shown.size() < NOT_COUNTED_VALUES_NAMED || e.getKey().equals(WITHHELD_VALUE)) {
        shown.put(e.getKey(), e.getValue());
      } else {
        others++;
        otherRows += e.getValue();
      }
    }
    if (others > 0) {
      shown.put(others + " other values", otherRows);
    }
    if (rareText > 0) {
      shown.put(
          (rareText == 1 ? "1 value" : rareText + " values")
              + " of text on fewer than "
              + FreeText.RECURRING
              + " rows each ("
              + FreeText.WHY
              + ")",
          rareTextRows);
    }
    return new io.strikeimpact.model.RowsNotCounted(header(filterCol), shown, outside);
  }

  /**
   * The problems with every value found in a screened column withheld: a column known only once
   * every value was seen (dates of birth, a column mostly of NHS numbers) may have been quoted
   * before its verdict.
   */
  private List<DataProblem> withheld(
      List<DataProblem> found, Map<Integer, ColumnScreen.Verdict> screened) {
    if (screened.isEmpty()) {
      return found;
    }
    List<DataProblem> out = new ArrayList<>(found.size());
    for (DataProblem p : found) {
      Integer column = CellReference.columnOf(p.where().cell());
      ColumnScreen.Verdict v = column == null ? null : screened.get(column);
      out.add(
          v == null || isHeaderCell(p)
              ? p
              : new DataProblem(
                  p.severity(), p.where(), v.kind().withheld(), p.expected(), p.fix()));
    }
    return out;
  }

  private boolean isHeaderCell(DataProblem p) {
    Integer row = CellReference.rowOf(p.where().cell());
    return row != null && row == headerRow;
  }

  private List<RejectedRow> withheldRows(
      List<RejectedRow> rows, Map<Integer, ColumnScreen.Verdict> screened) {
    if (screened.isEmpty()) {
      return rows;
    }
    List<RejectedRow> out = new ArrayList<>(rows.size());
    for (RejectedRow r : rows) {
      List<String> values = new ArrayList<>(r.values());
      for (int c : screened.keySet()) {
        if (c < values.size()) {
          values.set(c, "");
        }
      }
      out.add(new RejectedRow(r.row(), values, withheld(r.problems(), screened)));
    }
    return out;
  }
}
