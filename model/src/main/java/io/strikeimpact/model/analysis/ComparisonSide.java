package io.strikeimpact.model.analysis;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One side of a comparison for one site (or the like-for-like sites together): the count over the
 * actions the site took part in, and the days and hours of those actions.
 *
 * @param planned the activity planned for those days, when every return behind the side gives it
 * @param staff the staff-days taking part on those days, when every site and day has a figure
 * @param daysWithoutFigures days of those actions that a return by day gave no figure for: the days
 *     and hours, and so the rates, are those of the days with figures
 */
public record ComparisonSide(
    Set<String> actionIds,
    long total,
    List<java.time.LocalDate> days,
    double hours,
    OptionalLong planned,
    StaffDays staff,
    List<java.time.LocalDate> daysWithoutFigures) {

  /** A side whose returns give a figure for every day of action. */
  public ComparisonSide(
      Set<String> actionIds,
      long total,
      List<java.time.LocalDate> days,
      double hours,
      OptionalLong planned,
      StaffDays staff) {
    this(actionIds, total, days, hours, planned, staff, List.of());
  }

  /** A side without staff figures. */
  public ComparisonSide(
      Set<String> actionIds,
      long total,
      List<java.time.LocalDate> days,
      double hours,
      OptionalLong planned) {
    this(actionIds, total, days, hours, planned, StaffDays.NOT_GIVEN);
  }

  public ComparisonSide {
    java.util.Objects.requireNonNull(planned, "planned");
    java.util.Objects.requireNonNull(staff, "staff");
    actionIds = Set.copyOf(actionIds);
    days = List.copyOf(days);
    daysWithoutFigures = List.copyOf(daysWithoutFigures);
    if (days.isEmpty() || !(hours > 0)) {
      throw new IllegalArgumentException("A comparison side needs days and hours of action");
    }
  }

  public Rate perDay() {
    return Rate.of(total, days.size(), Basis.PER_DAY);
  }

  public Rate perHour() {
    return Rate.of(total, hours, Basis.PER_HOUR);
  }

  /**
   * The rate on a basis; empty for a rate per 1,000 planned where no planned figure was given, and
   * for a rate per staff-day where a site or day of the side has no staff figure.
   */
  public Optional<Rate> rate(Basis basis) {
    return switch (basis) {
      case PER_DAY -> Optional.of(perDay());
      case PER_HOUR -> Optional.of(perHour());
      case PER_ACTION -> Optional.of(Rate.of(total, 1, Basis.PER_ACTION));
      case PER_THOUSAND_PLANNED ->
          planned.isPresent() && planned.getAsLong() > 0
              ? Optional.of(Rate.perThousandPlanned(total, planned.getAsLong()))
              : Optional.empty();
      case PER_STAFF_DAY ->
          staff.total().isPresent() && staff.total().getAsLong() > 0
              ? Optional.of(Rate.perStaffDay(total, staff.total().getAsLong()))
              : Optional.empty();
    };
  }

  /** The rate on a basis that always exists: per action, per day or per hour. */
  public Rate on(Basis basis) {
    return rate(basis)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No rate "
                        + basis.phrase()
                        + (basis == Basis.PER_STAFF_DAY
                            ? " without staff figures for every site and day"
                            : " without planned activity")));
  }
}
