package io.strikeimpact.reports.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns for the terminal: text left, figures right. Nothing is
 * ever truncated. Given a width, the table fits it: headings wrap over several lines, text cells
 * (notes, messages) wrap inside their column, figures never wrap; a table that cannot fit even so
 * is written as one block of "Heading value" lines per row.
 */
public final class TextTable {
  /** Space between columns. */
  private static final int GAP = 2;

  /** A text column is never made narrower than this to fit (less where its text is shorter). */
  private static final int NARROWEST_TEXT = 16;

  private final List<String> headers;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * @param headers column headings; a heading ending in {@code >} marks a right-aligned (figure)
   *     column and the marker is not printed
   */
  public TextTable(String... headers) {
    this.numeric = new boolean[headers.length];
    List<String> h = new ArrayList<>();
    for (int i = 0; i < headers.length; i++) {
      numeric[i] = headers[i].endsWith(">");
      h.add(numeric[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i]);
    }
    this.headers = List.copyOf(h);
  }

  public TextTable row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "Expected " + headers.size() + " cells, got " + cells.length);
    }
    rows.add(Arrays.asList(cells));
    return this;
  }

  /** The table with every row on one line, however wide. */
  public String render() {
    return render(Wrap.UNLIMITED);
  }

  /** The table in lines of at most {@code width} characters. */
  public String render(int width) {
    int columns = headers.size();
    int[] natural = new int[columns];
    int[] narrowest = new int[columns];
    for (int i = 0; i < columns; i++) {
      int longestCell = 0;
      int longestWord = 0;
      for (List<String> r : rows) {
        longestCell = Math.max(longestCell, r.get(i).length());
        longestWord = Math.max(longestWord, Wrap.longestWord(r.get(i)));
      }
      natural[i] = Math.max(headers.get(i).length(), longestCell);
      int cells =
          numeric[i] ? longestCell : Math.min(longestCell, Math.max(NARROWEST_TEXT, longestWord));
      narrowest[i] = Math.max(cells, Wrap.longestWord(headers.get(i)));
    }
    int gaps = GAP * (columns - 1);
    if (sum(natural) + gaps <= width) {
      return lines(natural);
    }
    if (sum(narrowest) + gaps > width) {
      return blocks(width);
    }
    List<List<String>> longest = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      int column = i;
      longest.add(
          rows.stream()
              .map(r -> r.get(column))
              .distinct()
              .sorted(java.util.Comparator.comparingInt(String::length).reversed())
              .limit(CELLS_WRAPPED)
              .toList());
    }
    // Widen, a character at a time, the column that takes the most lines: the tallest heading or
    // cell sets the height of its row, so that is where a character saves a line.
    int[] chosen = narrowest.clone();
    for (int room = width - gaps - sum(chosen); room > 0; room--) {
      int tallest = -1;
      int most = 1;
      for (int i = 0; i < columns; i++) {
        int height = height(headers.get(i), longest.get(i), chosen[i]);
        if (chosen[i] < natural[i] && height > most) {
          tallest = i;
          most = height;
        }
      }
      if (tallest < 0) {
        break;
      }
      chosen[tallest]++;
    }
    return lines(chosen);
  }

  /**
   * How many lines a column takes at its tallest, heading or cell, at a width. Only its longest
   * cells are wrapped: the tallest is among them, and a list of thousands of problems must not be
   * wrapped a hundred times over just to choose where a character goes.
   */
  private static int height(String heading, List<String> longestCells, int width) {
    int height = Wrap.lines(heading, width).size();
    for (String cell : longestCells) {
      height = Math.max(height, Wrap.lines(cell, width).size());
    }
    return height;
  }

  /** How many of a column's longest cells {@link #height} wraps. */
  private static final int CELLS_WRAPPED = 32;

  private static int sum(int[] widths) {
    return Arrays.stream(widths).sum();
  }

  private String lines(int[] width) {
    StringBuilder out = new StringBuilder();
    row(out, headers, width, true);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : " ".repeat(GAP)).append("-".repeat(width[i]));
    }
    out.append(rule).append('\n');
    for (List<String> r : rows) {
      row(out, r, width, false);
    }
    return out.toString();
  }

  /**
   * One row over as many lines as its tallest cell needs: headings sit on the rule (the last line
   * of each above it), a row's cells start on its first line.
   */
  private void row(StringBuilder out, List<String> cells, int[] width, boolean heading) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int i = 0; i < width.length; i++) {
      List<String> lines = Wrap.lines(cells.get(i), width[i]);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int line = 0; line < height; line++) {
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < width.length; i++) {
        List<String> lines = wrapped.get(i);
        int at = heading ? line - (height - lines.size()) : line;
        String c = at >= 0 && at < lines.size() ? lines.get(at) : "";
        String pad = " ".repeat(width[i] - c.length());
        l.append(i == 0 ? "" : " ".repeat(GAP)).append(numeric[i] ? pad + c : c + pad);
      }
      out.append(l.toString().stripTrailing()).append('\n');
    }
  }

  /** Each row as a block of "Heading value" lines, for a table too wide for any columns. */
  private String blocks(int width) {
    int label = headers.stream().mapToInt(String::length).max().orElse(0);
    label = Math.min(label, Math.max(8, width / 3));
    int room = Math.max(8, width - label - GAP);
    StringBuilder out = new StringBuilder();
    if (rows.isEmpty()) {
      headers.forEach(h -> out.append(Wrap.paragraph(h, width, "", "")));
    }
    for (List<String> r : rows) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      for (int i = 0; i < headers.size(); i++) {
        if (r.get(i).isEmpty()) {
          continue;
        }
        List<String> names = Wrap.lines(headers.get(i), label);
        List<String> values = Wrap.lines(r.get(i), room);
        for (int line = 0; line < Math.max(names.size(), values.size()); line++) {
          String name = line < names.size() ? names.get(line) : "";
          String value = line < values.size() ? values.get(line) : "";
          out.append((name + " ".repeat(label - name.length() + GAP) + value).stripTrailing())
              .append('\n');
        }
      }
    }
    return out.toString();
  }
}
