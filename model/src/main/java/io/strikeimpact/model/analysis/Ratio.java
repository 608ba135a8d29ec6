package io.strikeimpact.model.analysis;

import io.strikeimpact.model.text.HouseStyle;
import java.util.Objects;

/** One rate over another on the same basis: 1,150.3 a day against 376.5 a day is 3.1 times. */
public record Ratio(Rate focus, Rate baseline) {
  public Ratio {
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(baseline, "baseline");
    if (focus.basis() != baseline.basis()) {
      throw new IllegalArgumentException(
          "A ratio compares like with like; bases differ: "
              + focus.basis()
              + " and "
              + baseline.basis());
    }
    if (baseline.count() == 0) {
      throw new IllegalArgumentException("No ratio to a baseline of zero");
    }
  }

  public Basis basis() {
    return focus.basis();
  }

  public double value() {
    return focus.value() / baseline.value();
  }

  /** The change from baseline to focus as a fraction: 3.1 times is +2.06 (+206%). */
  public double change() {
    return value() - 1;
  }

  /** "3.1 times". */
  public String times() {
    return HouseStyle.ratio(value());
  }

  /** "3.1 times as many a day of action". */
  public String describe() {
    return times() + " as many " + basis().phrase();
  }
}
