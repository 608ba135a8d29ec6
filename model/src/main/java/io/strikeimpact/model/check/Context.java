package io.strikeimpact.model.check;

import io.strikeimpact.model.ActivityType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the words around one figure say it is of, as far as they say it.
 *
 * @param actions the actions its sentence, or the last sentence before it that named one, speaks
 *     of; empty when no sentence so far has named or dated an action
 * @param site the site's cue group, an empty list for all sites, empty when the words name none
 * @param type the activity type the words give the figure, empty when they give none
 * @param estimate the words make it a projection ("could see", "expected"), not an outcome
 * @param running the words make it a running total of every action so far ("so far", "to date",
 *     "since December 2022"), not one action's
 */
record Context(
    Set<String> actions,
    Optional<List<String>> site,
    Optional<ActivityType> type,
    boolean estimate,
    boolean running) {
  Context {
    actions = Set.copyOf(actions);
    site = site.map(List::copyOf);
  }

  /**
   * The context of a rate that follows a count in its sentence ("606 inpatient procedures were
   * moved, about 200 a day"): a rate of what was counted. Its type is the count's where its own
   * words give none, and its site and actions are those of the fact the count was judged against,
   * where its own words do not name another site.
   */
  Context following(Context count, Optional<Fact> countedAs) {
    if (type.isPresent() && !type.equals(count.type())) {
      return this;
    }
    Optional<ActivityType> t = type.isPresent() ? type : count.type();
    if (countedAs.isEmpty() || site.isPresent() && !site.get().equals(countedAs.get().site())) {
      return new Context(actions, site, t, estimate, running);
    }
    Fact f = countedAs.get();
    Set<String> of = f.about().actions().isEmpty() ? actions : f.about().actions();
    return new Context(of, Optional.of(f.site()), t.or(() -> f.about().type()), estimate, running);
  }

  /** The same words, of the site whose cue group is {@code siteCues}. */
  Context at(List<String> siteCues) {
    return new Context(actions, Optional.of(siteCues), type, estimate, running);
  }

  /** The same words, read as speaking of a running total or of one action's figure. */
  Context running(boolean runningTotal) {
    return new Context(actions, site, type, estimate, runningTotal);
  }

  /** The same words, as if they named no action: to find a figure of another action. */
  Context anyAction() {
    return new Context(Set.of(), site, type, estimate, running);
  }

  /** Whether a fact can be what these words speak of; the ranking among those is by cue words. */
  boolean admits(Fact f) {
    Fact.Kind k = f.kind();
    boolean counted = k == Fact.Kind.COUNT;
    if (estimate && counted ? !f.about().estimate() : f.about().estimate()) {
      return false;
    }
    // A projection is of the next action whatever the sentence before was about.
    boolean ofAction = estimate || actions.isEmpty() || f.about().within(actions);
    // England's figures are of England only: a sentence naming no place speaks of the sites here.
    boolean sited =
        k == Fact.Kind.HOURS
            || k == Fact.Kind.DAYS
            || (site.isEmpty() ? !f.national() : site.get().equals(f.site()));
    // A count or a rate of one type is that type's: "about 200 a day" of inpatients is not the
    // total's rate a day.
    boolean typed =
        !(counted || k == Fact.Kind.RATE) || type.isEmpty() || type.equals(f.about().type());
    // A share of one type ("outpatients made up 87 per cent") is spoken of only by words of that
    // type, and a sentence of one type means no site's share of all activity.
    if (k == Fact.Kind.PERCENT && (type.isPresent() || f.about().type().isPresent())) {
      typed = type.equals(f.about().type());
    }
    // A running total is meant by words that say so, and only a running total is: "so far, 4,726"
    // is not March's 4,726, and "the March strike saw 6,232" is not the running total.
    // A share is of the running total only when the words say so, as a count is.
    boolean shared = k == Fact.Kind.PERCENT && !f.change();
    boolean scoped = !counted && !shared || f.about().running() == running;
    return ofAction && sited && typed && scoped;
  }
}
