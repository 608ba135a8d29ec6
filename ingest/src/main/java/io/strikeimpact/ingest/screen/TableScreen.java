package io.strikeimpact.ingest.screen;

import io.strikeimpact.ingest.screen.ColumnScreen.Verdict;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Screens a table for patient identifiers before any profile gives its cells a meaning: every cell
 * of every column, read or not, in every layout. Two passes over the rows: the first {@link
 * #observe}s every cell to decide each column, the second {@link #screen}s each row, replacing a
 * cell that holds an identifier (by its own content or by its column's verdict) with words saying
 * what kind of value it held, so nothing downstream (counts, labels, messages, rejected rows) can
 * carry it. An identifier among other words of a cell (a comment: "pt 943 476 5919 moved to 20/03",
 * "MRN RGN1234567") is replaced where it stands, so the rest of the cell is read and shown as
 * before. Holds counters a column, and where such cells are, never the rows.
 */
public final class TableScreen {
  private static final Set<String> WITHHELD =
      Arrays.stream(IdentifierKind.values())
          .map(IdentifierKind::withheld)
          .collect(Collectors.toUnmodifiableSet());

  private final LocalDate birthDatesBefore;
  private final Map<String, ColumnScreen> bySheet = new LinkedHashMap<>();
  private Map<String, Map<Integer, Verdict>> verdicts;

  /**
   * @param birthDatesBefore dates before this day, in a table with patient columns, are taken for
   *     dates of birth
   */
  public TableScreen(LocalDate birthDatesBefore) {
    this.birthDatesBefore = birthDatesBefore;
  }

  /** First pass: one row, every cell of it counted towards its column's verdict. */
  public void observe(RawRow row) {
    ColumnScreen screen =
        bySheet.computeIfAbsent(row.sheet(), s -> new ColumnScreen(birthDatesBefore));
    for (RawCell cell : row.cells()) {
      screen.cell(cell.column(), row.number(), cell.text(), cell.date());
    }
  }

  /** The screened columns of a sheet, by index, once every row has been observed. */
  public Map<Integer, Verdict> columns(String sheet) {
    if (verdicts == null) {
      verdicts = new LinkedHashMap<>();
      bySheet.forEach((name, screen) -> verdicts.put(name, screen.verdicts()));
    }
    return verdicts.getOrDefault(sheet, Map.of());
  }

  /**
   * Whether the sheet holds patient identifiers anywhere: a screened column or a single value. In
   * such a table a date long before any action is taken for a date of birth, wherever it is.
   */
  public boolean isPatientTable(String sheet) {
    ColumnScreen screen = bySheet.get(sheet);
    return !columns(sheet).isEmpty() || (screen != null && screen.sawIdentifier());
  }

  /** Second pass: the row with every identifier withheld. */
  public RawRow screen(RawRow row) {
    Map<Integer, Verdict> columns = columns(row.sheet());
    boolean patientTable = isPatientTable(row.sheet());
    List<RawCell> cells = null;
    for (int i = 0; i < row.cells().size(); i++) {
      RawCell cell = row.cells().get(i);
      Optional<IdentifierKind> kind = kindOf(columns.get(cell.column()), row.number(), cell);
      if (kind.isEmpty() && patientTable && isOldDate(cell)) {
        kind = Optional.of(IdentifierKind.DATE_OF_BIRTH);
      }
      String text = null;
      if (kind.isPresent()) {
        text = kind.get().withheld();
      } else {
        String scrubbed = Identifiers.scrubCell(cell.text());
        if (!scrubbed.equals(cell.text())) {
          // Free text with an identifier in it (a "Comments" cell: "pt 943 476 5919 moved"): the
          // identifier goes, the rest of the text stays, and the cell is named in a warning.
          Optional<IdentifierKind> whole = wholly(scrubbed);
          text = whole.map(IdentifierKind::withheld).orElse(scrubbed);
          inText.add(new InText(row.sheet(), row.number(), cell.column(), kindsIn(scrubbed)));
        }
      }
      if (text != null) {
        if (cells == null) {
          cells = new ArrayList<>(row.cells());
        }
        cells.set(i, RawCell.text(cell.column(), text));
      }
    }
    return cells == null ? row : new RawRow(row.sheet(), row.number(), cells, row.hidden());
  }

  /**
   * A cell whose text held an identifier among other words, or in a spelling that is not one value
   * alone ("943 476 5919"): where it is and what kinds it held, never its text.
   */
  public record InText(String sheet, int row, int column, List<IdentifierKind> kinds) {
    public InText {
      kinds = List.copyOf(kinds);
    }
  }

  private final List<InText> inText = new ArrayList<>();

  /** Every cell screened so far whose text held an identifier among other words, in order. */
  public List<InText> identifiersInText() {
    return List.copyOf(inText);
  }

  /** The kind, when the scrubbed text is nothing but the mark for one identifier. */
  private static Optional<IdentifierKind> wholly(String scrubbed) {
    for (IdentifierKind k : IdentifierKind.values()) {
      if (scrubbed.equals(Identifiers.mark(k))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The kinds whose marks a scrubbed text holds, in the order of {@link IdentifierKind}. */
  private static List<IdentifierKind> kindsIn(String scrubbed) {
    List<IdentifierKind> kinds = new ArrayList<>();
    for (IdentifierKind k : IdentifierKind.values()) {
      if (scrubbed.contains(Identifiers.mark(k))) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  /** Whether a text is the words that stand in for a withheld value. */
  public static boolean isWithheld(String text) {
    return text != null && WITHHELD.contains(text);
  }

  private boolean isOldDate(RawCell cell) {
    Optional<LocalDate> date =
        cell.date().isPresent() ? cell.date() : RoughDates.parse(cell.text());
    return date.isPresent() && date.get().isBefore(birthDatesBefore);
  }

  private static Optional<IdentifierKind> kindOf(Verdict verdict, int row, RawCell cell) {
    if (verdict != null && row >= verdict.fromRow()) {
      boolean birthDateByContent =
          verdict.kind() == IdentifierKind.DATE_OF_BIRTH && verdict.fromRow() == 0;
      if (!birthDateByContent
          || cell.date().isPresent()
          || RoughDates.parse(cell.text()).isPresent()) {
        return Optional.of(verdict.kind());
      }
    }
    return Identifiers.byContent(cell.text());
  }
}
