package io.strikeimpact.model.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to analyse.
 *
 * @param focusActionId the action the pack is about; by default the latest with returns up to the
 *     as-of date
 * @param baselineActionIds the actions to compare it with; by default the nursing strikes with
 *     returns before the focus
 */
public record AnalysisRequest(
    ReportSettings settings, Optional<String> focusActionId, List<String> baselineActionIds) {
  public AnalysisRequest {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(focusActionId, "focusActionId");
    baselineActionIds = List.copyOf(baselineActionIds);
  }

  public static AnalysisRequest defaults(ReportSettings settings) {
    return new AnalysisRequest(settings, Optional.empty(), List.of());
  }
}
