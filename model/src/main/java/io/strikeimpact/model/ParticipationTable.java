package io.strikeimpact.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which sites took part in which actions; a site and action not listed is {@link
 * Participation#UNKNOWN}. Looked up by site and action through an index, not a scan: a national
 * pack asks once for every trust and action, of a table with a row for each.
 */
public final class ParticipationTable {
  private final List<SiteParticipation> entries;
  private final Map<String, SiteParticipation> bySiteAndAction = new HashMap<>();

  public ParticipationTable(List<SiteParticipation> entries) {
    this.entries = List.copyOf(entries);
    // The first row for a site and action is the one that counts, as a scan in order would find.
    for (SiteParticipation e : this.entries) {
      bySiteAndAction.putIfAbsent(key(e.odsCode(), e.actionId()), e);
    }
  }

  public List<SiteParticipation> entries() {
    return entries;
  }

  public Participation of(String odsCode, String actionId) {
    SiteParticipation e = bySiteAndAction.get(key(odsCode, actionId));
    return e == null ? Participation.UNKNOWN : e.participation();
  }

  public Optional<SiteParticipation> find(String odsCode, String actionId) {
    return Optional.ofNullable(bySiteAndAction.get(key(odsCode, actionId)));
  }

  private static String key(String odsCode, String actionId) {
    return odsCode + '\u0000' + actionId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParticipationTable t && t.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "ParticipationTable[entries=" + entries + "]";
  }
}
