package io.strikeimpact.model.analysis;

import io.strikeimpact.model.NationalFigure;
import io.strikeimpact.model.text.HouseStyle;
import java.util.Objects;

/** A published acute total checked against its published inpatient and outpatient parts. */
public record PartsCheck(NationalFigure figure) {
  public PartsCheck {
    Objects.requireNonNull(figure, "figure");
    if (figure.acuteTotal().isEmpty()
        || figure.inpatient().isEmpty()
        || figure.outpatient().isEmpty()) {
      throw new IllegalArgumentException("A parts check needs the total and both parts");
    }
  }

  public long parts() {
    return figure.inpatient().getAsLong() + figure.outpatient().getAsLong();
  }

  /** The stated acute total minus inpatient plus outpatient. */
  public long difference() {
    return figure.acuteTotal().getAsLong() - parts();
  }

  public boolean agrees() {
    return difference() == 0;
  }

  /**
   * "England's acute total for bma-jd-2023-04, 195,000 (reference/england.csv, cell F6, release of
   * 2023-04-17), does not agree with inpatient 20,470 plus outpatient 175,755, which is 196,225:
   * the stated total is 1,225 less (difference -1,225)".
   */
  public String message() {
    String head =
        "England's acute total for "
            + figure.actionId()
            + ", "
            + HouseStyle.count(figure.acuteTotal().getAsLong())
            + " ("
            + figure.at(NationalFigure.Column.ACUTE_TOTAL).describe()
            + ", release of "
            + figure.releaseDate()
            + "), ";
    String sum =
        "inpatient "
            + HouseStyle.count(figure.inpatient().getAsLong())
            + " plus outpatient "
            + HouseStyle.count(figure.outpatient().getAsLong());
    if (agrees()) {
      return head + "agrees with " + sum;
    }
    long d = difference();
    return head
        + "does not agree with "
        + sum
        + ", which is "
        + HouseStyle.count(parts())
        + ": the stated total is "
        + HouseStyle.count(Math.abs(d))
        + (d > 0 ? " more" : " less")
        + " (difference "
        + (d > 0 ? "+" : "-")
        + HouseStyle.count(Math.abs(d))
        + ")";
  }
}
