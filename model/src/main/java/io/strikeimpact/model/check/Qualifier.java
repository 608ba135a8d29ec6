package io.strikeimpact.model.check;

import io.strikeimpact.model.check.Fact.Kind;
import io.strikeimpact.model.text.HouseStyle;
import java.util.Locale;

/**
 * What the words before a figure allow the data's figure to be, and the tolerance a check used,
 * said in the verdict: "nearly 5,000" allows 4,500 up to but not 5,000. "More than" and "fewer
 * than" are strict; "about" and its kin allow a tenth either way, as rounding to one or two
 * significant figures does (about 1,150 for 1,150.3; around 5,000 for 4,726); "nearly" and "just
 * under" a tenth below, "just over" a tenth above.
 */
enum Qualifier {
  ABOUT(0.9, 1.1, true, true),
  NEARLY(0.9, 1, true, false),
  JUST_OVER(1, 1.1, false, true),
  MORE_THAN(1, Double.POSITIVE_INFINITY, false, false),
  AT_LEAST(1, Double.POSITIVE_INFINITY, true, false),
  FEWER_THAN(Double.NEGATIVE_INFINITY, 1, false, false),
  AT_MOST(Double.NEGATIVE_INFINITY, 1, false, true);

  private final double low;
  private final double high;
  private final boolean lowIncluded;
  private final boolean highIncluded;

  Qualifier(double low, double high, boolean lowIncluded, boolean highIncluded) {
    this.low = low;
    this.high = high;
    this.lowIncluded = lowIncluded;
    this.highIncluded = highIncluded;
  }

  /** The qualifier of words a draft writes before a figure: "just under", "some", "c.". */
  static Qualifier of(String words) {
    String w = words.toLowerCase(Locale.UK).replaceAll("\\s+", " ").strip();
    return switch (w) {
      case "more than", "over", "well over", "in excess of", "upwards of", "above", "north of" ->
          MORE_THAN;
      case "at least", "no fewer than", "no less than", "a minimum of" -> AT_LEAST;
      case "almost",
          "nearly",
          "just under",
          "just below",
          "just short of",
          "not quite",
          "the best part of",
          "getting on for",
          "close to but under" ->
          NEARLY;
      case "just over", "just above", "slightly more than", "just more than", "a little over" ->
          JUST_OVER;
      case "fewer than", "less than", "under", "below" -> FEWER_THAN;
      case "up to", "no more than", "a maximum of", "at most" -> AT_MOST;
      default -> ABOUT; // about, around, approximately, roughly, some, circa, c., an estimated
    };
  }

  /** Whether the data's {@code v} is what the words allow of the figure {@code x}. */
  boolean holds(double v, double x) {
    double a = x * low;
    double b = x * high;
    if (x < 0) { // a fall written as a negative change: the bounds swap
      double t = a;
      a = b;
      b = t;
    }
    boolean aboveLow = lowIncluded ? v >= a - 1e-9 : v > a;
    boolean belowHigh = highIncluded ? v <= b + 1e-9 : v < b;
    return aboveLow && belowHigh;
  }

  /**
   * The tolerance, for the verdict: ""nearly 5,000" allows 10% below at most, not 5,000 itself:
   * 4,500 to under 5,000".
   */
  String describe(String words, double x, Kind kind) {
    String it = shown(x, kind);
    String lo = shown(x * Math.min(low, high), kind);
    String hi = shown(x * Math.max(low, high), kind);
    String allows =
        switch (this) {
          case ABOUT -> "within 10% either way: " + lo + " to " + hi;
          case NEARLY -> "10% below at most, not " + it + " itself: " + lo + " to under " + it;
          case JUST_OVER -> "10% above at most, not " + it + " itself: over " + it + " to " + hi;
          case MORE_THAN -> "anything above " + it + ", not " + it + " itself";
          case AT_LEAST -> it + " or above";
          case FEWER_THAN -> "anything below " + it + ", not " + it + " itself";
          case AT_MOST -> it + " or below";
        };
    return "\"" + words + "\" allows " + allows;
  }

  private static String shown(double v, Kind kind) {
    return switch (kind) {
      case COUNT, DAYS -> HouseStyle.count(Math.round(v));
      case RATE, HOURS -> HouseStyle.rate(v);
      // Two decimals: "about 1.5 times" allows 1.35 to 1.65, which one decimal would misstate.
      case RATIO -> String.format(Locale.UK, "%.2f times", v);
      case PERCENT -> HouseStyle.percent(v / 100);
    };
  }
}
