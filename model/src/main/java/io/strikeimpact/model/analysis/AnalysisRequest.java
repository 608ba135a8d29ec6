package io.strikeimpact.model.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to analyse.
 *
 * @param focusId the action or named group the pack is about; by default the latest action with
 *     returns up to the as-of date (or the end of the month)
 * @param baselineIds actions or named groups to compare it with; by default the nursing strikes
 *     with returns before the focus
 * @param projectionHours hours to assume for the next action, overriding the calendar; with no next
 *     action in the calendar, a further action of the focus's staff groups of this length
 * @param month the board-paper month: the pack covers actions up to its end and says what changed
 *     since the month before
 * @param filter the sites, types and dates asked for: applied after the focus and baseline are
 *     chosen from the dated data, so a filter narrows the figures of the question asked and never
 *     swaps it for another, and the analysis can say what the filter left out
 */
public record AnalysisRequest(
    ReportSettings settings,
    Optional<String> focusId,
    List<String> baselineIds,
    Optional<Double> projectionHours,
    Optional<YearMonth> month,
    io.strikeimpact.model.DatasetFilter filter) {

  public AnalysisRequest {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(focusId, "focusId");
    baselineIds = List.copyOf(baselineIds);
    Objects.requireNonNull(projectionHours, "projectionHours");
    projectionHours.ifPresent(
        h -> {
          if (!(h > 0)) {
            throw new IllegalArgumentException("Hours of action must be more than 0, was " + h);
          }
        });
    Objects.requireNonNull(month, "month");
  }

  public AnalysisRequest(
      ReportSettings settings,
      Optional<String> focusId,
      List<String> baselineIds,
      Optional<Double> projectionHours,
      Optional<YearMonth> month) {
    this(
        settings,
        focusId,
        baselineIds,
        projectionHours,
        month,
        io.strikeimpact.model.DatasetFilter.NONE);
  }

  public AnalysisRequest(
      ReportSettings settings, Optional<String> focusId, List<String> baselineIds) {
    this(settings, focusId, baselineIds, Optional.empty(), Optional.empty());
  }

  public static AnalysisRequest defaults(ReportSettings settings) {
    return new AnalysisRequest(settings, Optional.empty(), List.of());
  }

  /** The last day whose actions the pack covers: the end of the month, or the as-of date. */
  public LocalDate coversUntil() {
    return month.map(YearMonth::atEndOfMonth).orElse(settings.asOf());
  }

  public AnalysisRequest forMonth(YearMonth other) {
    return new AnalysisRequest(
        settings, Optional.empty(), baselineIds, projectionHours, Optional.of(other), filter);
  }
}
