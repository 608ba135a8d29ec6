package io.strikeimpact.reports.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with aligned columns for the terminal: text left, figures right. Column widths
 * fit the longest cell; nothing is truncated.
 */
public final class TextTable {
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

  public String render() {
    int[] width = new int[headers.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = headers.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, width);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    out.append(rule).append('\n');
    for (List<String> r : rows) {
      line(out, r, width);
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] width) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      String c = cells.get(i);
      String pad = " ".repeat(width[i] - c.length());
      l.append(i == 0 ? "" : "  ").append(numeric[i] ? pad + c : c + pad);
    }
    out.append(l.toString().stripTrailing()).append('\n');
  }
}
