package io.strikeimpact.reports.excel;

/**
 * One column of a table: its heading, which states the basis of any figure under it, and a width in
 * characters. The width the column ends up with comes from its cells ({@link ColumnWidths}): for a
 * column that wraps, {@code width} is the most it takes; for one that does not, the column is as
 * wide as its widest text, and {@code width} only stands until the cells are written.
 *
 * @param wrap whether long text in the column wraps within the width rather than spilling over
 * @param figures whether the column holds figures, so its heading aligns right above them
 */
record Column(String heading, int width, boolean wrap, boolean figures) {
  Column {
    if (heading == null || heading.isBlank()) {
      throw new IllegalArgumentException("A column needs a heading");
    }
    if (width < 1 || width > 255) {
      throw new IllegalArgumentException("Column width must be 1 to 255 characters, was " + width);
    }
  }

  /** A column of short text: codes, names, labels. */
  static Column of(String heading, int width) {
    return new Column(heading, width, false, false);
  }

  /** A column of text that may be long and wraps within the width. */
  static Column wrapped(String heading, int width) {
    return new Column(heading, width, true, false);
  }

  /** A column of figures or dates, with "n/a" and the like where there is no figure. */
  static Column figures(String heading, int width) {
    return new Column(heading, width, false, true);
  }
}
