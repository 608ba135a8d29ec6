package io.strikeimpact.model.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a report is for and when it was made.
 *
 * @param organisation the organisation the pack is for, e.g. "NHS Norfolk and Waveney Integrated Care Board"
 * @param area the place the figures cover, for sentences: "Norfolk and Waveney"
 * @param asOf the date printed on the outputs
 */
public record ReportSettings(String title, String organisation, String area, LocalDate asOf) {
  public ReportSettings {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(asOf, "asOf");
  }

  public static ReportSettings norfolkAndWaveney(LocalDate asOf) {
    return new ReportSettings(
        "Industrial action: activity rescheduled",
        "NHS Norfolk and Waveney Integrated Care Board",
        "Norfolk and Waveney",
        asOf);
  }
}
