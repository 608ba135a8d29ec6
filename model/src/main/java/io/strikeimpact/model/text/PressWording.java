package io.strikeimpact.model.text;

/**
 * Figures as a press release says them: a headline rounded down to two significant figures and
 * introduced with "more than" ("more than 4,700 appointments"), so the words never overstate the
 * data; and an optional small-number policy for public outputs.
 *
 * <p>Board papers for internal use show every count exactly; only public outputs round and
 * suppress. Every figure is still written through {@link HouseStyle}.
 */
public final class PressWording {
  /** The largest count the small-number policy hides: NHS Digital suppresses 1 to 7. */
  public static final long LARGEST_SUPPRESSED = 7;

  /** What a public output does with counts of 1 to 7. */
  public enum SmallNumbers {
    /** Every count exactly, as in a board paper. */
    SHOW,
    /** Counts of 1 to 7 as "fewer than 8"; 0 stays 0, since nothing can be identified from it. */
    SUPPRESS
  }

  private PressWording() {}

  /**
   * The headline figure: below 100 exactly ("87"); from 100, rounded down to two significant
   * figures with "more than" in front ("more than 4,700", "more than 470", "more than 12,000"), or
   * "exactly" round figures as they are ("4,700").
   */
  public static String headline(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("A headline count cannot be negative: " + n);
    }
    long rounded = roundDown(n);
    return rounded == n ? HouseStyle.count(n) : "more than " + HouseStyle.count(rounded);
  }

  /** {@code n} rounded down to two significant figures; below 100, {@code n} itself. */
  public static long roundDown(long n) {
    if (n < 100) {
      return n;
    }
    long step = 1;
    while (n / step >= 100) {
      step *= 10;
    }
    return n / step * step;
  }

  /** A count under the policy: "fewer than 8" for 1 to 7 when suppressing, otherwise "4,726". */
  public static String count(long n, SmallNumbers policy) {
    if (policy == SmallNumbers.SUPPRESS && suppressed(n)) {
      return "fewer than " + (LARGEST_SUPPRESSED + 1);
    }
    return HouseStyle.count(n);
  }

  /** Whether the small-number policy hides this count. */
  public static boolean suppressed(long n) {
    return n >= 1 && n <= LARGEST_SUPPRESSED;
  }

  /**
   * An estimate as a release says it: "about 6,300", rounded by {@link
   * HouseStyle#roundForPublication}.
   */
  public static String about(double estimate) {
    return "about " + HouseStyle.count(HouseStyle.roundForPublication(estimate));
  }
}
