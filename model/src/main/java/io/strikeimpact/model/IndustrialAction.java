package io.strikeimpact.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One industrial action as announced: who struck, under which union, and when.
 *
 * @param id a stable identifier used in data, e.g. {@code bma-jd-2023-03}
 * @param union the union that called it, e.g. "BMA"
 * @param staffGroups one group, or two for a joint action
 * @param periods one or more periods; several for an action split into separate days
 */
public record IndustrialAction(
    String id, String union, Set<StaffGroup> staffGroups, List<ActionPeriod> periods) {

  public IndustrialAction {
    Checks.nonBlank(id, "id");
    Checks.nonBlank(union, "union");
    staffGroups = Set.copyOf(staffGroups);
    if (staffGroups.isEmpty()) {
      throw new IllegalArgumentException("Action " + id + " names no staff group");
    }
    // Loops, not streams, here and below: the calendar is read once per run, cold, where each
    // lambda is linked the first time it runs.
    List<ActionPeriod> sorted = new ArrayList<>(periods.size());
    for (ActionPeriod p : periods) {
      sorted.add(Objects.requireNonNull(p, "period"));
    }
    sorted.sort(BY_START);
    periods = Collections.unmodifiableList(sorted);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("Action " + id + " has no period");
    }
  }

  private static final Comparator<ActionPeriod> BY_START =
      new Comparator<>() {
        @Override
        public int compare(ActionPeriod a, ActionPeriod b) {
          return a.start().compareTo(b.start());
        }
      };

  public ZonedDateTime start() {
    return periods.getFirst().start();
  }

  public ZonedDateTime end() {
    return periods.getLast().end();
  }

  /** Hours of action, summed over its periods and counted in Europe/London. */
  public double hours() {
    return periods.stream().mapToDouble(ActionPeriod::hours).sum();
  }

  /** The operational days of action (07:00 to 07:00), in order. */
  public List<LocalDate> days() {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (ActionPeriod p : periods) {
      days.addAll(p.operationalDates());
    }
    return List.copyOf(days);
  }

  /** The number of days of action, the denominator of every per-day rate. */
  public int dayCount() {
    return days().size();
  }

  public LocalDate firstDay() {
    return days().getFirst();
  }

  public LocalDate lastDay() {
    return days().getLast();
  }

  /** Whether a date is one of the action's days, for checking a dated row against its action. */
  public boolean covers(LocalDate date) {
    return days().contains(date);
  }

  /** The staff groups in a fixed order, for sentences: "consultants and junior doctors". */
  public List<StaffGroup> orderedStaffGroups() {
    return staffGroups.stream().sorted().toList();
  }
}
