package io.strikeimpact.model.analysis;

import io.strikeimpact.model.text.HouseStyle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The local figure as a share of England's on one basis: "4,726 of the 175,122 rescheduled in
 * England, 2.7%". Where England's figure is not published the share is "not published", never 0.
 *
 * @param local what the sites here rescheduled on this basis
 * @param england England's figure on the same basis
 * @param localGap returns the local figure lacks though sites took part ("the local running total
 *     lacks returns for the nursing strike of 6 and 7 February 2023 (N&amp;N)"): then no share is
 *     given, since England's figure counts those actions and the local one would count them as 0;
 *     empty when none is missing
 */
public record EnglandShare(Measure measure, long local, EnglandValue england, String localGap) {

  /** A share whose local figure has every return it counts. */
  public EnglandShare(Measure measure, long local, EnglandValue england) {
    this(measure, local, england, "");
  }

  /**
   * What is compared. A share a day or an hour of action would be the share of the whole action
   * again (both sides have the same days and hours), so those bases are not repeated.
   */
  public enum Measure {
    ACUTE("acute total (inpatient and outpatient)", "rescheduled"),
    INPATIENT("inpatient", "inpatient procedures rescheduled"),
    OUTPATIENT("outpatient", "outpatient appointments rescheduled"),
    CUMULATIVE("since the first action", "rescheduled since the first action");

    private final String label;
    private final String verb;

    Measure(String label, String verb) {
      this.label = label;
      this.verb = verb;
    }

    /** For table rows: "inpatient". */
    public String label() {
      return label;
    }

    /** For sentences: "outpatient appointments rescheduled". */
    public String verb() {
      return verb;
    }
  }

  /** Said with every share: the two sides do not cover the same trusts. */
  public static final String CAVEAT =
      "England's figure covers every trust that sent NHS England a return, the local figure only"
          + " the sites here that sent one";

  public EnglandShare {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(england, "england");
    localGap = localGap == null ? "" : localGap;
    if (local < 0) {
      throw new IllegalArgumentException("A local figure is not negative: " + local);
    }
  }

  /** The local figure over England's, 0 to 1; empty when England's is not published or is 0. */
  public OptionalDouble share() {
    if (!localGap.isEmpty() || !england.known() || england.value().getAsLong() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((double) local / england.value().getAsLong());
  }

  /** "2.7%", or "not published". */
  public String shareText() {
    OptionalDouble s = share();
    if (s.isEmpty() && !localGap.isEmpty()) {
      return "n/a (" + localGap + ")";
    }
    if (s.isEmpty()) {
      return england.known() ? "n/a (England's figure is 0)" : "not published";
    }
    return percent(s.getAsDouble());
  }

  /**
   * "4,726 of the 175,122 rescheduled in England, 2.7%"; "4,726 rescheduled; England's figure is
   * not published" when it is not.
   */
  public String sentence() {
    if (!localGap.isEmpty()) {
      return HouseStyle.count(local)
          + " "
          + measure.verb()
          + " here; no share of England's "
          + (england.known() ? england.text() + " " : "")
          + "is given, as "
          + localGap;
    }
    if (!england.known()) {
      return HouseStyle.count(local) + " " + measure.verb() + "; England's figure is not published";
    }
    return HouseStyle.count(local)
        + " of the "
        + england.text()
        + " "
        + measure.verb()
        + " in England, "
        + shareText();
  }

  /**
   * A share of England to one decimal place, as the local part of a national total is small:
   * "2.7%"; "less than 0.1%" for a share above 0 that would round to 0.
   */
  public static String percent(double fraction) {
    double pct = fraction * 100;
    if (pct > 0 && pct < 0.05) {
      return "less than 0.1%";
    }
    return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(pct)
        + "%";
  }
}
