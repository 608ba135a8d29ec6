package io.strikeimpact.model.analysis;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.StatedTotal;
import io.strikeimpact.model.SuppressedCells;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cells withheld as small numbers ("*", "[c]", "&lt;5") that a stated total covers, so that a
 * total the sum of its parts cannot match exactly is said to be unchecked, not to disagree.
 *
 * <p>A return's own totals row covers, column by column, the withheld cells above it in its own
 * column (a row total, those of its row): a withheld inpatient cell leaves the outpatient total
 * checkable. A total stated elsewhere (an ICB's summary) covers the withheld cells of the rows its
 * parts came from, and of rows that gave no count at all in the files its parts came from, as
 * {@link FigureCaveats} takes them to belong to its site and action.
 */
final class WithheldInScope {
  private final List<DataProblem> withheld;
  private final Set<String> rowsWithCounts = new HashSet<>();

  WithheldInScope(Dataset dataset) {
    this.withheld =
        dataset.problems().stream()
            .filter(p -> SuppressedCells.is(p) || SuppressedCells.isNotGiven(p))
            .toList();
    for (DisruptionCount c : dataset.counts()) {
      rowsWithCounts.add(rowKey(c.provenance()));
    }
  }

  /** The withheld cells the total covers, in the order they were met. */
  List<DataProblem> of(StatedTotal stated, List<DisruptionCount> parts) {
    List<DataProblem> out = new ArrayList<>();
    if (withheld.isEmpty()) {
      return out;
    }
    Provenance at = stated.provenance();
    boolean ownTable =
        stated.scope().sourceFile().map(f -> f.equals(at.file())).orElse(false)
            && SuppressedCells.row(at.cell()) > 0;
    Set<String> rows = new HashSet<>();
    Set<String> files = new HashSet<>();
    for (DisruptionCount c : parts) {
      rows.add(rowKey(c.provenance()));
      files.add(c.provenance().file());
    }
    for (DataProblem p : withheld) {
      Provenance cell = p.where();
      boolean covered =
          ownTable
              ? sameTable(cell, at)
                  && (stated.scope().row().isPresent()
                      ? SuppressedCells.row(cell.cell()) == stated.scope().row().get()
                      : column(cell.cell()).equals(column(at.cell()))
                          && SuppressedCells.row(cell.cell()) < SuppressedCells.row(at.cell()))
              : rows.contains(rowKey(cell))
                  || (files.contains(cell.file()) && !rowsWithCounts.contains(rowKey(cell)));
      if (covered) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * "not checked exactly: it covers 1 cell that gives no figure, withheld or marked none
   * (returns/QEH.csv, cell C5), which the returns' sum lacks; the difference, 50, is what the
   * withheld cell would hold", or empty when the sum exceeds the total, which no withheld figure
   * can explain.
   */
  /** A mark that says how small the number withheld is: "<5" holds 4 at most. */
  private static final java.util.regex.Pattern BELOW =
      java.util.regex.Pattern.compile("<\\s*(\\d{1,2})");

  /**
   * The most the cells can hold between them when every one says so ("<5" twice: 8), else empty:
   * "*" or "-" says nothing of its size.
   */
  private static Optional<Long> most(List<DataProblem> cells) {
    long most = 0;
    for (DataProblem p : cells) {
      java.util.regex.Matcher m = BELOW.matcher(p.found().strip());
      if (!SuppressedCells.is(p) || !m.matches()) {
        return Optional.empty();
      }
      most += Math.max(0, Integer.parseInt(m.group(1)) - 1);
    }
    return Optional.of(most);
  }

  static Optional<String> reason(List<DataProblem> withheld, long stated, long summed) {
    // A total the sum bears out is checked and agrees: a withheld small number is 1 or more, so
    // the cells it seems to cover are not its own (a row with no count is taken to be every site's
    // of its file) or hold nothing.
    if (withheld.isEmpty() || stated <= summed) {
      return Optional.empty();
    }
    // Cells marked "<5" that cannot hold the difference leave a disagreement, not a doubt.
    if (most(withheld).filter(m -> stated - summed > m).isPresent()) {
      return Optional.empty();
    }
    List<Provenance> cells = withheld.stream().map(DataProblem::where).toList();
    Map<String, List<String>> byPlace = new LinkedHashMap<>();
    for (Provenance p : cells) {
      byPlace.computeIfAbsent(p.at("").describe(), k -> new ArrayList<>()).add(p.cell());
    }
    List<String> places = new ArrayList<>();
    byPlace.forEach(
        (place, refs) ->
            places.add(
                place
                    + (refs.size() == 1 ? ", cell " : ", cells ")
                    + HouseStyle.joinWithAnd(refs)));
    boolean one = cells.size() == 1;
    return Optional.of(
        Reconciliation.NOT_CHECKED
            + " exactly: it covers "
            + (one
                ? "1 cell that gives no figure, withheld or marked none"
                : cells.size() + " cells that give no figure, withheld or marked none")
            + " ("
            + String.join("; ", places)
            + "), which the returns' sum of "
            + HouseStyle.count(summed)
            + " lacks; the difference, "
            + HouseStyle.count(stated - summed)
            + ", is what "
            + (one
                ? "the withheld cell would hold"
                : "the withheld cells would hold between them"));
  }

  private static boolean sameTable(Provenance a, Provenance b) {
    return a.file().equals(b.file()) && a.sheet().equals(b.sheet());
  }

  private static String column(String cell) {
    return cell.replaceAll("[0-9]+$", "");
  }

  private static String rowKey(Provenance at) {
    return at.file() + '\u0000' + at.sheet() + '\u0000' + SuppressedCells.row(at.cell());
  }
}
