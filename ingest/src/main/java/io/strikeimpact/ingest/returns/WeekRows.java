package io.strikeimpact.ingest.returns;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The action a row dated by a week ({@link WeekLabel}) is for, and the note that says how it was
 * read. Its counts carry no day, so they cover the action's days as a return giving one figure for
 * the action does; the note, once per week and action in a return, says which days those are and
 * whether the week holds only some of them.
 */
final class WeekRows {
  private final ReturnContext context;
  private final List<DataProblem> notes;
  private final Set<String> noted = new HashSet<>();

  /**
   * @param notes where the return's warnings go (a week read is not an error of the row)
   */
  WeekRows(ReturnContext context, List<DataProblem> notes) {
    this.context = context;
    this.notes = notes;
  }

  /**
   * @param filed the action the row is filed under by the profile (a fixed action or an action
   *     column), or empty when the profile finds the action by date
   */
  Optional<IndustrialAction> action(
      WeekLabel week,
      Optional<IndustrialAction> filed,
      boolean byDate,
      Provenance where,
      String found,
      List<DataProblem> rowProblems) {
    if (!byDate && filed.isEmpty()) {
      return filed; // the action cell's own problem is already the row's
    }
    List<IndustrialAction> candidates = new ArrayList<>();
    for (IndustrialAction a : byDate ? context.calendar().actions() : List.of(filed.get())) {
      if (a.days().stream().anyMatch(week::contains)) {
        candidates.add(a);
      }
    }
    if (candidates.size() != 1) {
      rowProblems.add(
          new DataProblem(
              Severity.ERROR,
              where,
              found,
              candidates.isEmpty()
                  ? (byDate
                          ? "a week holding days of an action in reference/calendar.csv; "
                          : "a week holding days of " + filed.get().id() + "; ")
                      + week.describe()
                      + " holds none"
                  : "a week holding days of one action only; "
                      + week.describe()
                      + " holds days of "
                      + candidates.stream()
                          .map(IndustrialAction::id)
                          .collect(Collectors.joining(" and ")),
              candidates.isEmpty()
                  ? "correct the week in the return, or file the row under its own action"
                  : "give the figures by day, or add a column of action ids and name it in"
                      + " column.action"));
      return Optional.empty();
    }
    IndustrialAction action = candidates.getFirst();
    if (noted.add(action.id() + " " + week.first())) {
      notes.add(note(week, action, where, found));
    }
    return Optional.of(action);
  }

  private static DataProblem note(
      WeekLabel week, IndustrialAction action, Provenance where, String found) {
    List<LocalDate> in = action.days().stream().filter(week::contains).toList();
    List<LocalDate> out = action.days().stream().filter(d -> !week.contains(d)).toList();
    String read =
        "read as "
            + week.describe()
            + ": its figures cover the "
            + HouseStyle.quantity(in.size(), "day", "days")
            + " of "
            + action.id()
            + " in it ("
            + HouseStyle.days(in)
            + "), not one day";
    return new DataProblem(
        Severity.WARNING,
        where,
        found,
        "a day, or a week of an action",
        out.isEmpty()
            ? "nothing to fix: " + read
            : "send the figures for "
                + HouseStyle.days(out)
                + " too, or give the figures by day: "
                + read
                + ", and the action's other "
                + HouseStyle.quantity(out.size(), "day is", "days are")
                + " not in this week, so its rates a day divide by all its days");
  }
}
