package io.strikeimpact.ingest;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.PlannedActivity;
import io.strikeimpact.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps planned activity only for the sites and actions it covers whole. A rate per 1,000 planned
 * divides every count of a site and action by the activity planned; if some of those counts have no
 * planned figure beside them (a blank cell, a bad one, or a return without a planned column), the
 * denominator would be too small and the rate too high. So the planned figures of such a site and
 * action are dropped, and one warning says the rate cannot be given for it.
 */
final class PlannedCoverage {
  /** The planned activity that stands, and a warning for each site and action left part-planned. */
  record Result(List<PlannedActivity> planned, List<DataProblem> problems) {}

  private PlannedCoverage() {}

  static Result check(
      List<PlannedActivity> planned,
      List<DisruptionCount> counts,
      List<DisruptionCount> unplanned) {
    Map<String, List<PlannedActivity>> byKey = new LinkedHashMap<>();
    for (PlannedActivity p : planned) {
      byKey.computeIfAbsent(key(p.odsCode(), p.actionId()), k -> new ArrayList<>()).add(p);
    }
    Map<String, List<DisruptionCount>> missing = new LinkedHashMap<>();
    for (DisruptionCount c : unplanned) {
      if (byKey.containsKey(key(c.odsCode(), c.actionId()))) {
        missing.computeIfAbsent(key(c.odsCode(), c.actionId()), k -> new ArrayList<>()).add(c);
      }
    }
    List<PlannedActivity> kept = new ArrayList<>();
    List<DataProblem> problems = new ArrayList<>();
    for (Map.Entry<String, List<PlannedActivity>> e : byKey.entrySet()) {
      List<DisruptionCount> without = missing.get(e.getKey());
      if (without == null) {
        kept.addAll(e.getValue());
        continue;
      }
      DisruptionCount first = without.getFirst();
      String site = first.odsCode();
      String action = first.actionId();
      long all =
          counts.stream()
              .filter(c -> c.odsCode().equals(site) && c.actionId().equals(action))
              .count();
      problems.add(
          new DataProblem(
              Severity.WARNING,
              first.provenance(),
              "a planned figure beside "
                  + (all - without.size())
                  + " of the "
                  + all
                  + " counts for "
                  + site
                  + " in "
                  + action
                  + "; none beside this count"
                  + (without.size() > 1 ? " and " + (without.size() - 1) + " more" : ""),
              "a planned figure beside every count of a site and action, or beside none",
              "fill in the planned activity on every row for "
                  + site
                  + " in "
                  + action
                  + " and send the return again;"
                  + " until then the rate per 1,000 planned cannot be given for "
                  + site
                  + " in "
                  + action
                  + " (its counts and other rates are unaffected)"));
    }
    return new Result(kept, problems);
  }

  private static String key(String site, String action) {
    return site + '\u0000' + action;
  }
}
