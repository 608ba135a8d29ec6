package io.strikeimpact.reports.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One table of figures in a form every terminal format can write: the aligned text table, csv and
 * JSON all read the same rows, so they cannot disagree. A cell is text, a whole number, a decimal,
 * or null where a figure does not apply (written "n/a" in text, empty in csv, null in JSON, never
 * 0).
 */
public record Tabular(
    String name, String title, List<Column> columns, List<List<Object>> rows, List<String> notes) {

  /** How a column's figures are written in text. */
  public enum Kind {
    TEXT,
    COUNT,
    RATE,
    RATIO,
    SHARE,
    /** Hours of action: whole hours as they are ("72"), otherwise to one decimal place. */
    HOURS,
    /** A small share, of England's figure, to one decimal place: "2.7%". */
    SHARE_OF_ENGLAND
  }

  /**
   * A figure that is missing for a reason a reader must see, such as "not published": written as
   * its words in text, empty in csv and null in JSON, like any absent figure, never 0.
   */
  public record Absent(String words) {}

  /** A column: its heading (with its basis, for rates) and kind. */
  public record Column(String heading, String key, Kind kind) {}

  public Tabular {
    columns = List.copyOf(columns);
    rows =
        rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
    notes = List.copyOf(notes);
    for (List<Object> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException(
            "Row of " + r.size() + " cells in a table of " + columns.size() + " columns");
      }
    }
  }

  /** Builds a table row by row. */
  public static final class Builder {
    private final String name;
    private final String title;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public Builder(String name, String title) {
      this.name = Objects.requireNonNull(name);
      this.title = Objects.requireNonNull(title);
    }

    public Builder column(String heading, String key, Kind kind) {
      columns.add(new Column(heading, key, kind));
      return this;
    }

    public Builder row(Object... cells) {
      rows.add(Arrays.asList(cells));
      return this;
    }

    public Builder note(String note) {
      notes.add(note);
      return this;
    }

    public Tabular build() {
      return new Tabular(name, title, columns, rows, notes);
    }
  }
}
