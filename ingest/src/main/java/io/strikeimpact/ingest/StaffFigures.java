package io.strikeimpact.ingest;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.StaffTakingPart;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps one staff figure a site and day of action. A return with a row per day and activity type
 * may give the day's staff on each row: the same figure counts once, from its first cell. Two
 * different figures for one site and day (in one return, or in two that both stand) cannot both be
 * right and neither is taken: an ERROR names both cells, and the day has no figure, so no rate per
 * staff-day is given for it rather than one picked by the order of the rows.
 */
final class StaffFigures {
  /** The figures that stand, a site and day each, and an error for each day given two ways. */
  record Result(List<StaffTakingPart> staff, List<DataProblem> problems) {}

  private record Key(String site, String action, LocalDate date) {}

  private StaffFigures() {}

  static Result once(List<StaffTakingPart> all) {
    Map<Key, List<StaffTakingPart>> byDay = new LinkedHashMap<>();
    for (StaffTakingPart s : all) {
      byDay
          .computeIfAbsent(new Key(s.odsCode(), s.actionId(), s.date()), k -> new ArrayList<>())
          .add(s);
    }
    List<StaffTakingPart> kept = new ArrayList<>();
    List<DataProblem> problems = new ArrayList<>();
    for (List<StaffTakingPart> day : byDay.values()) {
      StaffTakingPart first = day.getFirst();
      StaffTakingPart other =
          day.stream().filter(s -> s.staff() != first.staff()).findFirst().orElse(null);
      if (other == null) {
        kept.add(first);
        continue;
      }
      problems.add(
          new DataProblem(
              Severity.ERROR,
              other.provenance(),
              HouseStyle.count(other.staff())
                  + " staff taking part, where "
                  + first.provenance().describe()
                  + " gives "
                  + HouseStyle.count(first.staff()),
              "one figure of staff taking part for "
                  + first.odsCode()
                  + " on "
                  + HouseStyle.date(first.date()),
              "give the same figure on every row of the day, or on one row only, and send the"
                  + " return again; until then "
                  + first.odsCode()
                  + " has no staff figure for "
                  + HouseStyle.date(first.date())
                  + " and no rate per staff-day of action taken part"));
    }
    return new Result(kept, problems);
  }
}
