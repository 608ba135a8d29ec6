package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import java.util.Map;

/**
 * The expected activity rescheduled at one site (or all sites) in an announced action.
 *
 * @param byType an estimate per activity type, for the types the comparable returns split
 * @param perHour the pooled per-hour rate the central estimate rests on
 */
public record SiteProjection(
    String odsCode,
    String label,
    Map<ActivityType, Estimate> byType,
    Estimate total,
    double perHour) {
  public SiteProjection {
    byType = Map.copyOf(byType);
  }
}
