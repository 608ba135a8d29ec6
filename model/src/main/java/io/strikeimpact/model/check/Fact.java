package io.strikeimpact.model.check;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.analysis.Basis;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A figure the data can vouch for, with the words that tie it to a sentence.
 *
 * @param value the figure: a count, a rate, a ratio, a percentage, hours or days
 * @param shown how the reports write it: "4,726", "1,150.3", "3.1 times"
 * @param what what it is, for the verdict: "all sites' total for the junior doctors' strike of 13
 *     to 15 March 2023"
 * @param source where it comes from: "the sum of the returns: nnuh.xlsx, qeh.csv"
 * @param cues groups of words; a sentence that contains a word of a group speaks of this fact
 * @param site the site's cue group, empty for all sites: a sentence naming another site does not
 *     speak of it
 * @param about the actions, activity type and kind of figure (outcome or estimate) it is of
 * @param required words of which a sentence must say one to mean this fact at all, whatever else it
 *     says ("on strike" for a count of staff, which "N&amp;N rescheduled 302" does not mean); empty
 *     for none
 */
record Fact(
    Kind kind,
    double value,
    String shown,
    String what,
    String source,
    List<List<String>> cues,
    List<String> site,
    About about,
    List<String> required) {
  enum Kind {
    COUNT,
    RATE,
    RATIO,
    PERCENT,
    HOURS,
    DAYS
  }

  /**
   * What a fact is of, for matching it to what a sentence speaks of.
   *
   * @param actions the actions its figure covers; empty when it is of no action in particular (a
   *     running total)
   * @param type the activity type of a count or rate, empty for a total
   * @param estimate a projection for an action without returns, not an outcome
   * @param sides for a comparison of two actions (a ratio, a change), the actions of each side: a
   *     sentence naming either side can mean it ("3.1 times the rate during the nursing strikes");
   *     empty for any other figure
   * @param basis for a rate, what it is a rate of: a day or an hour of action; a draft's "1,575 an
   *     hour" is not the rate a day of 1,575. Empty for any other figure
   * @param running a running total of every action so far, up to and including {@code actions}:
   *     meant only by words that say so ("so far", "to date", "since December 2022"), and never by
   *     words about one action, which a running total is not
   */
  record About(
      Set<String> actions,
      Optional<ActivityType> type,
      boolean estimate,
      List<Set<String>> sides,
      Optional<Basis> basis,
      boolean running) {
    About {
      actions = Set.copyOf(actions);
      sides = sides.stream().map(Set::copyOf).toList();
      Objects.requireNonNull(basis, "basis");
    }

    About(
        Set<String> actions,
        Optional<ActivityType> type,
        boolean estimate,
        List<Set<String>> sides,
        Optional<Basis> basis) {
      this(actions, type, estimate, sides, basis, false);
    }

    About(Set<String> actions, Optional<ActivityType> type, boolean estimate) {
      this(actions, type, estimate, List.of(), Optional.empty());
    }

    /** The running total of every action up to and including {@code upTo}. */
    static About runningTotal(Set<String> upTo) {
      return new About(upTo, Optional.empty(), false, List.of(), Optional.empty(), true);
    }

    static About outcome(Set<String> actions) {
      return new About(actions, Optional.empty(), false);
    }

    /** A comparison of the focus's actions with the baseline's: of both, and meant by either. */
    static About between(Set<String> focus, Set<String> baseline) {
      Set<String> both = new java.util.LinkedHashSet<>(focus);
      both.addAll(baseline);
      return new About(both, Optional.empty(), false, List.of(focus, baseline), Optional.empty());
    }

    About typed(ActivityType t) {
      return new About(actions, Optional.of(t), estimate, sides, basis, running);
    }

    /** The same, as a rate a day or an hour of action. */
    About per(Basis b) {
      return new About(actions, type, estimate, sides, Optional.of(b), running);
    }

    /** Whether words that speak of {@code named} can mean a figure of these actions. */
    boolean within(Set<String> named) {
      if (running) {
        // "So far" after a sentence about March: the running total up to March; about any other
        // action, the running totals of the ones it names.
        return named.isEmpty() || actions.stream().anyMatch(named::contains);
      }
      return actions.isEmpty()
          || named.containsAll(actions)
          || sides.stream().anyMatch(named::containsAll);
    }
  }

  /**
   * England's cue group: the words that say a figure is NHS England's, for the whole country, and
   * not the sites' here. "NHS England" alone names the body the returns go to, not the country, so
   * the reader masks it before looking for these.
   */
  static final List<String> ENGLAND =
      List.of(
          "england", "nationally", "national", "nationwide", "across the country", "the country");

  Fact {
    cues = cues.stream().map(List::copyOf).toList();
    site = List.copyOf(site);
    required = List.copyOf(required);
  }

  Fact(
      Kind kind,
      double value,
      String shown,
      String what,
      String source,
      List<List<String>> cues,
      List<String> site,
      About about) {
    this(kind, value, shown, what, source, cues, site, about, List.of());
  }

  /** A figure of England's: only a sentence that speaks of England can mean it. */
  boolean national() {
    return site.equals(ENGLAND);
  }

  /**
   * A percentage that is a change from one action to another ("a rise of 129%"), not a share of a
   * total ("73 per cent of the total"): only a comparison of two actions has sides.
   */
  boolean change() {
    return kind == Kind.PERCENT && !about.sides().isEmpty();
  }

  /** "all sites' total for ... (the sum of the returns: ...)". */
  String explain() {
    return what + (source.isEmpty() ? "" : " (" + source + ")");
  }
}
