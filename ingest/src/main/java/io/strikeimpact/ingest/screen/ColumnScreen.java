package io.strikeimpact.ingest.screen;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Decides which columns of one table hold patient identifiers, from every cell of it: a column is
 * one when a header above its values names a kind ({@link Identifiers#byHeader}), when nine in ten
 * of its values from the first identifier down (two at least) are NHS numbers, postcodes or email
 * addresses, or, in a table that has other patient columns, when nine in ten of its values are
 * dates and most of them lie well before the first industrial action (dates of birth, whatever the
 * column is called).
 *
 * <p>Feed it every cell, then ask {@link #verdicts()}. It keeps a few counters a column, never the
 * values, so a line-level extract of millions of rows is screened in constant memory.
 */
public final class ColumnScreen {
  /** A column is an identifier by content when at least this share of its values are. */
  public static final double CONTENT_SHARE = 0.9;

  /** In a patient table, a column of dates is of dates of birth when this share are old. */
  static final double OLD_DATE_SHARE = 0.5;

  /** Why a column is screened, and from which row its cells are withheld. */
  public record Verdict(int column, IdentifierKind kind, String how, int fromRow) {}

  private final LocalDate birthDatesBefore;
  private final int birthDatesBeforeNumber;
  private final Map<Integer, Integer> headerRow = new TreeMap<>();
  private final Map<Integer, IdentifierKind> headerKind = new TreeMap<>();
  private final Map<Integer, Integer> bareNameRow = new TreeMap<>();
  private int[] values = new int[8];
  private int[] dates = new int[8];
  private int[] oldDates = new int[8];
  private int[][] hits = new int[4][8];
  private int[] firstHitRow = new int[8];
  private int[] aboveFirstHit = new int[8];

  /**
   * Each column's last {@link #RECENT} values that were no identifier, and their dates (yyyymmdd,
   * or -1), by identity: a column of a few values is screened once a value, not once a row.
   */
  private String[] lastText = new String[8 * 4];

  private int[] lastYmd = new int[8 * 4];
  private int[] nextSlot = new int[8];

  /**
   * @param birthDatesBefore dates before this day, in a table with patient columns, are taken for
   *     dates of birth: a year before the first action of the calendar serves
   */
  public ColumnScreen(LocalDate birthDatesBefore) {
    this.birthDatesBefore = birthDatesBefore;
    this.birthDatesBeforeNumber = RoughDates.asNumber(birthDatesBefore);
    Arrays.fill(firstHitRow, Integer.MAX_VALUE);
  }

  /** The content kinds, in the order of {@link #hits}. */
  private static final IdentifierKind[] CONTENT_KINDS = {
    IdentifierKind.NHS_NUMBER, IdentifierKind.POSTCODE, IdentifierKind.EMAIL, IdentifierKind.PHONE
  };

  /**
   * One non-blank cell. A text naming an identifier kind marks its column from the row below; any
   * other value is counted towards the column's content.
   *
   * @param date the cell's date, when the file stores it as one (a date-styled spreadsheet number)
   * @return the kind of identifier the value itself is, if it shows one, so the caller can withhold
   *     it at once
   */
  public Optional<IdentifierKind> cell(int column, int row, String text, Optional<LocalDate> date) {
    if (!headerRow.containsKey(column) && !bareNameRow.containsKey(column) && date.isEmpty()) {
      Optional<IdentifierKind> named = Identifiers.byHeader(text);
      if (named.isPresent()) {
        headerRow.put(column, row);
        headerKind.put(column, named.get());
        return Optional.empty();
      }
      if (Identifiers.isBareName(text)) {
        bareNameRow.put(column, row);
        return Optional.empty();
      }
    }
    return value(column, row, text, date);
  }

  /** One value of a column whose header is already known (a line-level extract's data rows). */
  public Optional<IdentifierKind> value(
      int column, int row, String text, Optional<LocalDate> date) {
    grow(column);
    values[column]++;
    int known = date.isEmpty() ? recent(column, text) : -1;
    int ymd;
    if (known >= 0) {
      // The same string as one of the column's last values (readers hand on one string for a
      // repeated value): the same verdict, no identifier, without reading it again.
      ymd = lastYmd[known];
    } else {
      ymd = date.isPresent() ? RoughDates.asNumber(date.get()) : RoughDates.yearMonthDay(text);
    }
    if (ymd >= 0) {
      dates[column]++;
      if (ymd < birthDatesBeforeNumber) {
        oldDates[column]++;
      }
      if (known < 0 && date.isEmpty()) {
        remember(column, text, ymd);
      }
      return Optional.empty();
    }
    if (known >= 0) {
      return Optional.empty();
    }
    Optional<IdentifierKind> kind = Identifiers.byContent(text);
    if (kind.isEmpty()) {
      remember(column, text, -1);
    }
    if (kind.isPresent()) {
      for (int k = 0; k < CONTENT_KINDS.length; k++) {
        if (CONTENT_KINDS[k] == kind.get()) {
          hits[k][column]++;
        }
      }
      if (firstHitRow[column] == Integer.MAX_VALUE) {
        // Values above the first identifier (a title, the header) are not the column's content.
        aboveFirstHit[column] = values[column] - 1;
      }
      firstHitRow[column] = Math.min(firstHitRow[column], row);
    }
    return kind;
  }

  /** How many of each column's last values are remembered. */
  private static final int RECENT = 4;

  /** The slot of the column's recent values holding this very string, or -1. */
  private int recent(int column, String text) {
    int base = column * RECENT;
    for (int i = base; i < base + RECENT; i++) {
      if (lastText[i] == text) {
        return i;
      }
    }
    return -1;
  }

  /** Remembers a value that was no identifier, with its date as yyyymmdd or -1. */
  private void remember(int column, String text, int ymd) {
    int slot = column * RECENT + (nextSlot[column]++ & (RECENT - 1));
    lastText[slot] = text;
    lastYmd[slot] = ymd;
  }

  /** The shortest value that may be an identifier or a date: a postcode or email of five. */
  public static final int SHORTEST = 5;

  /** A value known to be shorter than {@link #SHORTEST}: counted, and nothing more to see. */
  public void shortValue(int column) {
    grow(column);
    values[column]++;
  }

  /** A header cell of a table whose header row is known: marks the column when it names a kind. */
  public void header(int column, int row, String text) {
    // Loops and plain ifs, not lambdas, here and in verdicts: each lambda is a class spun at run
    // time, paid by every small extract.
    Optional<IdentifierKind> kind = Identifiers.byHeader(text);
    if (kind.isPresent()) {
      headerRow.put(column, row);
      headerKind.put(column, kind.get());
    }
    if (Identifiers.isBareName(text)) {
      bareNameRow.put(column, row);
    }
  }

  /** Whether any value seen was an identifier by its content. */
  public boolean sawIdentifier() {
    for (int[] kind : hits) {
      for (int n : kind) {
        if (n > 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The screened columns, by index, each with its kind, how it was known and its first row. */
  public Map<Integer, Verdict> verdicts() {
    Map<Integer, Verdict> out = new TreeMap<>();
    for (Map.Entry<Integer, IdentifierKind> e : headerKind.entrySet()) {
      int c = e.getKey();
      out.put(c, new Verdict(c, e.getValue(), "its header", headerRow.get(c) + 1));
    }
    for (int c = 0; c < values.length; c++) {
      if (out.containsKey(c) || values[c] == 0) {
        continue;
      }
      int below = values[c] - aboveFirstHit[c];
      for (int k = 0; k < CONTENT_KINDS.length; k++) {
        // Two at least: one identifier in a column of labels is withheld alone, and its row
        // rejected; it does not make the column one of identifiers.
        if (hits[k][c] >= 2 && hits[k][c] >= CONTENT_SHARE * below) {
          out.put(c, new Verdict(c, CONTENT_KINDS[k], how(hits[k][c], below), firstHitRow[c]));
          break;
        }
      }
    }
    boolean patientTable = !out.isEmpty();
    if (patientTable) {
      for (Map.Entry<Integer, Integer> e : bareNameRow.entrySet()) {
        int c = e.getKey();
        out.putIfAbsent(
            c,
            new Verdict(
                c, IdentifierKind.NAME, "its header beside patient columns", e.getValue() + 1));
      }
      for (int c = 0; c < values.length; c++) {
        if (!out.containsKey(c)
            && values[c] > 0
            && dates[c] >= CONTENT_SHARE * values[c]
            && oldDates[c] > OLD_DATE_SHARE * dates[c]) {
          out.put(
              c,
              new Verdict(
                  c,
                  IdentifierKind.DATE_OF_BIRTH,
                  "its content: "
                      + share(oldDates[c], values[c])
                      + " of its values are dates before "
                      + birthDatesBefore
                      + ", beside patient columns",
                  0));
        }
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static String how(int hits, int values) {
    return "its content: " + share(hits, values) + " of its " + values + " values";
  }

  private static String share(int part, int whole) {
    return part == whole ? "all" : (int) Math.floor(100.0 * part / whole) + "%";
  }

  private void grow(int column) {
    if (column < values.length) {
      return;
    }
    int size = Math.max(column + 1, values.length * 2);
    values = Arrays.copyOf(values, size);
    dates = Arrays.copyOf(dates, size);
    oldDates = Arrays.copyOf(oldDates, size);
    aboveFirstHit = Arrays.copyOf(aboveFirstHit, size);
    lastText = Arrays.copyOf(lastText, size * RECENT);
    lastYmd = Arrays.copyOf(lastYmd, size * RECENT);
    nextSlot = Arrays.copyOf(nextSlot, size);
    for (int k = 0; k < hits.length; k++) {
      hits[k] = Arrays.copyOf(hits[k], size);
    }
    int before = firstHitRow.length;
    firstHitRow = Arrays.copyOf(firstHitRow, size);
    Arrays.fill(firstHitRow, before, size, Integer.MAX_VALUE);
  }
}
