package io.strikeimpact.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The number of staff taking part in an action at one site on one day of action, as a return gives
 * it (the figure a trust sends NHS England in its daily workforce situation report). Not a patient
 * identifier, but traced like any count to the file, sheet and cell it came from.
 *
 * @param date the day of action the figure is for
 * @param staff members of staff taking part that day; a blank in the return is no figure, never 0
 * @param illustrative whether the figure is illustrative (made up for a sample or a test) rather
 *     than one a trust or a publication gave; every output that shows or divides by it says so
 * @param note where the figure comes from, as the return or the profile says ("Eastern Daily
 *     Press", "illustrative"); empty when neither says
 */
public record StaffTakingPart(
    String odsCode,
    String actionId,
    LocalDate date,
    long staff,
    Provenance provenance,
    boolean illustrative,
    String note) {

  public StaffTakingPart {
    Checks.nonBlank(odsCode, "odsCode");
    Checks.nonBlank(actionId, "actionId");
    Objects.requireNonNull(date, "date");
    Checks.nonNegative(staff, "staff");
    Objects.requireNonNull(provenance, "provenance");
    note = note == null ? "" : note.strip();
  }
}
