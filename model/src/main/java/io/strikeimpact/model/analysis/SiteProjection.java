package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import java.util.Map;

/**
 * The expected activity rescheduled at one site (or all sites) in an announced action.
 *
 * @param byType an estimate per activity type, for the types the comparable returns split
 * @param perHour the pooled per-hour rate the central estimate rests on
 * @param days the days with figures of each comparable action the row rests on, by action id in the
 *     order of the actions: each rate divides by their hours, so the workbook's formulas type those
 *     hours and the method names a day a return by day gives no figure for
 */
public record SiteProjection(
    String odsCode,
    String label,
    Map<ActivityType, Estimate> byType,
    Estimate total,
    double perHour,
    Map<String, DaysWithFigures> days) {
  public SiteProjection {
    byType = Map.copyOf(byType);
    // In the order of the actions, as the formulas add them up.
    days = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(days));
  }

  /** The hours with figures of one comparable action this row rests on. */
  public double hoursWithFigures(String actionId) {
    DaysWithFigures d = days.get(actionId);
    if (d == null) {
      throw new IllegalArgumentException(label + " rests on no figures for " + actionId);
    }
    return d.hours();
  }

  /** Whether a return by day behind the row lacks a day of a comparable action. */
  public boolean partialDays() {
    return days.values().stream().anyMatch(DaysWithFigures::partial);
  }
}
