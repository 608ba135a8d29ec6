package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.IndustrialAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, basis by basis, whether the focus was the most disruptive action so far: each earlier
 * action with returns is compared with the focus like for like, over the sites that reported both,
 * in all, a day and an hour of action.
 */
final class Ranker {
  private static final List<Basis> BASES = List.of(Basis.PER_ACTION, Basis.PER_DAY, Basis.PER_HOUR);

  private final Dataset dataset;
  private final Comparer comparer;

  Ranker(Dataset dataset, Comparer comparer) {
    this.dataset = dataset;
    this.comparer = comparer;
  }

  /** Empty when no earlier action has returns: there is nothing to rank against. */
  Optional<DisruptionRanking> rank(ActionGroup focus) {
    Set<String> withReturns = ImpactAnalysis.actionsWithReturns(dataset);
    List<IndustrialAction> earlier =
        dataset.calendar().actions().stream()
            .filter(a -> withReturns.contains(a.id()))
            .filter(a -> !focus.actionIds().contains(a.id()))
            .filter(a -> a.start().isBefore(focus.actions().getFirst().start()))
            .toList();
    if (earlier.isEmpty()) {
      return Optional.empty();
    }
    List<ActionGroup> compared = new ArrayList<>();
    List<ActionGroup> notComparable = new ArrayList<>();
    List<Basis> fails = new ArrayList<>();
    for (IndustrialAction a : earlier) {
      ActionGroup other = ActionGroup.of(a);
      Optional<ComparisonRow> lfl = comparer.compare(focus, other).likeForLike();
      if (lfl.isEmpty()) {
        notComparable.add(other);
        continue;
      }
      compared.add(other);
      for (Basis b : BASES) {
        boolean greater = lfl.get().ratio(b).map(r -> r.value() > 1).orElse(false);
        if (!greater && !fails.contains(b)) {
          fails.add(b);
        }
      }
    }
    List<Basis> holds =
        compared.isEmpty() ? List.of() : BASES.stream().filter(b -> !fails.contains(b)).toList();
    return Optional.of(
        new DisruptionRanking(
            holds, compared.isEmpty() ? List.of() : fails, compared, notComparable));
  }
}
