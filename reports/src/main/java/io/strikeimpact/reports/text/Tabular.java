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

  /**
   * A column: its heading (with its basis, for rates) and kind.
   *
   * @param basis what a rate, ratio or share in it is divided by, said in full ("a day of action,
   *     07:00 to 07:00"); empty for counts and text. JSON carries it with the column.
   * @param machineOnly written by csv and JSON only: identifiers and workings (ODS codes, action
   *     ids, days and hours) that a terminal table has no room for
   * @param fullHeading the heading csv writes, where no title or grouping stands beside it to say
   *     whose figure and on what basis ("Junior doctors rescheduled a day of action" for a
   *     terminal's "a day")
   */
  public record Column(
      String heading,
      String key,
      Kind kind,
      String basis,
      boolean machineOnly,
      String fullHeading) {
    public Column {
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(kind, "kind");
      basis = basis == null ? "" : basis;
      fullHeading = fullHeading == null || fullHeading.isBlank() ? heading : fullHeading;
    }

    public Column(String heading, String key, Kind kind) {
      this(heading, key, kind, "", false, heading);
    }

    Column withBasis(String basis) {
      return new Column(heading, key, kind, basis, machineOnly, fullHeading);
    }

    Column withFullHeading(String fullHeading) {
      return new Column(heading, key, kind, basis, machineOnly, fullHeading);
    }

    /**
     * Whether a figure in it is rounded when shown (rates, ratios, shares, hours), so csv and JSON
     * give it as shown beside its exact value. A column for machines only is never shown.
     */
    public boolean roundedWhenShown() {
      return !machineOnly
          && (kind == Kind.RATE
              || kind == Kind.RATIO
              || kind == Kind.SHARE
              || kind == Kind.SHARE_OF_ENGLAND
              || kind == Kind.HOURS);
    }
  }

  /** The columns a terminal table shows. */
  public List<Column> shownColumns() {
    return columns.stream().filter(c -> !c.machineOnly()).toList();
  }

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

    /** A column for csv and JSON only (see {@link Column#machineOnly}). */
    public Builder machineColumn(String heading, String key, Kind kind) {
      columns.add(new Column(heading, key, kind, "", true, heading));
      return this;
    }

    /** What the figures of the column just added are divided by (see {@link Column#basis}). */
    public Builder basis(String basis) {
      columns.set(columns.size() - 1, columns.getLast().withBasis(basis));
      return this;
    }

    /** The heading csv gives the column just added (see {@link Column#fullHeading}). */
    public Builder fullHeading(String heading) {
      columns.set(columns.size() - 1, columns.getLast().withFullHeading(heading));
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
