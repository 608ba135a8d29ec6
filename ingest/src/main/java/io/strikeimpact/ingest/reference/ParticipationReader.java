package io.strikeimpact.ingest.reference;

import io.strikeimpact.ingest.Read;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Participation;
import io.strikeimpact.model.ParticipationTable;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.SiteParticipation;
import io.strikeimpact.model.StrikeCalendar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads {@code reference/participation.csv}: action_id, ods_code, participation ("took part", "did
 * not take part" or "unknown"), note. A site and action not listed is unknown.
 */
public final class ParticipationReader {
  public static final String FILE = "reference/participation.csv";
  static final List<String> COLUMNS = List.of("action_id", "ods_code", "participation", "note");

  public Read<ParticipationTable> read(
      byte[] bytes, Provenance file, StrikeCalendar calendar, List<Site> sites) {
    ReferenceTable.Read table = ReferenceTable.read(bytes, file, COLUMNS.subList(0, 3));
    List<SiteParticipation> entries = new ArrayList<>();
    List<DataProblem> problems = new ArrayList<>(table.problems());
    List<RejectedRow> rejected = new ArrayList<>();
    // Looked up once a row: a national file has a row per trust per action.
    Set<String> codes = new HashSet<>();
    for (Site s : sites) {
      codes.add(s.odsCode());
    }
    Set<String> seen = new HashSet<>();
    for (ReferenceTable.Row row : table.rows()) {
      List<DataProblem> rowProblems = new ArrayList<>();
      String actionId = row.get("action_id");
      String code = row.get("ods_code");
      if (calendar.find(actionId).isEmpty()) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.at("action_id"),
                actionId,
                "an action id from "
                    + CalendarReader.FILE
                    + ": "
                    + calendar.actions().stream()
                        .map(a -> a.id())
                        .collect(Collectors.joining(", ")),
                "correct the action id, or add the action to " + CalendarReader.FILE));
      }
      if (!codes.contains(code)) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.at("ods_code"),
                code,
                "an ODS code from "
                    + SitesReader.FILE
                    + ": "
                    + sites.stream().map(Site::odsCode).collect(Collectors.joining(", ")),
                "correct the code, or add the site to " + SitesReader.FILE));
      }
      Participation participation = null;
      try {
        participation = Participation.parse(row.get("participation"));
      } catch (IllegalArgumentException e) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.at("participation"),
                row.get("participation"),
                "\"took part\", \"did not take part\" or \"unknown\"",
                "write one of those three in the participation column"));
      }
      boolean duplicate = seen.contains(actionId + "\u0000" + code);
      if (duplicate) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.row(),
                actionId + ", " + code,
                "one row per action and site",
                "remove the second row for " + code + " in " + actionId));
      }
      if (rowProblems.isEmpty()) {
        seen.add(actionId + "\u0000" + code);
        entries.add(new SiteParticipation(actionId, code, participation, row.get("note")));
      } else {
        problems.addAll(rowProblems);
        rejected.add(new RejectedRow(row.row(), row.values(), rowProblems));
      }
    }
    return new Read<>(
        new ParticipationTable(entries), problems, rejected, table.rows().size(), entries.size());
  }
}
