package io.strikeimpact.model.analysis;

import io.strikeimpact.model.IndustrialAction;
import java.util.Objects;
import java.util.Optional;

/**
 * One action of the history beside England's figures for it: the local acute total and running
 * total (when returns came in), England's per-action and cumulative figures, and the shares.
 *
 * @param local the local figures, empty when no return gave any (the status says why)
 * @param share the local acute total as a share of England's; empty without local figures
 * @param cumulativeShare the local running total as a share of England's cumulative total
 */
public record EnglandHistoryRow(
    IndustrialAction action,
    TimelineEntry.Status status,
    Optional<ActionTotal> local,
    EnglandValue england,
    EnglandValue englandCumulative,
    Optional<EnglandShare> share,
    Optional<EnglandShare> cumulativeShare) {
  public EnglandHistoryRow {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(england, "england");
    Objects.requireNonNull(englandCumulative, "englandCumulative");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(cumulativeShare, "cumulativeShare");
  }

  /**
   * Where the local figures stand: "partial: JPUH took part but sent no return" for figures from
   * some of the returns (the share beside them is of those alone), else the action's status
   * ("returns received", "ended; no returns received").
   */
  public String statusText() {
    return local.flatMap(ActionTotal::partialNote).orElse(status.label());
  }
}
