package io.strikeimpact.model.analysis;

import io.strikeimpact.model.CountScope;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.StatedTotal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks every stated total against the sum of the counts in its scope. */
final class Reconciler {
  private final Dataset dataset;

  Reconciler(Dataset dataset) {
    this.dataset = dataset;
  }

  List<Reconciliation> reconcileAll() {
    List<Reconciliation> out = new ArrayList<>();
    for (StatedTotal stated : dataset.statedTotals()) {
      out.add(reconcile(stated));
    }
    return out;
  }

  Reconciliation reconcile(StatedTotal stated) {
    List<DisruptionCount> parts =
        dataset.counts().stream().filter(stated.scope()::includes).toList();
    List<String> files =
        parts.stream().map(c -> c.provenance().file()).distinct().sorted().toList();
    return new Reconciliation(
        stated, describe(stated.scope()), Counts.total(parts), parts.size(), files);
  }

  private String describe(CountScope scope) {
    List<io.strikeimpact.model.IndustrialAction> actions =
        scope.actionIds().stream()
            .sorted()
            .map(id -> dataset.calendar().find(id))
            .flatMap(Optional::stream)
            .toList();
    String what =
        actions.isEmpty()
            ? String.join(", ", scope.actionIds())
            : new ActionGroup("scope", actions).describe();
    String where = scope.odsCode().map(dataset::siteLabel).orElse("all sites");
    String type = scope.type().map(t -> ", " + t.description()).orElse("");
    String file = scope.sourceFile().map(f -> ", in " + f).orElse("");
    return what + ", " + where + type + file;
  }
}
