package io.strikeimpact.model.analysis;

import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days and hours of action that figures cover. A return that gives its figures day by day
 * (every count of a site and action dated) covers only the days it has a row for: a day of action
 * with no row is a day with no figure, not a day on which none was rescheduled. So a rate a day or
 * an hour divides by the days with figures and their hours, never by a day the count lacks, as NHS
 * analysts average a daily return over the days it gives. A count with no date covers its whole
 * action, so a return giving one figure for the action is never short of a day.
 *
 * @param days the days of action with figures, in order
 * @param hours the hours of action on those days, counted in Europe/London
 * @param missing the days of action that a return by day has no figure for, in order
 */
public record DaysWithFigures(List<LocalDate> days, double hours, List<LocalDate> missing) {
  public DaysWithFigures {
    days = List.copyOf(days);
    missing = List.copyOf(missing);
  }

  /**
   * @param counts the counts behind the figures, of one site or several (a day counts as covered
   *     when any site's figures cover it)
   * @param actions the actions the figures are for
   */
  static DaysWithFigures of(Collection<DisruptionCount> counts, List<IndustrialAction> actions) {
    Set<LocalDate> covered = new TreeSet<>();
    Set<LocalDate> missing = new TreeSet<>();
    double hours = 0;
    for (IndustrialAction action : actions) {
      Set<LocalDate> withFigures = coveredDays(counts, action);
      covered.addAll(withFigures);
      hours += action.hours();
      for (LocalDate day : action.days()) {
        if (!withFigures.contains(day)) {
          missing.add(day);
          hours -= action.periods().stream().mapToDouble(p -> p.hoursOn(day)).sum();
        }
      }
    }
    missing.removeAll(covered);
    return new DaysWithFigures(List.copyOf(covered), hours, List.copyOf(missing));
  }

  /** Whether a return by day lacks some day of action. */
  public boolean partial() {
    return !missing.isEmpty();
  }

  /** Every day of action the figures are for, with figures or not. */
  public int allDays() {
    return days.size() + missing.size();
  }

  /**
   * "the 3 days with figures (18 January and 6 and 7 February 2023, 36 hours), not all 4": what a
   * rate over these days divides by, for the notes beside it.
   */
  public String workedOver() {
    return "the "
        + HouseStyle.quantity(days.size(), "day", "days")
        + " with figures ("
        + HouseStyle.days(days)
        + ", "
        + HouseStyle.quantity(hours, "hour", "hours")
        + "), not all "
        + allDays();
  }

  /**
   * The days of one action that the counts cover: all of them unless every count of each site is
   * dated, and then the dates they give. An action the counts give nothing for, or only dates
   * outside its days, keeps its days: nothing here says a day is short.
   */
  private static Set<LocalDate> coveredDays(
      Collection<DisruptionCount> counts, IndustrialAction action) {
    List<LocalDate> days = action.days();
    Map<String, Set<LocalDate>> bySite = new LinkedHashMap<>();
    for (DisruptionCount c : counts) {
      if (!c.actionId().equals(action.id())) {
        continue;
      }
      Set<LocalDate> dates = bySite.computeIfAbsent(c.odsCode(), k -> new TreeSet<>());
      if (c.date().isEmpty()) {
        dates.addAll(days);
      } else {
        // A time before 07:00 is already on its operational day: ingest dates each count so.
        dates.add(c.date().get());
      }
    }
    Set<LocalDate> covered = new TreeSet<>();
    bySite.values().forEach(covered::addAll);
    covered.retainAll(days);
    return covered.isEmpty() ? new TreeSet<>(days) : covered;
  }
}
