package io.strikeimpact.model.analysis;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.ReturnOrder;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.SuppressedCells;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a reader must know before trusting a site's figures that are in the pack: rows of the
 * returns behind them were rejected, a return by day lacks a day, or cells withheld small numbers
 * ("*", "[c]", "<5"), so they are partial, or a later return from the site could not be read, so an
 * earlier one stands in its place. Figures with a caveat look like any other; the caveat goes
 * wherever the site's status goes, so no output shows them as if complete.
 */
final class FigureCaveats {
  private final Dataset dataset;
  private final List<UnreadableReturn> unreadable;

  private final List<DataProblem> suppressed;
  private java.util.Set<String> rowsRead;

  FigureCaveats(Dataset dataset) {
    this.dataset = dataset;
    this.unreadable = UnreadableReturn.in(dataset);
    this.suppressed = SuppressedCells.in(dataset.problems());
  }

  /**
   * "partial: 9 rows rejected (returns/RM1/nnuh-march.csv); see Data quality", "later revision
   * could not be read (returns/RCX/qeh-2023-03-27.csv); earlier figures used
   * (returns/RCX/qeh-2023-03-20.csv)", or both; empty for figures with nothing to say.
   */
  Optional<String> of(String odsCode, List<DisruptionCount> counts) {
    List<String> files = files(counts);
    List<String> caveats = new ArrayList<>();
    rejected(files).ifPresent(caveats::add);
    shortOfDays(counts).ifPresent(caveats::add);
    withheld(counts)
        .ifPresent(w -> caveats.add("partial: " + w.lacks() + " not counted; see Data quality"));
    laterUnreadable(odsCode, files, actionsOf(counts)).ifPresent(caveats::add);
    return caveats.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", caveats));
  }

  /**
   * What figures that are shown lack, each a phrase after "lacks", for a total that includes them
   * ({@link PartialTotal.Short}): rows rejected, days a return by day has no figure for, cells
   * withheld as small numbers. Empty for figures that lack nothing.
   */
  List<String> lacks(List<DisruptionCount> counts) {
    List<String> lacks = new ArrayList<>();
    rejectedRows(files(counts)).ifPresent(lacks::add);
    daysWithout(counts)
        .ifPresent(
            d ->
                lacks.add(
                    HouseStyle.days(d.missing())
                        + (d.missing().size() == 1 ? ", a day" : ", days")
                        + " its return by day has no row for"));
    withheld(counts).ifPresent(w -> lacks.add(w.lacks()));
    return lacks;
  }

  /** "later revision could not be read (...); earlier figures used (...)", or empty. */
  Optional<String> outOfDate(String odsCode, List<DisruptionCount> counts) {
    return laterUnreadable(odsCode, files(counts), actionsOf(counts));
  }

  private static List<String> files(List<DisruptionCount> counts) {
    return counts.stream().map(c -> c.provenance().file()).distinct().toList();
  }

  private Optional<String> rejected(List<String> files) {
    return rejectedRows(files).map(r -> "partial: " + r + "; see Data quality");
  }

  /** "9 rows rejected (returns/RM1/nnuh-march.csv)". */
  private Optional<String> rejectedRows(List<String> files) {
    List<SourceFile> partial =
        dataset.sources().stream()
            .filter(s -> files.contains(s.name()) && s.rowsRejected() > 0)
            .toList();
    if (partial.isEmpty()) {
      return Optional.empty();
    }
    int rows = partial.stream().mapToInt(SourceFile::rowsRejected).sum();
    return Optional.of(
        HouseStyle.quantity(rows, "row", "rows")
            + " rejected ("
            + HouseStyle.joinWithAnd(partial.stream().map(SourceFile::name).toList())
            + ")");
  }

  /**
   * "partial: no figure for 19 January 2023 in a return by day; rates a day and an hour over the 3
   * days with figures; see Data quality": the count lacks a day, and the rates say which days they
   * divide by ({@link DaysWithFigures}).
   */
  private Optional<String> shortOfDays(List<DisruptionCount> counts) {
    return daysWithout(counts).map(this::shortOfDays);
  }

  /** The days with figures of the actions of the counts, when a return by day lacks one. */
  private Optional<DaysWithFigures> daysWithout(List<DisruptionCount> counts) {
    List<io.strikeimpact.model.IndustrialAction> actions =
        counts.stream()
            .map(DisruptionCount::actionId)
            .distinct()
            .flatMap(id -> dataset.calendar().find(id).stream())
            .toList();
    DaysWithFigures days = DaysWithFigures.of(counts, actions);
    return days.partial() ? Optional.of(days) : Optional.empty();
  }

  private String shortOfDays(DaysWithFigures days) {
    return ("partial: no figure for "
        + HouseStyle.days(days.missing())
        + " in a return by day; rates a day and an hour over the "
        + HouseStyle.quantity(days.days().size(), "day", "days")
        + " with figures; see Data quality");
  }

  /**
   * The cells withheld as small numbers that the counts are short by, as a phrase: "6 cells
   * withheld as small numbers (returns/RCX/qeh.csv, cells D3, D5, D6, D7, D8 and D9)".
   */
  private record Withheld(String lacks) {}

  /**
   * A suppressed cell ({@link SuppressedCells}) belongs to the counts read from its row, so to
   * their site and action; a row whose every figure was withheld has no count to say whose it is,
   * so it is taken to belong to every site and action of its file: a total it may be part of says
   * it is partial rather than claim to be whole.
   */
  private Optional<Withheld> withheld(List<DisruptionCount> counts) {
    if (suppressed.isEmpty()) {
      return Optional.empty();
    }
    java.util.Set<String> rows = new java.util.HashSet<>();
    java.util.Set<String> files = new java.util.HashSet<>();
    for (DisruptionCount c : counts) {
      rows.add(rowKey(c.provenance()));
      files.add(c.provenance().file());
    }
    java.util.Map<String, List<String>> cellsByPlace = new java.util.LinkedHashMap<>();
    for (DataProblem p : suppressed) {
      Provenance at = p.where();
      String row = rowKey(at);
      boolean ours = rows.contains(row) || (files.contains(at.file()) && !rowsRead().contains(row));
      if (ours) {
        cellsByPlace.computeIfAbsent(at.at("").describe(), k -> new ArrayList<>()).add(at.cell());
      }
    }
    if (cellsByPlace.isEmpty()) {
      return Optional.empty();
    }
    int n = cellsByPlace.values().stream().mapToInt(List::size).sum();
    List<String> places =
        cellsByPlace.entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + (e.getValue().size() == 1 ? ", cell " : ", cells ")
                        + HouseStyle.joinWithAnd(e.getValue()))
            .toList();
    return Optional.of(
        new Withheld(
            (n == 1 ? "1 cell withheld as a small number" : n + " cells withheld as small numbers")
                + " ("
                + String.join("; ", places)
                + ")"));
  }

  /** The rows of the returns that gave a count, by file, sheet and row number. */
  private java.util.Set<String> rowsRead() {
    if (rowsRead == null) {
      rowsRead = new java.util.HashSet<>();
      dataset.counts().forEach(c -> rowsRead.add(rowKey(c.provenance())));
    }
    return rowsRead;
  }

  private static String rowKey(Provenance at) {
    return at.file() + '\u0000' + at.sheet() + '\u0000' + SuppressedCells.row(at.cell());
  }

  private List<io.strikeimpact.model.IndustrialAction> actionsOf(List<DisruptionCount> counts) {
    return counts.stream()
        .map(DisruptionCount::actionId)
        .distinct()
        .flatMap(id -> dataset.calendar().find(id).stream())
        .toList();
  }

  /**
   * An unreadable return from the site, read by the same profile as the figures, later than all of
   * them by date or name, and whose name does not say it is another action's ({@link
   * io.strikeimpact.model.ReturnFor}), is most likely their revision: the figures shown may be out
   * of date. One for another action (a September return beside March's), or for none in the
   * calendar, is its own unreadable return and casts no doubt on these figures.
   */
  private Optional<String> laterUnreadable(
      String odsCode, List<String> files, List<io.strikeimpact.model.IndustrialAction> actions) {
    List<String> profiles =
        dataset.sources().stream()
            .filter(s -> files.contains(s.name()))
            .map(SourceFile::profile)
            .distinct()
            .toList();
    List<String> later =
        unreadable.stream()
            .filter(u -> u.odsCode().equals(odsCode))
            .filter(u -> profiles.contains(profileOf(u.file())))
            .filter(u -> u.mayBeForAny(actions, dataset))
            .map(UnreadableReturn::file)
            .filter(u -> files.stream().allMatch(f -> ReturnOrder.isLater(u, f)))
            .toList();
    if (later.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "later revision could not be read ("
            + HouseStyle.joinWithAnd(later)
            + "); earlier figures used ("
            + HouseStyle.joinWithAnd(files)
            + ")");
  }

  private String profileOf(String file) {
    return dataset.sources().stream()
        .filter(s -> s.name().equals(file))
        .map(SourceFile::profile)
        .findFirst()
        .orElse("");
  }
}
