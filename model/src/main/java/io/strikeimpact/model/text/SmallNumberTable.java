package io.strikeimpact.model.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which figures of a table with totals a public output may show under the small-number policy.
 *
 * <p>Hiding counts of 1 to 7 (primary suppression) is not enough when the table also shows totals:
 * "N&amp;N 2,000 | fewer than 8 | 2,007" gives the hidden 7 away by subtraction. So, as published
 * statistics do, further figures are withheld (secondary suppression) until no hidden figure can be
 * worked out from the shown ones. The standard rule is that no row or column whose parts add to its
 * total may have exactly one hidden figure; where one has, the smallest figure still shown in it is
 * withheld as well (a part before the total, so the totals a story quotes survive where they can),
 * and the rule is applied again until nothing changes. The rule alone can miss a figure fixed by
 * several rows and columns together, so the check behind it solves all the rows and columns at
 * once: a hidden figure counts as safe only when the shown figures leave it free to vary.
 *
 * <p>The table's last row holds the column totals and its last column the row totals. An absent
 * cell (a return with no split) is neither shown nor hidden; a row or column whose parts do not add
 * to its total gives nothing away by subtraction and is not a constraint.
 */
public final class SmallNumberTable {

  /** What a public output shows in a cell. */
  public enum Mark {
    /** The figure as it is. */
    SHOWN,
    /** A count of 1 to 7: "fewer than 8". */
    SMALL,
    /** A figure that would give a small one away: "withheld". */
    WITHHELD
  }

  /** A cell of the table by row and column, both from 0. */
  public record Cell(int row, int column) {}

  /** A row or column whose parts add to its total: a sum anyone can subtract from. */
  public record Line(List<Cell> parts, Cell total) {
    public Line {
      parts = List.copyOf(parts);
    }

    /** The parts and the total together. */
    public List<Cell> cells() {
      List<Cell> all = new ArrayList<>(parts);
      all.add(total);
      return all;
    }
  }

  private final List<List<OptionalLong>> values;
  private final List<Line> lines;
  private final Mark[][] marks;

  private SmallNumberTable(List<List<OptionalLong>> values) {
    this.values = values.stream().map(List::copyOf).toList();
    this.lines = linesOf(this.values);
    this.marks = new Mark[this.values.size()][];
    for (int r = 0; r < this.values.size(); r++) {
      marks[r] = new Mark[this.values.get(r).size()];
      for (int c = 0; c < marks[r].length; c++) {
        OptionalLong v = this.values.get(r).get(c);
        marks[r][c] =
            v.isPresent() && PressWording.suppressed(v.getAsLong()) ? Mark.SMALL : Mark.SHOWN;
      }
    }
  }

  /**
   * The table with its small counts hidden and as many further figures withheld as it takes for
   * none of them to be worked out.
   *
   * @param values rows of equal length; the last row the column totals, the last column the row
   *     totals; empty where the figure does not exist
   */
  public static SmallNumberTable suppress(List<List<OptionalLong>> values) {
    if (values.isEmpty() || values.stream().anyMatch(r -> r.size() != values.getFirst().size())) {
      throw new IllegalArgumentException("A table needs rows of equal length: " + values);
    }
    SmallNumberTable t = new SmallNumberTable(values);
    t.withholdUntilSafe();
    return t;
  }

  public Mark mark(int row, int column) {
    return marks[row][column];
  }

  /** Whether a figure is hidden, as small or withheld. */
  public boolean hidden(int row, int column) {
    return marks[row][column] != Mark.SHOWN;
  }

  /** Whether any figure is withheld beyond the small ones. */
  public boolean anyWithheld() {
    for (Mark[] row : marks) {
      for (Mark m : row) {
        if (m == Mark.WITHHELD) {
          return true;
        }
      }
    }
    return false;
  }

  /** The rows and columns whose parts add to their totals. */
  public List<Line> lines() {
    return lines;
  }

  /** A cell as a public output writes it: "2,007", "fewer than 8" or "withheld". */
  public String text(int row, int column) {
    return switch (marks[row][column]) {
      case SHOWN -> HouseStyle.count(values.get(row).get(column).orElseThrow());
      case SMALL ->
          PressWording.count(
              values.get(row).get(column).orElseThrow(), PressWording.SmallNumbers.SUPPRESS);
      case WITHHELD -> WITHHELD_TEXT;
    };
  }

  /** How a public output writes a figure withheld so that a small one cannot be worked out. */
  public static final String WITHHELD_TEXT = "withheld";

  private void withholdUntilSafe() {
    // Each pass withholds one more figure, so the loop ends: at worst every figure is hidden.
    while (true) {
      Optional<Cell> next = byTheStandardRule().or(this::byAllLinesTogether);
      if (next.isEmpty()) {
        return;
      }
      marks[next.get().row()][next.get().column()] = Mark.WITHHELD;
    }
  }

  /**
   * The figure the standard rule withholds next: of the figures still shown in lines with exactly
   * one hidden figure, the one in most such lines (one figure can close two lines), then the one
   * least a total, then the smallest.
   */
  private Optional<Cell> byTheStandardRule() {
    List<Line> exposing = lines.stream().filter(l -> hiddenIn(l) == 1).toList();
    Comparator<Cell> order =
        Comparator.<Cell>comparingLong(
                c -> -exposing.stream().filter(l -> l.cells().contains(c)).count())
            .thenComparing(smallestFirst());
    return exposing.stream()
        .flatMap(l -> l.cells().stream())
        .filter(c -> !hidden(c.row(), c.column()))
        .distinct()
        .min(order);
  }

  /**
   * For a hidden figure that the lines fix only when taken together, the smallest figure still
   * shown in a line through it; failing that, in any line with a hidden figure.
   */
  private Optional<Cell> byAllLinesTogether() {
    Optional<Cell> exposed = firstWorkedOut();
    if (exposed.isEmpty()) {
      return Optional.empty();
    }
    Optional<Cell> inLine =
        smallestShown(lines.stream().filter(l -> l.cells().contains(exposed.get())).toList());
    return inLine.or(() -> smallestShown(lines.stream().filter(l -> hiddenIn(l) > 0).toList()));
  }

  private Optional<Cell> smallestShown(List<Line> candidates) {
    return candidates.stream()
        .flatMap(l -> l.cells().stream())
        .filter(c -> !hidden(c.row(), c.column()))
        .distinct()
        .min(smallestFirst());
  }

  /**
   * Figures in the order they are withheld: a figure inside the table before a row's or column's
   * total, and those before the grand total (the totals are what a story quotes); a zero last (it
   * gives nothing away, and "withheld" where a reader could see 0 only puzzles); then the smallest.
   */
  private Comparator<Cell> smallestFirst() {
    return Comparator.<Cell>comparingLong(
            c -> lines.stream().filter(l -> l.total().equals(c)).count())
        .thenComparingInt(c -> valueOf(c) == 0 ? 1 : 0)
        .thenComparingLong(this::valueOf)
        .thenComparingInt(Cell::row)
        .thenComparingInt(Cell::column);
  }

  private long valueOf(Cell c) {
    return values.get(c.row()).get(c.column()).orElseThrow();
  }

  private int hiddenIn(Line line) {
    int n = 0;
    for (Cell c : line.cells()) {
      if (hidden(c.row(), c.column())) {
        n++;
      }
    }
    return n;
  }

  /**
   * The first hidden cell whose value the shown figures fix, solving every line at once: the
   * unknowns are the hidden cells, one equation a line; a hidden cell is fixed when its unit vector
   * lies in the span of the equations, which in reduced row echelon form means its pivot row has no
   * other entry.
   */
  private Optional<Cell> firstWorkedOut() {
    List<Cell> unknowns = new ArrayList<>();
    for (int r = 0; r < marks.length; r++) {
      for (int c = 0; c < marks[r].length; c++) {
        if (hidden(r, c)) {
          unknowns.add(new Cell(r, c));
        }
      }
    }
    if (unknowns.isEmpty()) {
      return Optional.empty();
    }
    List<double[]> equations = new ArrayList<>();
    for (Line line : lines) {
      double[] eq = new double[unknowns.size()];
      boolean any = false;
      for (Cell p : line.parts()) {
        int i = unknowns.indexOf(p);
        if (i >= 0) {
          eq[i] += 1;
          any = true;
        }
      }
      int t = unknowns.indexOf(line.total());
      if (t >= 0) {
        eq[t] -= 1;
        any = true;
      }
      if (any) {
        equations.add(eq);
      }
    }
    int[] pivotRowOf = reduce(equations, unknowns.size());
    for (int u = 0; u < unknowns.size(); u++) {
      int row = pivotRowOf[u];
      if (row >= 0 && onlyEntry(equations.get(row), u)) {
        return Optional.of(unknowns.get(u));
      }
    }
    return Optional.empty();
  }

  private static final double EPSILON = 1e-9;

  /** Reduces the equations in place; returns, for each unknown, its pivot row or -1. */
  private static int[] reduce(List<double[]> m, int columns) {
    int[] pivotRowOf = new int[columns];
    java.util.Arrays.fill(pivotRowOf, -1);
    int row = 0;
    for (int col = 0; col < columns && row < m.size(); col++) {
      int best = -1;
      for (int r = row; r < m.size(); r++) {
        if (Math.abs(m.get(r)[col]) > EPSILON
            && (best < 0 || Math.abs(m.get(r)[col]) > Math.abs(m.get(best)[col]))) {
          best = r;
        }
      }
      if (best < 0) {
        continue;
      }
      double[] swap = m.get(row);
      m.set(row, m.get(best));
      m.set(best, swap);
      double[] p = m.get(row);
      double lead = p[col];
      for (int c = 0; c < columns; c++) {
        p[c] /= lead;
      }
      for (int r = 0; r < m.size(); r++) {
        double[] other = m.get(r);
        if (r != row && Math.abs(other[col]) > EPSILON) {
          double f = other[col];
          for (int c = 0; c < columns; c++) {
            other[c] -= f * p[c];
          }
        }
      }
      pivotRowOf[col] = row;
      row++;
    }
    return pivotRowOf;
  }

  private static boolean onlyEntry(double[] row, int column) {
    for (int c = 0; c < row.length; c++) {
      if (c != column && Math.abs(row[c]) > EPSILON) {
        return false;
      }
    }
    return true;
  }

  /** Every row and every column whose present parts add to its present total. */
  private static List<Line> linesOf(List<List<OptionalLong>> v) {
    List<Line> lines = new ArrayList<>();
    int rows = v.size();
    int columns = v.getFirst().size();
    for (int r = 0; r < rows; r++) {
      List<Cell> parts = new ArrayList<>();
      for (int c = 0; c < columns - 1; c++) {
        parts.add(new Cell(r, c));
      }
      line(v, parts, new Cell(r, columns - 1)).ifPresent(lines::add);
    }
    for (int c = 0; c < columns; c++) {
      List<Cell> parts = new ArrayList<>();
      for (int r = 0; r < rows - 1; r++) {
        parts.add(new Cell(r, c));
      }
      line(v, parts, new Cell(rows - 1, c)).ifPresent(lines::add);
    }
    return lines;
  }

  private static Optional<Line> line(List<List<OptionalLong>> v, List<Cell> parts, Cell total) {
    OptionalLong t = v.get(total.row()).get(total.column());
    List<Cell> present =
        parts.stream().filter(p -> v.get(p.row()).get(p.column()).isPresent()).toList();
    if (t.isEmpty() || present.isEmpty()) {
      return Optional.empty();
    }
    long sum = present.stream().mapToLong(p -> v.get(p.row()).get(p.column()).getAsLong()).sum();
    return sum == t.getAsLong() ? Optional.of(new Line(present, total)) : Optional.empty();
  }
}
