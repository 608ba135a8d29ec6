package io.strikeimpact.model;

import java.util.Objects;

/**
 * The activity a site had planned for the days of an action, where a return gives it: the
 * denominator of a rate per 1,000 planned appointments.
 */
public record PlannedActivity(
    String odsCode, String actionId, ActivityType type, long planned, Provenance provenance) {
  public PlannedActivity {
    Checks.nonBlank(odsCode, "odsCode");
    Checks.nonBlank(actionId, "actionId");
    Objects.requireNonNull(type, "type");
    Checks.nonNegative(planned, "planned");
    Objects.requireNonNull(provenance, "provenance");
  }
}
