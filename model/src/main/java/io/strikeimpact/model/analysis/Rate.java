package io.strikeimpact.model.analysis;

import io.strikeimpact.model.text.HouseStyle;
import java.util.Objects;

/**
 * A count divided by the length of the action on a stated basis: 3,451 over 3 days is 1,150.3 a day
 * of action.
 *
 * @param count the numerator, activity rescheduled
 * @param denominator days or hours of action (1 for {@link Basis#PER_ACTION}; thousands of planned
 *     appointments for {@link Basis#PER_THOUSAND_PLANNED}; staff-days for {@link
 *     Basis#PER_STAFF_DAY})
 */
public record Rate(long count, double denominator, Basis basis) {
  public Rate {
    Objects.requireNonNull(basis, "basis");
    if (!(denominator > 0)) {
      throw new IllegalArgumentException("A rate needs a positive denominator, was " + denominator);
    }
  }

  public static Rate of(long count, double denominator, Basis basis) {
    return new Rate(count, denominator, basis);
  }

  /** Rescheduled per 1,000 planned: 120 of 4,000 planned is 30.0 per 1,000. */
  public static Rate perThousandPlanned(long count, long planned) {
    return new Rate(count, planned / 1000.0, Basis.PER_THOUSAND_PLANNED);
  }

  /** Rescheduled per staff-day of action taken part: 752 over 574 staff-days is 1.3. */
  public static Rate perStaffDay(long count, long staffDays) {
    return new Rate(count, staffDays, Basis.PER_STAFF_DAY);
  }

  public double value() {
    return count / denominator;
  }

  /** "1,150.3 a day of action". */
  public String describe() {
    return HouseStyle.rate(value()) + " " + basis.phrase();
  }

  /** How the rate was worked out: "3,451 over 3 days". */
  public String workings() {
    String unit =
        switch (basis) {
          case PER_DAY -> HouseStyle.quantity(denominator, "day", "days");
          case PER_HOUR -> HouseStyle.quantity(denominator, "hour", "hours");
          case PER_ACTION -> "the whole action";
          case PER_THOUSAND_PLANNED ->
              HouseStyle.count(Math.round(denominator * 1000)) + " planned";
          case PER_STAFF_DAY ->
              HouseStyle.count(Math.round(denominator))
                  + (Math.round(denominator) == 1 ? " staff-day" : " staff-days");
        };
    return HouseStyle.count(count) + " over " + unit;
  }
}
