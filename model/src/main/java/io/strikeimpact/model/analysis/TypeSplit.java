package io.strikeimpact.model.analysis;

import static io.strikeimpact.model.text.HouseStyle.count;

import io.strikeimpact.model.ActivityType;

/**
 * How a total splits by type, in words: "Of these, 4,120 were outpatient appointments and 606
 * inpatient procedures". A type that no return gave a figure for (every inpatient row rejected, an
 * outpatient-only extract) is said to be missing, never written as 0.
 */
public final class TypeSplit {
  private TypeSplit() {}

  /** The sentence without its full stop, for a breakdown that {@link SiteBreakdown#hasSplit}. */
  public static String of(SiteBreakdown all) {
    Long outpatient = all.byType().get(ActivityType.OUTPATIENT);
    Long inpatient = all.byType().get(ActivityType.INPATIENT);
    String out = ActivityType.OUTPATIENT.description();
    String in = ActivityType.INPATIENT.description();
    if (outpatient != null && inpatient != null) {
      return "Of these, "
          + count(outpatient)
          + " were "
          + out
          + " and "
          + count(inpatient)
          + " "
          + in;
    }
    if (outpatient != null) {
      return "Of these, "
          + count(outpatient)
          + " were "
          + out
          + "; no figure for "
          + in
          + " could be read";
    }
    if (inpatient != null) {
      return "Of these, "
          + count(inpatient)
          + " were "
          + in
          + "; no figure for "
          + out
          + " could be read";
    }
    return "No figure by type could be read";
  }
}
