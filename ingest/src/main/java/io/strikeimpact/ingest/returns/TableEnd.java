package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.profile.Profile.Field;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a table ends: at its totals row followed by a blank row (a totals row above every other row
 * heads the table instead), or at a row that repeats its header. What lies below is not this table,
 * so its figures are never read under this table's header; each row of them is rejected (kept in
 * rejected-rows.csv) under one error for the whole second table, which names the rows and says what
 * to do.
 *
 * <p>Rejected, not read under the second table's own header: a table pasted below a return's totals
 * row is outside what the hospital added up (the totals row checks the first table alone), and the
 * red team's one repeated two specialties of the first, so reading it would have counted them
 * twice. Which of the two tables is the return is for the analyst to settle with the hospital; the
 * pack shows the first, marked partial, and the error says why.
 *
 * <p>A row that repeats the header with every column where the header has it, before any totals
 * row, is a header repeated on each printed page: it is passed over with a warning, and the rows
 * below it read as before. Notes below the end (text, no figure in a count column) are handed on as
 * before, and give nothing.
 */
final class TableEnd {
  /** What to do with a row below the header. */
  enum Verdict {
    READ,
    PASS_OVER,
    BELOW_END
  }

  private final ReturnContext context;
  private final Profile profile;
  private final HeaderColumns columns;
  private final RawRow header;
  private final Set<Integer> countColumns = new TreeSet<>();
  private final List<DataProblem> warnings = new ArrayList<>();

  /** The last totals row, while only blank rows follow it. */
  private RawRow totalsRow;

  private boolean blankAfterTotals;

  /** Whether a row other than a totals row has been read under the header. */
  private boolean rowsAbove;

  private int lastNumber;
  private RawRow endedAt;
  private RawRow secondHeader;
  private HeaderColumns secondColumns;
  private final List<RawRow> below = new ArrayList<>();

  TableEnd(ReturnContext context, HeaderColumns columns, RawRow header) {
    this.context = context;
    this.profile = context.profile();
    this.columns = columns;
    this.header = header;
    this.lastNumber = header.number();
    countColumns.addAll(columns.byType().keySet());
    countColumns.addAll(columns.byDayAndType().keySet());
    columns.index(Field.COUNT).ifPresent(countColumns::add);
    columns.index(Field.ROW_TOTAL).ifPresent(countColumns::add);
  }

  /**
   * Whether a row is a totals row by the profile's {@code totals.label}, or by the words analysts
   * write for a total of every row ({@link AllSitesLabel}: "All sites", "ICB total").
   */
  static boolean isTotalsRow(Profile profile, RawRow row) {
    // "Total:" too: totals.label is matched as a column name, which keeps a colon.
    Optional<String> label = row.firstLabel();
    return label.isPresent()
        && (profile.totalsLabels().matches(label.get().replaceFirst(":$", ""))
            || AllSitesLabel.isTotal(label.get()));
  }

  /** Offers every row below the header, blank ones too, in order. */
  Verdict offer(RawRow row) {
    // A reader may pass blank rows on or leave them out (csv does), so a gap in the numbers is a
    // blank row too.
    if (totalsRow != null && row.number() > lastNumber + 1) {
      blankAfterTotals = true;
    }
    lastNumber = row.number();
    if (endedAt != null) {
      if (row.isBlank()) {
        return Verdict.PASS_OVER;
      }
      if (secondHeader == null) {
        Optional<HeaderColumns> again = repeatedHeader(row);
        if (again.isPresent()) {
          secondHeader = row;
          secondColumns = again.get();
          below.add(row);
          return Verdict.BELOW_END;
        }
      }
      if (hasFigure(row)) {
        below.add(row);
        return Verdict.BELOW_END;
      }
      return Verdict.READ;
    }
    if (row.isBlank()) {
      blankAfterTotals = totalsRow != null;
      return Verdict.PASS_OVER;
    }
    Optional<HeaderColumns> again = repeatedHeader(row);
    if (again.isPresent()) {
      if (totalsRow == null && samePlaces(again.get())) {
        warnings.add(
            new DataProblem(
                Severity.WARNING,
                context.row(row),
                labels(row),
                "a row of figures; this row repeats the header of row " + header.number(),
                "nothing to fix: the row was passed over, and the rows below it read under the"
                    + " header, whose columns it has in the same places; delete the repeated"
                    + " header to be rid of this warning"));
        return Verdict.PASS_OVER;
      }
      endedAt = totalsRow != null ? totalsRow : row;
      secondHeader = row;
      secondColumns = again.get();
      below.add(row);
      return Verdict.BELOW_END;
    }
    if (totalsRow != null && blankAfterTotals && hasFigure(row)) {
      endedAt = totalsRow;
      below.add(row);
      return Verdict.BELOW_END;
    }
    if (isTotalsRow(profile, row)) {
      // A totals row before any other ("All sites" first, a blank row, then the sites) heads the
      // table; it cannot end it.
      if (rowsAbove) {
        totalsRow = row;
        blankAfterTotals = false;
      }
    } else {
      rowsAbove = true;
      if (totalsRow != null && !blankAfterTotals) {
        totalsRow = null; // a row straight after the totals row: the table goes on
      }
    }
    return Verdict.READ;
  }

  /** The warnings for repeated headers passed over. */
  List<DataProblem> warnings() {
    return warnings;
  }

  /**
   * The rows below the table's end, rejected under one error; none when the table ran to the end.
   */
  List<RejectedRow> rejected() {
    if (below.isEmpty()) {
      return List.of();
    }
    DataProblem problem = problem();
    List<RejectedRow> out = new ArrayList<>(below.size());
    for (RawRow r : below) {
      out.add(new RejectedRow(context.row(r), r.values(), List.of(problem)));
    }
    return out;
  }

  /** The one error for the rows below the end. */
  DataProblem problem() {
    RawRow first = below.getFirst();
    String rows = rowRange(below);
    boolean endedAtTotals = endedAt != secondHeader;
    String found;
    if (secondHeader != null) {
      found =
          "a second table"
              + (endedAtTotals ? " below the totals row (row " + endedAt.number() + ")" : "")
              + ", headed "
              + labels(secondHeader)
              + " at row "
              + secondHeader.number();
    } else {
      found =
          "figures below the totals row (row "
              + endedAt.number()
              + ") and the blank row after it, from row "
              + first.number();
    }
    String expected =
        "one table on the "
            + (first.sheet().isEmpty() ? "file" : "sheet")
            + ", under its header at row "
            + header.number()
            + " ("
            + labels(header)
            + ")"
            + (endedAtTotals ? ", ending at its totals row" : "")
            + (secondColumns != null && !samePlaces(secondColumns)
                ? "; the second header has its columns in other places, so its rows read under the"
                    + " first would count each figure under the wrong column"
                : "");
    boolean one = below.size() == 1;
    String fix =
        (one ? "the row " : "the " + below.size() + " rows ")
            + rows
            + " below the end of the table "
            + (one ? "was" : "were")
            + " not counted (see rejected-rows.csv): if "
            + (one ? "it holds figures" : "they hold figures")
            + " of this return, move "
            + (one ? "it" : "them")
            + " into the table above its totals row, in its columns; if "
            + (one ? "it repeats" : "they repeat")
            + " figures above or "
            + (one ? "is" : "are")
            + " another return, delete "
            + (one ? "it" : "them")
            + " or send "
            + (one ? "it" : "them")
            + " as a file of its own; then send the return again";
    return new DataProblem(Severity.ERROR, context.row(first), found, expected, fix);
  }

  private Optional<HeaderColumns> repeatedHeader(RawRow row) {
    if (row.firstLabel().isEmpty()) {
      return Optional.empty();
    }
    return new HeaderFinder(profile).matchAlone(row);
  }

  private boolean samePlaces(HeaderColumns again) {
    return again.fields().equals(columns.fields())
        && again.byType().equals(columns.byType())
        && again.byDayAndType().equals(columns.byDayAndType())
        && again.plannedByType().equals(columns.plannedByType());
  }

  private boolean hasFigure(RawRow row) {
    for (RawCell c : row.cells()) {
      if (countColumns.contains(c.column())) {
        return true;
      }
    }
    return false;
  }

  private static String labels(RawRow row) {
    List<String> texts = new ArrayList<>();
    for (RawCell c : row.cells()) {
      texts.add(c.text());
    }
    return String.join(", ", texts);
  }

  private static String rowRange(List<RawRow> rows) {
    int from = rows.getFirst().number();
    int to = rows.getLast().number();
    if (from == to) {
      return "(row " + from + ")";
    }
    return "(rows " + from + " to " + to + ")";
  }
}
