package io.strikeimpact.model.check;

import java.util.Objects;

/**
 * One figure found in a draft and what the data says about it.
 *
 * @param figure the figure as the draft writes it: "4,736", "more than 3,000", "96-hour", "March 13
 *     and 15"
 * @param line the line of the draft it is on, from 1
 * @param detail for {@link Verdict#MATCHES} what it matches, for {@link Verdict#DIFFERS} "the data
 *     says N (source)", empty when not found
 */
public record FigureCheck(String figure, int line, Verdict verdict, String detail) {
  public FigureCheck {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(verdict, "verdict");
    detail = detail == null ? "" : detail;
  }

  /**
   * "matches: N&N's total (the returns)", "differs: the data says 4,726 (...)", "not found in the
   * data".
   */
  public String describe() {
    return detail.isEmpty() ? verdict.label() : verdict.label() + ": " + detail;
  }
}
