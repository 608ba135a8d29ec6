package io.strikeimpact.model.analysis;

import io.strikeimpact.model.CountScope;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.StatedTotal;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks every stated total against the sum of the counts in its scope. */
final class Reconciler {
  private final Dataset dataset;
  private final WithheldInScope withheld;

  Reconciler(Dataset dataset) {
    this.dataset = dataset;
    this.withheld = new WithheldInScope(dataset);
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
    boolean ofCells =
        (stated.scope().date().isPresent() || stated.scope().row().isPresent())
            && stated.scope().sourceFile().isPresent();
    List<String> files =
        ofCells
            ? List.of(cells(parts))
            : parts.stream().map(c -> c.provenance().file()).distinct().sorted().toList();
    return new Reconciliation(
        stated,
        describe(stated.scope()),
        Counts.total(parts),
        parts.size(),
        files,
        Optional.empty(),
        refused(stated.scope(), Counts.total(parts))
            .or(
                () ->
                    WithheldInScope.reason(
                        withheld.of(stated, parts), stated.stated(), Counts.total(parts)))
            .orElseGet(() -> parts.isEmpty() ? notTakingPart(stated.scope()) : ""),
        ofCells ? 0 : rejectedRowsIn(files));
  }

  /**
   * How many rows of these files were rejected. A total of named cells adds up just those cells, so
   * no rejected row can hold its difference.
   */
  private long rejectedRowsIn(List<String> files) {
    if (files.isEmpty() || dataset.rejectedRows().isEmpty()) {
      return 0;
    }
    java.util.Set<String> inScope = java.util.Set.copyOf(files);
    return dataset.rejectedRows().stream().filter(r -> inScope.contains(r.row().file())).count();
  }

  /**
   * "not checked: the return for this site (returns/RCX/qeh.xlsx) was refused; see Data quality": a
   * total whose scope holds a site that sent a return for it that could not be read has no sum to
   * be checked against, and the site is never said to have sent no return. A total of all sites
   * names the site and what the others add to. A total a return states of its own cells is checked
   * against them, whatever else was refused.
   */
  private Optional<String> refused(CountScope scope, long others) {
    if (scope.sourceFile().isPresent()) {
      return Optional.empty();
    }
    Participations participations = new Participations(dataset);
    List<IndustrialAction> actions =
        scope.actionIds().stream()
            .sorted()
            .map(id -> dataset.calendar().find(id))
            .flatMap(Optional::stream)
            .toList();
    List<String> sites =
        scope
            .odsCode()
            .map(List::of)
            .orElseGet(
                () ->
                    dataset.sites().stream()
                        .map(io.strikeimpact.model.Site::odsCode)
                        .filter(participations::mentions)
                        .toList());
    List<String> files = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (String site : sites) {
      actions.stream()
          .filter(a -> participations.status(site, a) == SiteStatus.UNREADABLE)
          .flatMap(a -> participations.unreadableFrom(site, a).stream())
          .findFirst()
          .ifPresent(
              u -> {
                files.add(u.file());
                labels.add(dataset.siteLabel(site) + " (" + u.file() + ")");
              });
    }
    if (files.isEmpty()) {
      return Optional.empty();
    }
    if (scope.odsCode().isPresent()) {
      return Optional.of(
          Reconciliation.NOT_CHECKED
              + ": the return for this site ("
              + files.getFirst()
              + ") was refused; see Data quality");
    }
    boolean one = files.size() == 1;
    return Optional.of(
        Reconciliation.NOT_CHECKED
            + ": the "
            + (one ? "return" : "returns")
            + " for "
            + HouseStyle.joinWithAnd(labels)
            + (one ? " was" : " were")
            + " refused, so the other returns, which add to "
            + HouseStyle.count(others)
            + ", lack "
            + (one ? "its" : "their")
            + " figures; see Data quality");
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
