package io.strikeimpact.ingest.reference;

import io.strikeimpact.ingest.Read;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.NamedGroup;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.StrikeCalendar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code reference/action-groups.csv}, optional: group_id, description, action_ids. A group
 * names actions that reports compare as one ({@code nursing-2023}); its action ids are separated by
 * {@code ;} and must be in the calendar.
 */
public final class ActionGroupsReader {
  public static final String FILE = "reference/action-groups.csv";
  static final List<String> COLUMNS = List.of("group_id", "description", "action_ids");

  public Read<List<NamedGroup>> read(byte[] bytes, Provenance file, StrikeCalendar calendar) {
    ReferenceTable.Read table = ReferenceTable.read(bytes, file, COLUMNS);
    List<DataProblem> problems = new ArrayList<>(table.problems());
    List<RejectedRow> rejected = new ArrayList<>();
    List<NamedGroup> groups = new ArrayList<>();
    for (ReferenceTable.Row row : table.rows()) {
      List<DataProblem> rowProblems = new ArrayList<>();
      String id = row.get("group_id");
      if (!id.matches("[a-z0-9][a-z0-9-]*")) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.at("group_id"),
                id,
                "an id of lower-case letters, digits and hyphens, e.g. nursing-2023",
                "write the group's id"));
      } else if (calendar.find(id).isPresent()) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.at("group_id"),
                id,
                "a group id that is not also an action id",
                "give the group an id of its own"));
      }
      List<String> members =
          Arrays.stream(row.get("action_ids").split(";"))
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
      if (members.isEmpty()) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.at("action_ids"),
                "",
                "action ids from " + CalendarReader.FILE + ", separated by ;",
                "list the group's actions"));
      }
      for (String m : members) {
        if (calendar.find(m).isEmpty()) {
          rowProblems.add(
              new DataProblem(
                  Severity.ERROR,
                  row.at("action_ids"),
                  m,
                  "an action id from " + CalendarReader.FILE,
                  "correct the id, or add the action to " + CalendarReader.FILE));
        }
      }
      if (rowProblems.isEmpty()) {
        groups.add(new NamedGroup(id, row.get("description"), members));
      } else {
        problems.addAll(rowProblems);
        rejected.add(new RejectedRow(row.row(), row.values(), rowProblems));
      }
    }
    return new Read<>(groups, problems, rejected, table.rows().size(), groups.size());
  }
}
