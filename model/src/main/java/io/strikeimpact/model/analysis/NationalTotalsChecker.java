package io.strikeimpact.model.analysis;

import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.NationalFigure;
import io.strikeimpact.model.NationalFigures;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks NHS England's published figures as any stated total is checked. Each stated cumulative
 * acute total is compared with the previous stated cumulative plus the actions between them (the
 * first with the sum since the first action in the national file), so one wrong release is flagged
 * once and does not put every later step out. An action between two cumulative totals with no
 * published figure is derived by subtraction, and labelled derived, when it is the only one
 * missing; with two or more missing the step cannot be checked. A published acute total is also
 * checked against its inpatient and outpatient parts. Nothing unpublished becomes 0.
 */
public final class NationalTotalsChecker {
  private NationalTotalsChecker() {}

  public static EnglandFigures check(NationalFigures england, StrikeCalendar calendar) {
    if (england.isEmpty()) {
      return EnglandFigures.NONE;
    }
    Map<String, NationalFigure> latest =
        england.latest().stream()
            .collect(Collectors.toMap(NationalFigure::actionId, Function.identity()));
    List<IndustrialAction> ordered = calendar.actions();
    int first = -1;
    int last = -1;
    for (int i = 0; i < ordered.size(); i++) {
      if (latest.containsKey(ordered.get(i).id())) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      return new EnglandFigures(List.of(), List.of(), List.of(), england.revisions());
    }
    List<NationalAction> actions = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      String id = ordered.get(i).id();
      actions.add(NationalAction.of(id, Optional.ofNullable(latest.get(id))));
    }

    List<CumulativeStep> steps = new ArrayList<>();
    int from = 0;
    Optional<NationalFigure> previous = Optional.empty();
    for (int i = 0; i < actions.size(); i++) {
      Optional<NationalFigure> row = actions.get(i).figure();
      if (row.isEmpty() || row.get().cumulativeAcuteTotal().isEmpty()) {
        continue;
      }
      NationalFigure stated = row.get();
      steps.add(step(stated, previous, actions, from, i));
      previous = row;
      from = i + 1;
    }

    List<PartsCheck> parts =
        england.latest().stream()
            .filter(f -> f.acuteTotal().isPresent())
            .filter(f -> f.inpatient().isPresent() && f.outpatient().isPresent())
            .map(PartsCheck::new)
            .toList();
    return new EnglandFigures(actions, steps, parts, england.revisions());
  }

  /** Checks one stated cumulative; may replace one action in {@code actions} by a derived one. */
  private static CumulativeStep step(
      NationalFigure stated,
      Optional<NationalFigure> previous,
      List<NationalAction> actions,
      int from,
      int to) {
    long base = previous.map(p -> p.cumulativeAcuteTotal().getAsLong()).orElse(0L);
    List<NationalAction> between = actions.subList(from, to + 1);
    List<NationalAction> missing = between.stream().filter(a -> a.acute().isEmpty()).toList();
    long known =
        between.stream().mapToLong(a -> a.acute().orElse(0)).sum(); // only published ones add
    long statedTotal = stated.cumulativeAcuteTotal().getAsLong();
    if (missing.isEmpty()) {
      long expected = base + known;
      return new CumulativeStep(
          stated,
          previous,
          between,
          OptionalLong.of(expected),
          expected == statedTotal ? CumulativeStep.Outcome.AGREES : CumulativeStep.Outcome.DIFFERS);
    }
    if (missing.size() > 1) {
      return new CumulativeStep(
          stated, previous, between, OptionalLong.empty(), CumulativeStep.Outcome.NOT_CHECKED);
    }
    long derived = statedTotal - base - known;
    if (derived < 0) {
      // The published actions alone come to more than the cumulative: flag it, derive nothing.
      return new CumulativeStep(
          stated, previous, between, OptionalLong.of(base + known), CumulativeStep.Outcome.DIFFERS);
    }
    NationalAction gap = missing.getFirst();
    int at = actions.indexOf(gap);
    actions.set(at, gap.derived(derived, derivation(stated, previous, between, gap, derived)));
    return new CumulativeStep(
        stated,
        previous,
        actions.subList(from, to + 1),
        OptionalLong.of(statedTotal),
        CumulativeStep.Outcome.DERIVES);
  }

  /**
   * "196,225 = the cumulative 472,446 to bma-jd-2023-04 (reference/england.csv, cell J6) minus the
   * cumulative 100,299 to rcn-2023-02 (reference/england.csv, cell J4) minus bma-jd-2023-03
   * 175,122".
   */
  private static String derivation(
      NationalFigure stated,
      Optional<NationalFigure> previous,
      List<NationalAction> between,
      NationalAction gap,
      long derived) {
    StringBuilder s =
        new StringBuilder(HouseStyle.count(derived))
            .append(" = the cumulative ")
            .append(HouseStyle.count(stated.cumulativeAcuteTotal().getAsLong()))
            .append(" to ")
            .append(stated.actionId())
            .append(" (")
            .append(stated.at(NationalFigure.Column.CUMULATIVE_ACUTE_TOTAL).describe())
            .append(')');
    previous.ifPresent(
        p ->
            s.append(" minus the cumulative ")
                .append(HouseStyle.count(p.cumulativeAcuteTotal().getAsLong()))
                .append(" to ")
                .append(p.actionId())
                .append(" (")
                .append(p.at(NationalFigure.Column.CUMULATIVE_ACUTE_TOTAL).describe())
                .append(')'));
    for (NationalAction a : between) {
      if (a != gap) {
        s.append(" minus ")
            .append(a.actionId())
            .append(' ')
            .append(HouseStyle.count(a.acute().getAsLong()));
      }
    }
    return s.toString();
  }
}
