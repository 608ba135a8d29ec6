package io.strikeimpact.model;

import java.util.List;

/**
 * Which sites took part in which actions; a site and action not listed is {@link
 * Participation#UNKNOWN}.
 */
public record ParticipationTable(List<SiteParticipation> entries) {
  public ParticipationTable {
    entries = List.copyOf(entries);
  }

  public Participation of(String odsCode, String actionId) {
    return find(odsCode, actionId)
        .map(SiteParticipation::participation)
        .orElse(Participation.UNKNOWN);
  }

  public java.util.Optional<SiteParticipation> find(String odsCode, String actionId) {
    return entries.stream()
        .filter(e -> e.odsCode().equals(odsCode) && e.actionId().equals(actionId))
        .findFirst();
  }
}
