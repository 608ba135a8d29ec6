package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one site (or all sites together) rescheduled in one action or group, by activity type.
 *
 * @param label the site's abbreviation, or "All sites" ("All selected sites" under --site)
 * @param statusText the status in words, naming the file and reason when a return could not be
 *     read; for figures that are partial or may be out of date, the caveat in words ({@link
 *     #caveat})
 * @param perDay the rate a day over the actions with figures; for all sites, empty when the sites
 *     reported different actions of a group, as no one length of action fits them all
 * @param byType counts by activity type as the returns gave them; a "total only" return appears
 *     under {@link ActivityType#TOTAL_ONLY} and is never split
 * @param share this site's part of the all-sites total, 0 to 1 (1 for the all-sites row)
 * @param perThousandPlanned rescheduled per 1,000 planned, where every return behind it gives
 *     planned activity
 * @param staff the staff taking part at the site on the days of action with figures, where returns
 *     give them; empty for all sites together, whose peaks fall on different days
 */
public record SiteBreakdown(
    String odsCode,
    String label,
    SiteStatus status,
    String statusText,
    Map<ActivityType, Long> byType,
    long total,
    Optional<Rate> perDay,
    Optional<Rate> perHour,
    double share,
    Optional<Rate> perThousandPlanned,
    Optional<SiteStaff> staff) {

  /** A breakdown with no staff figures. */
  public SiteBreakdown(
      String odsCode,
      String label,
      SiteStatus status,
      String statusText,
      Map<ActivityType, Long> byType,
      long total,
      Optional<Rate> perDay,
      Optional<Rate> perHour,
      double share,
      Optional<Rate> perThousandPlanned) {
    this(
        odsCode,
        label,
        status,
        statusText,
        byType,
        total,
        perDay,
        perHour,
        share,
        perThousandPlanned,
        Optional.empty());
  }

  public SiteBreakdown {
    java.util.Objects.requireNonNull(staff, "staff");
    byType = Map.copyOf(byType);
    statusText = statusText == null || statusText.isBlank() ? status.label() : statusText;
  }

  /** Whether the return split its figures into outpatient and inpatient. */
  public boolean hasSplit() {
    return byType.containsKey(ActivityType.OUTPATIENT)
        || byType.containsKey(ActivityType.INPATIENT);
  }

  /**
   * The count for a type, or empty when the figure does not exist: the site reported no figures,
   * its return gave no split, or it gave no figure of that type (never shown as zero; a return that
   * states a zero has a zero).
   */
  public OptionalLong figure(ActivityType type) {
    Long v = byType.get(type);
    return status != SiteStatus.REPORTED || v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  public boolean reported() {
    return status == SiteStatus.REPORTED;
  }

  /**
   * What a reader must know about figures that are shown: "partial: 9 rows rejected (...); see Data
   * quality", or "later revision could not be read (...); earlier figures used (...)". Empty for
   * complete figures and for a site with none (whose status says why).
   */
  /**
   * Whether the figures are partial or may be out of date: a caveat that is not only the note of a
   * revision, which replaced figures with complete ones ({@link RevisionNotes}).
   */
  public boolean partial() {
    return caveat().filter(c -> !c.startsWith(RevisionNotes.PREFIX)).isPresent();
  }

  public Optional<String> caveat() {
    return reported() && !statusText.equals(SiteStatus.REPORTED.label())
        ? Optional.of(statusText)
        : Optional.empty();
  }
}
