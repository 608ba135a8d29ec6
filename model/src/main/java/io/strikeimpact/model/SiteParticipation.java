package io.strikeimpact.model;

import java.util.Objects;

/** Whether one site took part in one action, and where that was recorded. */
public record SiteParticipation(
    String actionId, String odsCode, Participation participation, String note) {
  public SiteParticipation {
    Checks.nonBlank(actionId, "actionId");
    Checks.nonBlank(odsCode, "odsCode");
    Objects.requireNonNull(participation, "participation");
    note = note == null ? "" : note.strip();
  }
}
