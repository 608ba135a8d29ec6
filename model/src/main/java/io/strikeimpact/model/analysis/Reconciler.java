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
    List<StatedTotal> running = new ArrayList<>();
    for (StatedTotal stated : dataset.statedTotals()) {
      if (stated.running()) {
        running.add(stated);
      } else {
        out.add(reconcile(stated));
      }
    }
    out.addAll(new RunningTotals(dataset).check(running));
    return out;
  }

  Reconciliation reconcile(StatedTotal stated) {
    List<DisruptionCount> parts =
        dataset.counts().stream().filter(stated.scope()::includes).toList();
    List<String> files =
        (stated.scope().date().isPresent() || stated.scope().row().isPresent())
                && stated.scope().sourceFile().isPresent()
            ? List.of(cells(parts))
            : parts.stream().map(c -> c.provenance().file()).distinct().sorted().toList();
    return new Reconciliation(
        stated,
        describe(stated.scope()),
        Counts.total(parts),
        parts.size(),
        files,
        Optional.empty(),
        parts.isEmpty() ? notTakingPart(stated.scope()) : "");
  }

  /**
   * "QEH did not take part in it": a total stated for a site that took part in none of its actions
   * has no returns to check against, and a 0 there is no disagreement; it is not checked.
   */
  private String notTakingPart(CountScope scope) {
    return scope
        .odsCode()
        .filter(
            site ->
                scope.actionIds().stream()
                    .allMatch(
                        a ->
                            dataset.participation().of(site, a)
                                == io.strikeimpact.model.Participation.DID_NOT_TAKE_PART))
        .map(
            site ->
                Reconciliation.DID_NOT_TAKE_PART
                    + ": "
                    + dataset.siteLabel(site)
                    + " did not take part in it")
        .orElse("");
  }

  /**
   * The cells a totals cell of one day adds up, so a mismatch names them: "by-trust.xlsx, sheet 'By
   * trust', cells D6, D7 and D8"; more than six as "cells D6 to D40 (12 cells)". So do the cells a
   * row-total cell adds up: "cells D6, E6 and F6".
   */
  private static String cells(List<DisruptionCount> parts) {
    if (parts.isEmpty()) {
      return "";
    }
    var first = parts.getFirst().provenance();
    String where =
        first.file() + (first.sheet().isEmpty() ? "" : ", sheet '" + first.sheet() + "'");
    List<String> refs = parts.stream().map(c -> c.provenance().cell()).toList();
    if (refs.size() == 1) {
      return where + ", cell " + refs.getFirst();
    }
    if (refs.size() > 6) {
      return where
          + ", cells "
          + refs.getFirst()
          + " to "
          + refs.getLast()
          + " ("
          + refs.size()
          + " cells)";
    }
    return where
        + ", cells "
        + String.join(", ", refs.subList(0, refs.size() - 1))
        + " and "
        + refs.getLast();
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
    String day =
        scope.date().map(d -> ", " + io.strikeimpact.model.text.HouseStyle.date(d)).orElse("");
    String row = scope.row().map(r -> ", row " + r).orElse("");
    return what + ", " + where + type + day + file + row;
  }
}
