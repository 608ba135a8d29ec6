package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.NationalFigure;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The local figures beside England's: for the focus action, the local total as a share of England's
 * on each basis where a share means something, and the history action by action beside England's
 * per-action and cumulative figures, with England's own figures checked step by step. Empty when
 * the data folder has no national file.
 *
 * @param figures England's figures for each action, checked, with their revisions
 * @param focus the focus action's shares: the acute total, inpatient and outpatient where the local
 *     returns give the split, and the running total since the first action
 * @param history every action of the timeline that has local returns or a national figure
 */
public record EnglandContext(
    EnglandFigures figures, List<EnglandShare> focus, List<EnglandHistoryRow> history) {
  public static final EnglandContext NONE =
      new EnglandContext(EnglandFigures.NONE, List.of(), List.of());

  /** Why no share is given a day or an hour of action. */
  public static final String BASES =
      "A share a day or an hour of action would be the share of the whole action again, since both"
          + " sides count the same days and hours, so it is not repeated";

  public EnglandContext {
    focus = List.copyOf(focus);
    history = List.copyOf(history);
  }

  public boolean isEmpty() {
    return figures.isEmpty();
  }

  /** The focus action's share of England's acute total, if there is one to give. */
  public Optional<EnglandShare> headline() {
    return focus.stream().filter(s -> s.measure() == EnglandShare.Measure.ACUTE).findFirst();
  }

  /**
   * For the executive summary: "Beside England: 4,726 of the 175,122 rescheduled in England, 2.7%
   * (England's figure covers ...)." A local total that lacks a site or part of one says so after
   * it, as every all-sites total does: its share is a share of what the returns gave.
   */
  public Optional<String> summarySentence(PartialTotal partial) {
    return headline()
        .map(
            s ->
                "Beside England: "
                    + s.sentence()
                    + " ("
                    + EnglandShare.CAVEAT
                    + ")."
                    + partialNote(partial).map(n -> " " + n).orElse(""));
  }

  /**
   * "The local figure is partial: N&N's two returns overlap and neither was counted (see Data
   * quality)." Empty for a whole total.
   */
  public static Optional<String> partialNote(PartialTotal partial) {
    return partial.partial()
        ? Optional.of(
            "The local figure is partial: " + partial.why() + partial.seeDataQuality() + ".")
        : Optional.empty();
  }

  /** Works out the context from the checked national figures and the local analysis. */
  static EnglandContext of(
      Dataset dataset, ActionGroup focus, SiteBreakdown allSites, List<TimelineEntry> timeline) {
    EnglandFigures figures = NationalTotalsChecker.check(dataset.england(), dataset.calendar());
    if (figures.isEmpty()) {
      return new EnglandContext(figures, List.of(), List.of());
    }
    Map<String, EnglandValue> cumulative = cumulative(figures);
    List<EnglandShare> shares = new ArrayList<>();
    if (allSites.reported()) {
      shares.add(
          new EnglandShare(
              EnglandShare.Measure.ACUTE,
              allSites.total(),
              groupSum(figures, focus, EnglandContext::acute)));
      if (allSites.hasSplit() && !allSites.byType().containsKey(ActivityType.TOTAL_ONLY)) {
        // A type no return here gave a figure for (every inpatient row rejected, an outpatient-only
        // extract) has no share: its local figure is unknown, not 0.
        Long inpatient = allSites.byType().get(ActivityType.INPATIENT);
        if (inpatient != null) {
          shares.add(
              new EnglandShare(
                  EnglandShare.Measure.INPATIENT,
                  inpatient,
                  groupSum(figures, focus, a -> part(a, NationalFigure.Column.INPATIENT))));
        }
        Long outpatient = allSites.byType().get(ActivityType.OUTPATIENT);
        if (outpatient != null) {
          shares.add(
              new EnglandShare(
                  EnglandShare.Measure.OUTPATIENT,
                  outpatient,
                  groupSum(figures, focus, a -> part(a, NationalFigure.Column.OUTPATIENT))));
        }
      }
      String last = focus.actions().getLast().id();
      timeline.stream()
          .filter(e -> e.action().id().equals(last))
          .flatMap(e -> e.figures().stream())
          .findFirst()
          .ifPresent(
              t ->
                  shares.add(
                      new EnglandShare(
                          EnglandShare.Measure.CUMULATIVE,
                          t.cumulative(),
                          cumulative.getOrDefault(last, EnglandValue.NOT_PUBLISHED),
                          RunningGaps.upTo(dataset, timeline, last))));
    }
    List<EnglandHistoryRow> history = new ArrayList<>();
    for (TimelineEntry e : timeline) {
      String id = e.action().id();
      Optional<NationalAction> national = figures.action(id);
      if (national.isEmpty() && e.figures().isEmpty()) {
        continue;
      }
      EnglandValue england = national.map(EnglandContext::acute).orElse(EnglandValue.NOT_PUBLISHED);
      EnglandValue englandCumulative = cumulative.getOrDefault(id, EnglandValue.NOT_PUBLISHED);
      history.add(
          new EnglandHistoryRow(
              e.action(),
              e.status(),
              e.figures(),
              england,
              englandCumulative,
              e.figures()
                  .map(t -> new EnglandShare(EnglandShare.Measure.ACUTE, t.acute(), england)),
              e.figures()
                  .map(
                      t ->
                          new EnglandShare(
                              EnglandShare.Measure.CUMULATIVE,
                              t.cumulative(),
                              englandCumulative,
                              RunningGaps.upTo(dataset, timeline, id)))));
    }
    return new EnglandContext(figures, shares, history);
  }

  /** England's acute figure for one action, as the checker knows it. */
  static EnglandValue acute(NationalAction a) {
    if (a.acute().isEmpty()) {
      return EnglandValue.NOT_PUBLISHED;
    }
    String source =
        switch (a.kind()) {
          case DERIVED -> a.derivation().orElse("");
          case FROM_PARTS ->
              "inpatient ("
                  + a.figure().get().at(NationalFigure.Column.INPATIENT).describe()
                  + ") plus outpatient ("
                  + a.figure().get().at(NationalFigure.Column.OUTPATIENT).describe()
                  + "), release of "
                  + a.figure().get().releaseDate();
          default -> cell(a.figure().get(), NationalFigure.Column.ACUTE_TOTAL);
        };
    return new EnglandValue(a.acute(), a.kind(), source);
  }

  /** England's inpatient or outpatient figure for one action, as published or not. */
  private static EnglandValue part(NationalAction a, NationalFigure.Column column) {
    if (a.figure().isEmpty()) {
      return EnglandValue.NOT_PUBLISHED;
    }
    NationalFigure f = a.figure().get();
    OptionalLong n = column == NationalFigure.Column.INPATIENT ? f.inpatient() : f.outpatient();
    return n.isPresent()
        ? EnglandValue.published(n.getAsLong(), cell(f, column))
        : EnglandValue.NOT_PUBLISHED;
  }

  /** A group's figure: the sum over its actions, not published when any is not. */
  private static EnglandValue groupSum(
      EnglandFigures figures, ActionGroup group, Function<NationalAction, EnglandValue> of) {
    List<EnglandValue> parts =
        group.actions().stream()
            .map(a -> figures.action(a.id()).map(of).orElse(EnglandValue.NOT_PUBLISHED))
            .toList();
    return EnglandValue.sum(
        parts,
        "the sum of "
            + HouseStyle.joinWithAnd(group.actions().stream().map(a -> a.id()).toList())
            + " as England's figures give them");
  }

  /**
   * England's cumulative acute total to each action: the stated cumulative where a release gives
   * one, otherwise the cumulative to the action before plus this action's figure; not published
   * from the first action with no figure until the next stated cumulative.
   */
  private static Map<String, EnglandValue> cumulative(EnglandFigures figures) {
    Map<String, EnglandValue> out = new HashMap<>();
    EnglandValue running = null;
    String previousId = null;
    for (NationalAction a : figures.actions()) {
      Optional<NationalFigure> f = a.figure();
      EnglandValue here;
      if (f.isPresent() && f.get().cumulativeAcuteTotal().isPresent()) {
        here =
            EnglandValue.published(
                f.get().cumulativeAcuteTotal().getAsLong(),
                cell(f.get(), NationalFigure.Column.CUMULATIVE_ACUTE_TOTAL));
      } else if (running == null) {
        here = acute(a);
        here =
            here.known()
                ? new EnglandValue(
                    here.value(), here.kind(), "the first action's figure, " + here.source())
                : here;
      } else {
        EnglandValue action = acute(a);
        here =
            EnglandValue.sum(
                List.of(running, action),
                "England's cumulative to "
                    + previousId
                    + ", "
                    + running.text()
                    + ", plus "
                    + a.actionId()
                    + " "
                    + action.text());
      }
      out.put(a.actionId(), here);
      running = here;
      previousId = a.actionId();
    }
    return out;
  }

  private static String cell(NationalFigure f, NationalFigure.Column column) {
    return f.at(column).describe() + ", release of " + f.releaseDate();
  }
}
