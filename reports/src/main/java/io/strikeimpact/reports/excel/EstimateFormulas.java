package io.strikeimpact.reports.excel;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.analysis.Projection;
import io.strikeimpact.model.analysis.SiteProjection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An estimate's figures as formulas over the Data sheet, worked as the model works them: for each
 * comparable action a site sent returns for, its count (a SUMIFS) over the action's hours; the
 * central estimate is the pooled rate (the counts added up over the hours added up) times the hours
 * assumed, the low and high the lowest and highest of the actions' own rates times those hours.
 *
 * <p>The hours of the comparable actions are typed in the formula: the calendar's hours of the days
 * the row's returns give figures for ({@link SiteProjection#days}), as the model divides by, never
 * of a day a return by day has no figure for. The hours assumed are a cell beside it.
 */
final class EstimateFormulas {
  /** One comparable action: its count as a formula, and the hours of its days with figures. */
  record Term(String count, double hours) {}

  /** For each action, the sites with counts for it. */
  private final Map<String, Set<String>> sitesByAction = new HashMap<>();

  EstimateFormulas(Dataset dataset) {
    for (DisruptionCount c : dataset.counts()) {
      sitesByAction.computeIfAbsent(c.actionId(), x -> new TreeSet<>()).add(c.odsCode());
    }
  }

  /**
   * The terms of one row of a projection: a site's, over the comparable actions it sent returns
   * for; or all sites', over every comparable action, less the counts of sites the projection
   * leaves out (those that do not take part in the action projected). {@code type} narrows the
   * counts to one activity type.
   */
  List<Term> terms(Projection p, SiteProjection row, Optional<ActivityType> type) {
    List<Term> terms = new ArrayList<>();
    Set<String> projected =
        p.sites().stream().map(SiteProjection::odsCode).collect(Collectors.toSet());
    for (IndustrialAction a : p.comparables()) {
      Set<String> reported = sitesByAction.getOrDefault(a.id(), Set.of());
      String id = DataFormulas.literal(a.id());
      if (!row.odsCode().isEmpty()) {
        if (reported.contains(row.odsCode())) {
          terms.add(
              new Term(
                  sumifs(type, DataFormulas.action(id), DataFormulas.site(literal(row.odsCode()))),
                  row.hoursWithFigures(a.id())));
        }
        continue;
      }
      StringBuilder count = new StringBuilder(sumifs(type, DataFormulas.action(id)));
      boolean less = false;
      for (String site : reported) {
        if (!projected.contains(site)) {
          count
              .append('-')
              .append(sumifs(type, DataFormulas.action(id), DataFormulas.site(literal(site))));
          less = true;
        }
      }
      terms.add(
          new Term(less ? "(" + count + ")" : count.toString(), row.hoursWithFigures(a.id())));
    }
    if (terms.isEmpty()) {
      throw new IllegalStateException("A projected row rests on at least one action");
    }
    return terms;
  }

  /** Excel's longest formula, in characters. */
  static final int MAX_FORMULA_CHARS = 8_192;

  /**
   * Whether Excel can hold the formula. A national pack whose all-sites row leaves out hundreds of
   * sites could write one longer; that row's estimate is then the model's figure typed in.
   */
  static boolean fits(String formula) {
    return formula.length() <= MAX_FORMULA_CHARS;
  }

  /** The pooled rate times the hours: (count + count) / (hours + hours) * hours assumed. */
  static String central(List<Term> terms, String hoursCell) {
    if (terms.size() == 1) {
      Term t = terms.getFirst();
      return t.count() + "/" + number(t.hours()) + "*" + hoursCell;
    }
    return "("
        + terms.stream().map(Term::count).collect(Collectors.joining("+"))
        + ")/("
        + terms.stream().map(t -> number(t.hours())).collect(Collectors.joining("+"))
        + ")*"
        + hoursCell;
  }

  /** The lowest of the actions' rates times the hours assumed. */
  static String low(List<Term> terms, String hoursCell) {
    return extreme("MIN", terms, hoursCell);
  }

  /** The highest of the actions' rates times the hours assumed. */
  static String high(List<Term> terms, String hoursCell) {
    return extreme("MAX", terms, hoursCell);
  }

  private static String extreme(String function, List<Term> terms, String hoursCell) {
    return function
        + "("
        + terms.stream()
            .map(t -> t.count() + "/" + number(t.hours()))
            .collect(Collectors.joining(","))
        + ")*"
        + hoursCell;
  }

  private static String sumifs(Optional<ActivityType> type, DataFormulas.Criterion... criteria) {
    if (type.isEmpty()) {
      return DataFormulas.sumifs(criteria);
    }
    DataFormulas.Criterion[] all = java.util.Arrays.copyOf(criteria, criteria.length + 1);
    all[criteria.length] = DataFormulas.type(type.get());
    return DataFormulas.sumifs(all);
  }

  private static String literal(String s) {
    return DataFormulas.literal(s);
  }

  /** Hours as a formula writes them: 72, 28.5. */
  static String number(double hours) {
    return BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
  }
}
