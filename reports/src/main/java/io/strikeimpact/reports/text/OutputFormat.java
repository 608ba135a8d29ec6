package io.strikeimpact.reports.text;

import io.strikeimpact.model.analysis.EnglandShare;
import io.strikeimpact.model.text.HouseStyle;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How the command line writes tables: aligned text for people, csv and JSON for other tools. */
public enum OutputFormat {
  /** Aligned columns, figures in house style, "n/a" where a figure does not apply. */
  TABLE {
    @Override
    public String write(List<Tabular> tables, int width) {
      StringBuilder out = new StringBuilder();
      for (Tabular t : tables) {
        if (!out.isEmpty()) {
          out.append('\n');
        }
        out.append(Wrap.paragraph(t.title(), width, "", "")).append('\n');
        if (t.rows().isEmpty()) {
          // Headings over no rows say nothing the notes do not ("No earlier figures were revised").
          t.notes().forEach(n -> out.append(Wrap.paragraph(n, width, "", "")));
          continue;
        }
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
          if (!t.columns().get(i).machineOnly()) {
            shown.add(i);
          }
        }
        TextTable text =
            new TextTable(
                shown.stream()
                    .map(t.columns()::get)
                    .map(c -> c.heading() + (c.kind() == Tabular.Kind.TEXT ? "" : ">"))
                    .toArray(String[]::new));
        for (List<Object> row : t.rows()) {
          text.row(
              shown.stream()
                  .map(i -> text(row.get(i), t.columns().get(i).kind()))
                  .toArray(String[]::new));
        }
        out.append(text.render(width));
        t.notes().forEach(n -> out.append(Wrap.paragraph(n, width, "", "")));
      }
      return out.toString();
    }
  },
  /**
   * One csv table after another, each headed by a line naming it; figures unformatted, a figure
   * that does not apply left empty, and text that a spreadsheet would read as a formula made inert.
   */
  CSV {
    @Override
    public String write(List<Tabular> tables, int width) {
      StringWriter out = new StringWriter();
      try (CSVPrinter csv =
          new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
        boolean first = true;
        for (Tabular t : tables) {
          if (!first) {
            csv.println();
          }
          first = false;
          if (tables.size() > 1) {
            // A line naming the table, unquoted so tools that skip # comments skip it.
            csv.flush();
            out.write("# " + t.name() + "\n");
          }
          // Every column exact, headed with its basis; then each rounded figure as the table shows
          // it, at the end so the exact columns keep their places.
          List<Object> header = new ArrayList<>();
          t.columns().forEach(c -> header.add(c.fullHeading()));
          t.columns().stream()
              .filter(Tabular.Column::roundedWhenShown)
              .forEach(c -> header.add(c.fullHeading() + " as shown"));
          csv.printRecord(header);
          for (List<Object> row : t.rows()) {
            List<Object> cells = new ArrayList<>();
            row.forEach(v -> cells.add(csvCell(v)));
            for (int i = 0; i < row.size(); i++) {
              Tabular.Column c = t.columns().get(i);
              if (c.roundedWhenShown()) {
                cells.add(row.get(i) == null ? null : text(row.get(i), c.kind()));
              }
            }
            csv.printRecord(cells);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out.toString();
    }
  },
  /**
   * An object per table, keyed by its name, each row an object; null where a figure does not apply.
   */
  JSON {
    @Override
    public String write(List<Tabular> tables, int width) {
      Map<String, Object> root = new LinkedHashMap<>();
      for (Tabular t : tables) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("title", t.title());
        table.put(
            "columns",
            t.columns().stream()
                .map(
                    c -> {
                      Map<String, Object> o = new LinkedHashMap<>();
                      o.put("key", c.key());
                      o.put("heading", c.fullHeading());
                      if (!c.basis().isEmpty()) {
                        o.put("basis", c.basis());
                      }
                      return o;
                    })
                .toList());
        table.put(
            "rows",
            t.rows().stream()
                .map(
                    row -> {
                      Map<String, Object> o = new LinkedHashMap<>();
                      for (int i = 0; i < row.size(); i++) {
                        Tabular.Column c = t.columns().get(i);
                        Object v = row.get(i);
                        // "not published" and the like are null here, their words in "...Shown".
                        o.put(c.key(), v instanceof Tabular.Absent ? null : v);
                        if (c.roundedWhenShown()) {
                          // The exact figure above, and as every table and page rounds it.
                          o.put(c.key() + "Shown", v == null ? null : text(v, c.kind()));
                        }
                      }
                      return o;
                    })
                .toList());
        table.put("notes", t.notes());
        root.put(t.name(), table);
      }
      return Json.write(root);
    }
  };

  /** What a table cell says when a figure does not apply. */
  public static final String NOT_APPLICABLE = "n/a";

  /**
   * The tables, an aligned table's lines at most {@code width} characters where the words allow
   * ({@link Wrap#UNLIMITED} for none); csv and JSON are the same at any width.
   */
  public abstract String write(List<Tabular> tables, int width);

  /** The tables with no limit on the width of a line. */
  public String write(List<Tabular> tables) {
    return write(tables, Wrap.UNLIMITED);
  }

  static String text(Object v, Tabular.Kind kind) {
    if (v == null) {
      return kind == Tabular.Kind.TEXT ? "" : NOT_APPLICABLE;
    }
    if (v instanceof Tabular.Absent a) {
      return a.words();
    }
    return switch (kind) {
      case TEXT -> v.toString();
      case COUNT -> HouseStyle.count(((Number) v).longValue());
      case RATE -> HouseStyle.rate(((Number) v).doubleValue());
      case RATIO -> HouseStyle.ratio(((Number) v).doubleValue());
      case SHARE -> HouseStyle.percent(((Number) v).doubleValue());
      case HOURS -> HouseStyle.hours(((Number) v).doubleValue());
      case SHARE_OF_ENGLAND -> EnglandShare.percent(((Number) v).doubleValue());
    };
  }

  /**
   * Text that Excel would run as a formula (=, +, -, @, tab, carriage return first) gets a quote.
   */
  static Object csvCell(Object v) {
    if (v instanceof Tabular.Absent) {
      return null;
    }
    if (v instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return v;
  }
}
