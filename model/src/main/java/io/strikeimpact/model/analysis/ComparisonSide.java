package io.strikeimpact.model.analysis;

import java.util.List;
import java.util.Set;

/**
 * One side of a comparison for one site (or the like-for-like sites together): the count over the
 * actions the site took part in, and the days and hours of those actions.
 */
public record ComparisonSide(Set<String> actionIds, long total, List<java.time.LocalDate> days, double hours) {
  public ComparisonSide {
    actionIds = Set.copyOf(actionIds);
    days = List.copyOf(days);
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

  public Rate on(Basis basis) {
    return switch (basis) {
      case PER_DAY -> perDay();
      case PER_HOUR -> perHour();
      case PER_ACTION -> Rate.of(total, 1, Basis.PER_ACTION);
    };
  }
}
