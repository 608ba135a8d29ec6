package io.strikeimpact.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A count of activity rescheduled because of one action at one site, with where it came from.
 *
 * @param date the day it was rescheduled from, when the return gives one
 * @param specialty the specialty or treatment function, when the return gives one
 */
public record DisruptionCount(
    String odsCode,
    String actionId,
    ActivityType type,
    Optional<LocalDate> date,
    Optional<String> specialty,
    long count,
    Provenance provenance) {

  public DisruptionCount {
    Checks.nonBlank(odsCode, "odsCode");
    Checks.nonBlank(actionId, "actionId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(specialty, "specialty");
    Checks.nonNegative(count, "count");
    Objects.requireNonNull(provenance, "provenance");
  }
}
