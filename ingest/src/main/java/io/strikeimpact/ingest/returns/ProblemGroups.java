package io.strikeimpact.ingest.returns;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.SuppressedCells;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems of one return with one cause in one column, told once: a profile that does not fit a
 * file (a date on no action's day in every row of a day the calendar lacks) gave the red team a
 * hundred lines of one error, and the one that mattered was lost among them. A group of more than
 * {@link #ALONE} problems of one severity, sheet, column, expectation and fix becomes one problem
 * at its first cell that says how many cells and names the first few. Only the messages are
 * grouped: every rejected row keeps its own problem, in rejected-rows.csv, and is counted.
 */
final class ProblemGroups {
  /** Up to this many problems of one cause are each told on their own. */
  static final int ALONE = 3;

  /** How many cells a grouped problem names before it says how many more. */
  static final int NAMED = 5;

  private static final Pattern CELL = Pattern.compile("([A-Z]{1,3})(\\d+)");

  private ProblemGroups() {}

  private record Cause(
      String severity, String file, String sheet, String column, String expected, String fix) {
    /** A problem's cause: where it is, but for its row, and what it says. */
    static Cause of(DataProblem p, String column) {
      return new Cause(
          p.severity().name(), p.where().file(), p.where().sheet(), column, p.expected(), p.fix());
    }
  }

  static List<DataProblem> group(List<DataProblem> problems) {
    Map<Cause, List<DataProblem>> byCause = new LinkedHashMap<>();
    for (DataProblem p : problems) {
      Matcher m = CELL.matcher(p.where().cell());
      // A suppressed cell's warning is told on its own: analysis reads each one to say which
      // cells a site's figures are short by, and a group would name only its first.
      if (m.matches() && !SuppressedCells.is(p)) {
        byCause.computeIfAbsent(Cause.of(p, m.group(1)), k -> new ArrayList<>()).add(p);
      }
    }
    List<DataProblem> out = new ArrayList<>(problems.size());
    Set<Cause> told = new LinkedHashSet<>();
    for (DataProblem p : problems) {
      Matcher m = CELL.matcher(p.where().cell());
      if (!m.matches() || SuppressedCells.is(p)) {
        out.add(p);
        continue;
      }
      Cause cause = Cause.of(p, m.group(1));
      List<DataProblem> same = byCause.get(cause);
      if (same.size() <= ALONE) {
        out.add(p);
      } else if (told.add(cause)) {
        out.add(grouped(cause.column(), same));
      }
    }
    return out;
  }

  private static DataProblem grouped(String column, List<DataProblem> same) {
    Set<String> values = new LinkedHashSet<>();
    List<String> cells = new ArrayList<>();
    for (DataProblem p : same) {
      values.add(p.found());
      if (cells.size() < NAMED) {
        cells.add(p.where().cell());
      }
    }
    List<String> shownValues = new ArrayList<>(values).subList(0, Math.min(2, values.size()));
    String found =
        String.join(", ", shownValues)
            + (values.size() > shownValues.size()
                ? " and "
                    + (values.size() - shownValues.size())
                    + (values.size() - shownValues.size() == 1 ? " other value" : " other values")
                : "")
            + ", in "
            + same.size()
            + " cells of column "
            + column
            + " ("
            + String.join(", ", cells)
            + (same.size() > cells.size() ? " and " + (same.size() - cells.size()) + " more" : "")
            + ")";
    DataProblem first = same.getFirst();
    Provenance where = first.where();
    return new DataProblem(first.severity(), where, found, first.expected(), first.fix());
  }
}
