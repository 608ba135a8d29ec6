package io.strikeimpact.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.strikeimpact.model.text.SmallNumberTable.Mark;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Secondary suppression: whatever the table, no hidden figure can be worked out as a row's or a
 * column's total minus the figures shown in it (red-team report, 3 December 2026, item 1).
 */
class SmallNumberTableTest {

  /** The red team's table: N&N 2,000 | 7 | 2,007; QEH 100 | 5 | 105; JPUH 40 | 3 | 43. */
  @Test
  void should_withhold_the_figures_that_would_give_the_red_teams_small_counts_away() {
    SmallNumberTable t =
        SmallNumberTable.suppress(
            table(
                new long[][] {
                  {2000, 7, 2007}, {100, 5, 105}, {40, 3, 43}, {2140, 15, 2155},
                }));
    assertEquals(Mark.SMALL, t.mark(0, 1));
    assertEquals(
        "withheld", t.text(0, 0), "N&N's outpatients would give its 7 away: 2,007 - 2,000");
    assertEquals("withheld", t.text(1, 0));
    assertEquals("withheld", t.text(2, 0));
    // The totals a story quotes survive: no single hidden figure follows from any of them.
    assertEquals("2,007", t.text(0, 2));
    assertEquals("2,155", t.text(3, 2));
    assertEquals("15", t.text(3, 1));
    assertTrue(t.anyWithheld());
  }

  @Test
  void should_withhold_nothing_when_no_count_is_small() {
    SmallNumberTable t =
        SmallNumberTable.suppress(table(new long[][] {{2976, 475, 3451}, {2976, 475, 3451}}));
    assertFalse(t.anyWithheld());
    assertEquals("3,451", t.text(0, 2));
  }

  @Test
  void should_show_zero_and_withhold_a_total_that_is_the_only_other_figure() {
    // A site with one type only: its total is its one small figure, so the total is small too.
    SmallNumberTable t =
        SmallNumberTable.suppress(table(new long[][] {{0, 5, 5}, {900, 40, 940}, {900, 45, 945}}));
    assertEquals("0", t.text(0, 0));
    assertEquals("fewer than 8", t.text(0, 2));
    assertTrue(t.hidden(1, 1), "JPUH's 40 would give the 5 away from the column total 45");
  }

  /** A table of the press briefing's shape (two types and a total) or wider, random counts. */
  @Test
  void no_hidden_figure_is_a_total_minus_the_shown_figures_in_any_row_or_column() {
    Random random = new Random(20261203L);
    for (int n = 0; n < 5_000; n++) {
      List<List<OptionalLong>> values = randomTable(random);
      SmallNumberTable t = SmallNumberTable.suppress(values);
      for (int r = 0; r < values.size(); r++) {
        for (int c = 0; c < values.get(r).size(); c++) {
          OptionalLong v = values.get(r).get(c);
          if (v.isPresent() && PressWording.suppressed(v.getAsLong())) {
            assertEquals(Mark.SMALL, t.mark(r, c), "a count of 1 to 7 is shown at " + r + "," + c);
          }
        }
      }
      for (List<SmallNumberTable.Cell> line : rowsAndColumnsThatAdd(values)) {
        long hidden = line.stream().filter(c -> t.hidden(c.row(), c.column())).count();
        if (hidden == 1) {
          fail(
              "table "
                  + values
                  + ": the line "
                  + line
                  + " hides one figure only, which is its total minus its shown figures; marks "
                  + marks(t, values));
        }
      }
    }
  }

  /**
   * The press briefing's own shape (sites by outpatient, inpatient and total): no hidden figure is
   * fixed even by several rows and columns together. Checked by finding, for each hidden figure,
   * another table that agrees on every shown figure and every sum yet differs in that one.
   */
  @Test
  void no_hidden_figure_of_a_press_table_is_fixed_by_the_shown_figures_taken_together() {
    Random random = new Random(7L);
    for (int n = 0; n < 3_000; n++) {
      int sites = 1 + random.nextInt(5);
      long[][] v = new long[sites + 1][3];
      for (int s = 0; s < sites; s++) {
        v[s][0] = count(random);
        v[s][1] = count(random);
      }
      List<List<OptionalLong>> values = table(withTotals(v));
      SmallNumberTable t = SmallNumberTable.suppress(values);
      for (int r = 0; r <= sites; r++) {
        for (int c = 0; c < 3; c++) {
          if (t.hidden(r, c)) {
            assertTrue(
                canVary(t, r, c, sites),
                "table "
                    + values
                    + ": the hidden figure at "
                    + r
                    + ","
                    + c
                    + " is fixed by "
                    + marks(t, values));
          }
        }
      }
    }
  }

  /**
   * Whether a hidden figure can change while every shown figure stays and every row and column
   * still adds up. Each row and column (margins included) is a point, each hidden figure a link
   * between its row and its column; adding 1 and taking 1 away in turn round a closed path of
   * hidden figures keeps every sum, so a figure on such a path can vary, and one on none is fixed.
   */
  private static boolean canVary(SmallNumberTable t, int r, int c, int sites) {
    int columns = 3;
    // Points 0..sites are rows, sites+1.. the columns; search from the row to the column without
    // the figure's own link.
    int points = sites + 1 + columns;
    boolean[] seen = new boolean[points];
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(r));
    seen[r] = true;
    while (!queue.isEmpty()) {
      int p = queue.poll();
      for (int q = 0; q < points; q++) {
        boolean link =
            p <= sites && q > sites
                ? t.hidden(p, q - sites - 1) && !(p == r && q - sites - 1 == c)
                : p > sites
                    && q <= sites
                    && t.hidden(q, p - sites - 1)
                    && !(q == r && p - sites - 1 == c);
        if (link && !seen[q]) {
          seen[q] = true;
          queue.add(q);
        }
      }
    }
    return seen[sites + 1 + c];
  }

  private static long[][] withTotals(long[][] v) {
    int sites = v.length - 1;
    for (int s = 0; s < sites; s++) {
      v[s][2] = v[s][0] + v[s][1];
    }
    for (int c = 0; c < 3; c++) {
      long sum = 0;
      for (int s = 0; s < sites; s++) {
        sum += v[s][c];
      }
      v[sites][c] = sum;
    }
    return v;
  }

  private static long count(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> random.nextInt(8); // 0 to 7: small, or a zero that stays shown
      case 1 -> 8 + random.nextInt(30);
      default -> random.nextInt(3000);
    };
  }

  /** Up to 6 rows of up to 4 types, some figures absent (a return with no split). */
  private static List<List<OptionalLong>> randomTable(Random random) {
    int rows = 1 + random.nextInt(6);
    int types = 1 + random.nextInt(4);
    Long[][] v = new Long[rows + 1][types + 1];
    for (int r = 0; r < rows; r++) {
      boolean split = random.nextInt(5) > 0;
      long sum = 0;
      for (int c = 0; c < types; c++) {
        v[r][c] = split ? count(random) : null;
        sum += split ? v[r][c] : 0;
      }
      v[r][types] = split ? sum : count(random);
    }
    for (int c = 0; c <= types; c++) {
      long sum = 0;
      boolean any = false;
      for (int r = 0; r < rows; r++) {
        if (v[r][c] != null) {
          sum += v[r][c];
          any = true;
        }
      }
      v[rows][c] = any ? sum : null;
    }
    List<List<OptionalLong>> out = new ArrayList<>();
    for (Long[] row : v) {
      List<OptionalLong> cells = new ArrayList<>();
      for (Long x : row) {
        cells.add(x == null ? OptionalLong.empty() : OptionalLong.of(x));
      }
      out.add(cells);
    }
    return out;
  }

  /**
   * Worked out here, not taken from the class under test: each row and column whose present parts
   * add to its present total, as the cells a subtraction would use.
   */
  private static List<List<SmallNumberTable.Cell>> rowsAndColumnsThatAdd(
      List<List<OptionalLong>> v) {
    List<List<SmallNumberTable.Cell>> lines = new ArrayList<>();
    int rows = v.size();
    int cols = v.getFirst().size();
    for (int r = 0; r < rows; r++) {
      List<SmallNumberTable.Cell> line = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        line.add(new SmallNumberTable.Cell(r, c));
      }
      addIfItAdds(v, line, lines);
    }
    for (int c = 0; c < cols; c++) {
      List<SmallNumberTable.Cell> line = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        line.add(new SmallNumberTable.Cell(r, c));
      }
      addIfItAdds(v, line, lines);
    }
    return lines;
  }

  private static void addIfItAdds(
      List<List<OptionalLong>> v,
      List<SmallNumberTable.Cell> line,
      List<List<SmallNumberTable.Cell>> lines) {
    SmallNumberTable.Cell total = line.getLast();
    OptionalLong t = v.get(total.row()).get(total.column());
    List<SmallNumberTable.Cell> present =
        line.subList(0, line.size() - 1).stream()
            .filter(c -> v.get(c.row()).get(c.column()).isPresent())
            .toList();
    if (t.isEmpty() || present.isEmpty()) {
      return;
    }
    long sum = present.stream().mapToLong(c -> v.get(c.row()).get(c.column()).getAsLong()).sum();
    if (sum == t.getAsLong()) {
      List<SmallNumberTable.Cell> cells = new ArrayList<>(present);
      cells.add(total);
      lines.add(cells);
    }
  }

  private static String marks(SmallNumberTable t, List<List<OptionalLong>> v) {
    StringBuilder s = new StringBuilder();
    for (int r = 0; r < v.size(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < v.get(r).size(); c++) {
        row.add(v.get(r).get(c).isPresent() ? t.text(r, c) : "-");
      }
      s.append(row);
    }
    return s.toString();
  }

  private static List<List<OptionalLong>> table(long[][] v) {
    List<List<OptionalLong>> out = new ArrayList<>();
    for (long[] row : v) {
      List<OptionalLong> cells = new ArrayList<>();
      for (long x : row) {
        cells.add(OptionalLong.of(x));
      }
      out.add(cells);
    }
    return out;
  }

  @Test
  void should_never_call_a_shown_figure_withheld() {
    SmallNumberTable t =
        SmallNumberTable.suppress(table(new long[][] {{12, 30, 42}, {12, 30, 42}}));
    assertNotEquals("withheld", t.text(0, 0));
  }
}
