package io.strikeimpact.ingest.reference;

import io.strikeimpact.ingest.Read;
import io.strikeimpact.model.ActionPeriod;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.StrikeCalendar;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code reference/calendar.csv}: action_id, union, staff_groups, start, end. One row per
 * period: an action split into separate days has several rows with the same id. Times are local
 * Europe/London wall-clock times, {@code yyyy-MM-dd'T'HH:mm}; staff groups are separated by {@code
 * ;}.
 */
public final class CalendarReader {
  public static final String FILE = "reference/calendar.csv";
  static final List<String> COLUMNS = List.of("action_id", "union", "staff_groups", "start", "end");
  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withResolverStyle(ResolverStyle.STRICT);

  private record Period(String union, Set<StaffGroup> groups, ActionPeriod period) {}

  public Read<StrikeCalendar> read(byte[] bytes, Provenance file) {
    ReferenceTable.Read table = ReferenceTable.read(bytes, file, COLUMNS);
    Map<String, List<Period>> byId = new LinkedHashMap<>();
    List<DataProblem> problems = new ArrayList<>(table.problems());
    List<RejectedRow> rejected = new ArrayList<>();
    int used = 0;
    for (ReferenceTable.Row row : table.rows()) {
      List<DataProblem> rowProblems = new ArrayList<>();
      String id = row.get("action_id");
      if (!id.matches("[a-z0-9][a-z0-9-]*")) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.at("action_id"),
                id,
                "an id of lower-case letters, digits and hyphens, e.g. bma-jd-2023-03",
                "write the action's id"));
      }
      String union = row.get("union");
      if (union.isBlank()) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.at("union"),
                "",
                "the union that called the action, e.g. BMA",
                "fill in the union"));
      }
      Set<StaffGroup> groups = new java.util.TreeSet<>();
      for (String g : row.get("staff_groups").split(";")) {
        if (g.isBlank()) {
          continue;
        }
        try {
          groups.add(StaffGroup.parse(g));
        } catch (IllegalArgumentException e) {
          rowProblems.add(
              new DataProblem(
                  Severity.ERROR,
                  row.at("staff_groups"),
                  g.strip(),
                  "staff groups separated by ';', each a name in words, such as "
                      + String.join(
                          ", ", StaffGroup.known().stream().map(StaffGroup::label).toList())
                      + " or radiographers",
                  "correct the staff group"));
        }
      }
      if (groups.isEmpty() && row.get("staff_groups").isBlank()) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.at("staff_groups"),
                "",
                "at least one staff group, e.g. junior doctors",
                "fill in the staff groups"));
      }
      LocalDateTime start = time(row, "start", rowProblems);
      LocalDateTime end = time(row, "end", rowProblems);
      ActionPeriod period = null;
      if (start != null && end != null) {
        try {
          period = ActionPeriod.london(start, end);
        } catch (IllegalArgumentException e) {
          rowProblems.add(
              new DataProblem(
                  Severity.ERROR,
                  row.at("end"),
                  row.get("end"),
                  "an end after the start (" + row.get("start") + ")",
                  "correct the start or end of the period"));
        }
      }
      List<Period> earlier = byId.getOrDefault(id, List.of());
      if (rowProblems.isEmpty() && !earlier.isEmpty()) {
        Period first = earlier.getFirst();
        if (!first.union().equals(union) || !first.groups().equals(groups)) {
          rowProblems.add(
              new DataProblem(
                  Severity.ERROR,
                  row.row(),
                  union + ", " + row.get("staff_groups"),
                  "the same union and staff groups as the action's first period ("
                      + first.union()
                      + ")",
                  "give every period of " + id + " the same union and staff groups"));
        }
      }
      if (rowProblems.isEmpty()) {
        List<Period> periods = byId.get(id);
        if (periods == null) {
          periods = new ArrayList<>();
          byId.put(id, periods);
        }
        periods.add(new Period(union, groups, period));
        used++;
      } else {
        problems.addAll(rowProblems);
        rejected.add(new RejectedRow(row.row(), row.values(), rowProblems));
      }
    }
    List<IndustrialAction> actions = new ArrayList<>();
    // Loops rather than lambdas: the calendar is read once, cold, where each lambda is linked the
    // first time it runs.
    for (Map.Entry<String, List<Period>> e : byId.entrySet()) {
      List<Period> periods = e.getValue();
      List<ActionPeriod> times = new ArrayList<>(periods.size());
      for (Period p : periods) {
        times.add(p.period());
      }
      actions.add(
          new IndustrialAction(
              e.getKey(), periods.getFirst().union(), periods.getFirst().groups(), times));
    }
    return new Read<>(new StrikeCalendar(actions), problems, rejected, table.rows().size(), used);
  }

  private static LocalDateTime time(
      ReferenceTable.Row row, String column, List<DataProblem> problems) {
    String text = row.get(column);
    try {
      return LocalDateTime.parse(text, TIME);
    } catch (DateTimeParseException e) {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              row.at(column),
              text,
              "a local London time as yyyy-MM-ddTHH:mm, e.g. 2023-03-13T07:00",
              "correct the " + column + " time"));
      return null;
    }
  }
}
