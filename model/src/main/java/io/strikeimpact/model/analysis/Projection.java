package io.strikeimpact.model.analysis;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an announced action may reschedule: the per-hour rate of comparable past actions times its
 * hours, by site and type, with a range from the lowest and highest comparable rates. Always
 * labelled an estimate, with its method and the actions it rests on.
 *
 * @param hours the hours of action it assumes (from the calendar, or as given)
 * @param comparables the past actions the rates come from, oldest first
 * @param standing where the action stands on the as-of date: announced, in progress, or ended with
 *     no returns; or, for an estimate set beside what happened, reported
 * @param hypothetical true when no such action is in the calendar and the hours were given: the
 *     action's dates then mean nothing and are never shown
 * @param typesAsked the activity types the question was narrowed to (empty: every type); a type not
 *     asked for has no estimate of its own
 * @param leftOut the sites that may take part in the action but have no figures for any comparable
 *     action, so have no estimate and are not in the all-sites one (abbreviations)
 * @param notTakingPart those of {@code leftOut} that did not take part in any comparable action:
 *     they have no figures because there were none to give, never because a return is missing
 */
public record Projection(
    IndustrialAction action,
    double hours,
    List<IndustrialAction> comparables,
    List<SiteProjection> sites,
    SiteProjection allSites,
    Standing standing,
    boolean hypothetical,
    Set<ActivityType> typesAsked,
    List<String> leftOut,
    List<String> notTakingPart) {

  /** Where the projected action stands on the as-of date. */
  public enum Standing {
    ANNOUNCED("announced; not yet started"),
    IN_PROGRESS("in progress; no returns yet"),
    ENDED("ended; no returns received"),
    /** Ended, and returns came, none of which could be read: never "no returns received". */
    NOT_READ("ended; returns received, but none could be read (see Data quality)"),
    REPORTED("returns received");

    private final String label;

    Standing(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** An action without returns as of a date: not started, under way, or over. */
    static Standing of(IndustrialAction action, java.time.LocalDate asOf) {
      if (action.firstDay().isAfter(asOf)) {
        return ANNOUNCED;
      }
      return action.lastDay().isBefore(asOf) ? ENDED : IN_PROGRESS;
    }
  }

  public Projection {
    comparables = List.copyOf(comparables);
    sites = List.copyOf(sites);
    java.util.Objects.requireNonNull(standing, "standing");
    typesAsked = Set.copyOf(typesAsked);
    leftOut = List.copyOf(leftOut);
    notTakingPart = List.copyOf(notTakingPart);
  }

  /** Whether the action is over without figures: no returns came, or none could be read. */
  public boolean ended() {
    return standing == Standing.ENDED || standing == Standing.NOT_READ;
  }

  /**
   * "No returns were received for " an action that ended without any, "No return could be read for
   * " one whose returns all were refused: the words before the action's name.
   */
  public String endedWithout() {
    return standing == Standing.NOT_READ
        ? "No return could be read for "
        : "No returns were received for ";
  }

  /** An estimate that leaves no site out. */
  public Projection(
      IndustrialAction action,
      double hours,
      List<IndustrialAction> comparables,
      List<SiteProjection> sites,
      SiteProjection allSites,
      Standing standing,
      boolean hypothetical,
      Set<ActivityType> typesAsked) {
    this(
        action,
        hours,
        comparables,
        sites,
        allSites,
        standing,
        hypothetical,
        typesAsked,
        List.of(),
        List.of());
  }

  /**
   * "It leaves out N&N, which has no figures for the junior doctors' strike of 13 to 15 March 2023,
   * so the estimate is partial." Empty when no site is left out.
   */
  public String leftOutSentence() {
    if (leftOut.isEmpty()) {
      return "";
    }
    String those = new ActionGroup("comparables", comparables).describe();
    List<String> clauses = new java.util.ArrayList<>();
    List<String> without = leftOut.stream().filter(l -> !notTakingPart.contains(l)).toList();
    if (!without.isEmpty()) {
      clauses.add(
          io.strikeimpact.model.text.HouseStyle.joinWithAnd(without)
              + (without.size() == 1 ? ", which has" : ", which have")
              + " no figures for "
              + those);
    }
    if (!notTakingPart.isEmpty()) {
      clauses.add(
          io.strikeimpact.model.text.HouseStyle.joinWithAnd(notTakingPart)
              + ", which did not take part in "
              + (without.isEmpty() ? those : "them"));
    }
    return "It leaves out " + String.join(", and ", clauses) + ", so the estimate is partial.";
  }

  /**
   * Why a site has no estimate of its own for {@code type}: it was not among the types asked for,
   * or the comparable returns did not split their figures by type.
   */
  public String noEstimateOf(ActivityType type) {
    return !typesAsked.isEmpty() && !typesAsked.contains(type)
        ? type.description() + " were not asked for"
        : "the comparable returns gave no outpatient and inpatient split";
  }

  /** Whether the action starts after the as-of date. */
  public boolean announced() {
    return standing == Standing.ANNOUNCED;
  }

  /** "the junior doctors' strike of 11 to 14 April 2023", or "a further junior doctors' strike". */
  public String describeAction() {
    ActionGroup g = ActionGroup.of(action);
    return hypothetical ? "a further " + g.noun() : g.describe();
  }

  /** The method in one sentence, for notes beside every projected figure. */
  public String method() {
    ActionGroup basis = new ActionGroup("comparables", comparables);
    String rests =
        comparables.size() == 1
            ? "It rests on one comparable action, "
                + basis.describe()
                + ", so no range can be given."
            : "It rests on "
                + comparables.size()
                + " comparable actions ("
                + basis.describe()
                + "); the range runs from the lowest to the highest of their rates.";
    return "Estimate: the rate an hour of action of past "
        + ActionGroup.of(action).noun().replace(" strike", " strikes")
        + " times the "
        + io.strikeimpact.model.text.HouseStyle.quantity(hours, "hour", "hours")
        + (hypothetical
            ? " given. "
            : standing == Standing.ANNOUNCED ? " announced. " : " it ran. ")
        + rests
        + (leftOut.isEmpty() ? "" : " " + leftOutSentence())
        + (daysSentence().isEmpty() ? "" : " " + daysSentence());
  }

  /**
   * "Each rate divides by the hours with figures: N&N's return by day gives no figure for 19
   * January 2023, so its rate is worked over the 36 hours with figures (18 January and 6 and 7
   * February 2023), not all 48; so is all sites'." Empty when every return covers every day of the
   * comparable actions.
   */
  public String daysSentence() {
    List<String> clauses = new ArrayList<>();
    String siteDays = "";
    for (SiteProjection s : sites) {
      if (s.partialDays()) {
        clauses.add(
            s.label()
                + "'s return by day gives no figure for "
                + HouseStyle.days(missing(s))
                + ", so its rate is worked over "
                + over(s));
        siteDays = over(s);
      }
    }
    if (allSites.partialDays()) {
      String all = allSites.label().toLowerCase(java.util.Locale.ROOT) + "'";
      clauses.add(
          clauses.size() == 1 && over(allSites).equals(siteDays)
              ? "so is " + all
              : all + " rate is worked over " + over(allSites));
    }
    return clauses.isEmpty()
        ? ""
        : "Each rate divides by the hours with figures: " + String.join("; ", clauses) + ".";
  }

  private static List<java.time.LocalDate> missing(SiteProjection s) {
    return s.days().values().stream()
        .flatMap(d -> d.missing().stream())
        .distinct()
        .sorted()
        .toList();
  }

  /** "the 36 hours with figures (18 January and 6 and 7 February 2023), not all 48". */
  private String over(SiteProjection s) {
    double with = s.days().values().stream().mapToDouble(DaysWithFigures::hours).sum();
    double all =
        comparables.stream()
            .filter(a -> s.days().containsKey(a.id()))
            .mapToDouble(IndustrialAction::hours)
            .sum();
    List<java.time.LocalDate> days =
        s.days().values().stream().flatMap(d -> d.days().stream()).sorted().toList();
    return "the "
        + HouseStyle.quantity(with, "hour", "hours")
        + " with figures ("
        + HouseStyle.days(days)
        + "), not all "
        + HouseStyle.hours(all);
  }
}
