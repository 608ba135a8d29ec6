package io.strikeimpact.model.analysis;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Participation;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SiteParticipation;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warns where the returns cover less of an action than the register and calendar say they should,
 * as of a date: a site that took part in an action that has ended and sent no return for it, and a
 * return that gives its figures day by day with no figure for a day of action. Neither is an error
 * in any one file, so ingest cannot see them; both change what a figure covers, so validate and
 * every pack's Data quality list them beside the problems met reading the files.
 */
public final class ReturnCoverage {
  /** Where the register of who took part is read from, named by the warnings that rest on it. */
  static final String REGISTER = "reference/participation.csv";

  private ReturnCoverage() {}

  /** The dataset with these warnings among its problems, in the order of the files they name. */
  public static Dataset warned(Dataset dataset, LocalDate asOf) {
    List<DataProblem> added = problems(dataset, asOf);
    if (added.isEmpty()) {
      return dataset;
    }
    List<DataProblem> all = new ArrayList<>(dataset.problems());
    all.addAll(added);
    // Stable: the problems read from the files keep their order, and these go after those of
    // their file.
    all.sort(Comparator.comparing(p -> p.where().file()));
    return dataset.withProblems(all);
  }

  /**
   * @param asOf the date the figures stand at: an action that has not ended by then is not yet owed
   *     a return, and a day after it is not yet owed a figure
   */
  public static List<DataProblem> problems(Dataset read, LocalDate asOf) {
    Dataset dataset = ZerosNotTakingPart.dropped(read);
    List<DataProblem> problems = new ArrayList<>(daysWithoutFigures(dataset, asOf));
    problems.addAll(noReturn(dataset, asOf));
    return problems;
  }

  /** A return by day of a site and action that lacks a day of action up to the date. */
  private static List<DataProblem> daysWithoutFigures(Dataset dataset, LocalDate asOf) {
    Map<String, List<DisruptionCount>> bySiteAndAction = new LinkedHashMap<>();
    for (DisruptionCount c : dataset.counts()) {
      bySiteAndAction
          .computeIfAbsent(c.odsCode() + '\u0000' + c.actionId(), k -> new ArrayList<>())
          .add(c);
    }
    List<DataProblem> problems = new ArrayList<>();
    for (List<DisruptionCount> counts : bySiteAndAction.values()) {
      DisruptionCount first = counts.getFirst();
      IndustrialAction action = dataset.calendar().find(first.actionId()).orElse(null);
      if (action == null) {
        continue;
      }
      DaysWithFigures days = DaysWithFigures.of(counts, List.of(action));
      // A day not over by the date is not yet owed a figure.
      List<LocalDate> missing = days.missing().stream().filter(d -> d.isBefore(asOf)).toList();
      if (missing.isEmpty()) {
        continue;
      }
      String site = dataset.siteLabel(first.odsCode());
      List<String> files = counts.stream().map(c -> c.provenance().file()).distinct().toList();
      String what =
          "the " + ActionGroup.of(action).noun() + " of " + HouseStyle.days(action.days());
      problems.add(
          new DataProblem(
              Severity.WARNING,
              new Provenance(first.provenance().file(), first.provenance().sha256(), "", ""),
              "figures day by day for "
                  + site
                  + " in "
                  + what
                  + " ("
                  + action.id()
                  + (files.size() > 1
                      ? "; also in " + HouseStyle.joinWithAnd(files.subList(1, files.size()))
                      : "")
                  + ") on "
                  + HouseStyle.days(days.days())
                  + ", and no row for "
                  + HouseStyle.days(missing),
              "a figure for every day of action in a return that gives figures day by day (a 0 for"
                  + " a day on which none was rescheduled)",
              "add the "
                  + (missing.size() == 1 ? "row" : "rows")
                  + " for "
                  + HouseStyle.days(missing)
                  + " and send the return again. Until then "
                  + site
                  + "'s count for "
                  + what
                  + " lacks "
                  + (missing.size() == 1 ? "that day" : "those days")
                  + ", and its rates a day and an hour are worked over the "
                  + HouseStyle.quantity(days.days().size(), "day", "days")
                  + " with figures ("
                  + HouseStyle.quantity(days.hours(), "hour", "hours")
                  + "), not over all "
                  + HouseStyle.quantity(action.dayCount(), "day", "days")
                  + " of action"));
    }
    return problems;
  }

  /** A site the register says took part in an action that has ended, with no return for it. */
  private static List<DataProblem> noReturn(Dataset dataset, LocalDate asOf) {
    Participations participations = new Participations(dataset);
    List<DataProblem> problems = new ArrayList<>();
    for (IndustrialAction action : dataset.calendar().actions()) {
      if (!action.end().toLocalDate().isBefore(asOf)) {
        continue;
      }
      for (SiteParticipation entry : dataset.participation().entries()) {
        if (!entry.actionId().equals(action.id())
            || entry.participation() != Participation.TOOK_PART
            || participations.status(entry.odsCode(), action) != SiteStatus.NO_RETURN) {
          continue;
        }
        String site = dataset.siteLabel(entry.odsCode());
        String what = ActionGroup.of(action).describe();
        problems.add(
            new DataProblem(
                Severity.WARNING,
                new Provenance(REGISTER, "", "", ""),
                site
                    + " ("
                    + entry.odsCode()
                    + ") took part in "
                    + what
                    + " ("
                    + action.id()
                    + "), and no return gives figures for it",
                "a return from every site that took part in an action that ended before "
                    + HouseStyle.date(asOf)
                    + " (--as-of)",
                "put "
                    + site
                    + "'s return for "
                    + what
                    + " under returns/"
                    + entry.odsCode()
                    + "/ and read the folder again, or, if "
                    + site
                    + " did not take part, say so in "
                    + REGISTER
                    + ". Until then "
                    + site
                    + " has no figures for it, and a group of actions that includes it gives "
                    + site
                    + "'s figures and rates for its other actions alone"));
      }
    }
    return problems;
  }
}
