package io.strikeimpact.model.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a report is for and when it was made.
 *
 * @param organisation the organisation the pack is for, e.g. "NHS Norfolk and Waveney Integrated
 *     Care Board"
 * @param area the place the figures cover, for sentences: "Norfolk and Waveney"
 * @param asOf the date printed on the outputs
 * @param contact who to ask about the figures, one line each, for covers and press notes
 * @param branding the colours of the outputs; NHS Blue unless a configuration names another
 */
public record ReportSettings(
    String title,
    String organisation,
    String area,
    LocalDate asOf,
    String contact,
    Branding branding) {
  public ReportSettings(String title, String organisation, String area, LocalDate asOf) {
    this(title, organisation, area, asOf, DEFAULT_CONTACT);
  }

  public ReportSettings(
      String title, String organisation, String area, LocalDate asOf, String contact) {
    this(title, organisation, area, asOf, contact, Branding.NHS);
  }

  /** Used until a configuration names someone. */
  public static final String DEFAULT_CONTACT =
      "Performance and Information team, NHS Norfolk and Waveney Integrated Care Board";

  public ReportSettings {
    contact = contact == null || contact.isBlank() ? DEFAULT_CONTACT : contact.strip();
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(asOf, "asOf");
    branding = branding == null ? Branding.NHS : branding;
  }

  public static ReportSettings norfolkAndWaveney(LocalDate asOf) {
    return new ReportSettings(
        "Industrial action: activity rescheduled",
        "NHS Norfolk and Waveney Integrated Care Board",
        "Norfolk and Waveney",
        asOf);
  }
}
