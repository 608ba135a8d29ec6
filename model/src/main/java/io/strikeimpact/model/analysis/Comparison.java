package io.strikeimpact.model.analysis;

import java.util.List;
import java.util.Optional;

/**
 * One action or group against another, like for like: the headline compares only the sites that
 * took part in both and sent returns for both, and names the sites left out.
 *
 * @param rows every site of either side, comparable or not
 * @param likeForLike the comparable sites added together, when there is at least one
 * @param headlineBasis the basis of headline ratios (per day), with per hour always beside it
 */
public record Comparison(
    ActionGroup focus,
    ActionGroup baseline,
    List<ComparisonRow> rows,
    Optional<ComparisonRow> likeForLike,
    List<Exclusion> excluded,
    Basis headlineBasis) {

  public Comparison {
    rows = List.copyOf(rows);
    excluded = List.copyOf(excluded);
  }

  /**
   * The sites left out, by reason, in the order met: {"did not take part in the nursing strikes":
   * [QEH, JPUH]}, so every output names them in one sentence a reason.
   */
  public java.util.Map<String, List<String>> leftOutByReason() {
    java.util.Map<String, List<String>> byReason = new java.util.LinkedHashMap<>();
    for (Exclusion e : excluded) {
      byReason.computeIfAbsent(e.reason(), k -> new java.util.ArrayList<>()).add(e.label());
    }
    return byReason;
  }

  public List<ComparisonRow> comparableRows() {
    return rows.stream().filter(ComparisonRow::comparable).toList();
  }
}
