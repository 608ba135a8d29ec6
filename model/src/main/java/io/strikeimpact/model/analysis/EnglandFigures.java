package io.strikeimpact.model.analysis;

import io.strikeimpact.model.NationalRevision;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * NHS England's figures for England as the analysis uses them: one per action from the first action
 * in the national file to the last, every stated cumulative total checked step by step, every acute
 * total checked against its parts, and every revision between releases.
 *
 * @param actions in calendar order, each published, from parts, derived or not published
 */
public record EnglandFigures(
    List<NationalAction> actions,
    List<CumulativeStep> steps,
    List<PartsCheck> parts,
    List<NationalRevision> revisions) {
  public static final EnglandFigures NONE =
      new EnglandFigures(List.of(), List.of(), List.of(), List.of());

  public EnglandFigures {
    actions = List.copyOf(actions);
    steps = List.copyOf(steps);
    parts = List.copyOf(parts);
    revisions = List.copyOf(revisions);
  }

  public boolean isEmpty() {
    return actions.isEmpty();
  }

  /** England's figure for one action, if the national file reaches it. */
  public Optional<NationalAction> action(String actionId) {
    return actions.stream().filter(a -> a.actionId().equals(actionId)).findFirst();
  }

  /** Every check that did not add up, and every step that could not be checked, as sentences. */
  public List<String> warnings() {
    return Stream.concat(
            steps.stream()
                .filter(
                    s ->
                        s.outcome() == CumulativeStep.Outcome.DIFFERS
                            || s.outcome() == CumulativeStep.Outcome.NOT_CHECKED)
                .map(CumulativeStep::message),
            parts.stream().filter(p -> !p.agrees()).map(PartsCheck::message))
        .toList();
  }
}
