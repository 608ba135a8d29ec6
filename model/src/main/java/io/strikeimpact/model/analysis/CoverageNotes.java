package io.strikeimpact.model.analysis;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Says where a side's figures cover less than its label could be read to: a baseline group narrowed
 * to the actions with returns (as the focus is, see {@link ScopeNotes}), an action of a group that
 * a site took part in and sent no return for, and a return by day with no figure for a day of
 * action, whose site's rates are worked over the days with figures. Every output prints these with
 * the other notes, so no label claims more than its figures.
 */
final class CoverageNotes {
  private final Dataset dataset;
  private final Participations participations;
  private final List<Site> sites;
  private final LocalDate asOf;

  CoverageNotes(Dataset dataset, Participations participations, List<Site> sites, LocalDate asOf) {
    this.dataset = dataset;
    this.participations = participations;
    this.sites = sites;
    this.asOf = asOf;
  }

  /**
   * @param askedFocus the focus as asked (a group before it was narrowed), when one was asked
   * @param askedBaseline the baseline as asked, before it was narrowed
   */
  List<String> notes(
      Optional<ActionGroup> askedFocus,
      ActionGroup focus,
      Optional<ActionGroup> askedBaseline,
      Optional<ActionGroup> baseline) {
    List<String> notes = new ArrayList<>();
    askedBaseline
        .filter(a -> baseline.isPresent() && a.actions().size() != baseline.get().actions().size())
        .ifPresent(a -> notes.add(narrowedBaseline(a, baseline.get())));
    notes.addAll(noReturn(askedFocus.orElse(focus)));
    askedBaseline.ifPresent(b -> notes.addAll(noReturn(b)));
    notes.addAll(daysWithoutFigures(focus));
    baseline.ifPresent(b -> notes.addAll(daysWithoutFigures(b)));
    return notes;
  }

  /** The words of the focus's note, for the baseline: the two sides are narrowed alike. */
  private static String narrowedBaseline(ActionGroup asked, ActionGroup baseline) {
    int left = asked.actions().size() - baseline.actions().size();
    return "--baseline "
        + asked.id()
        + " names "
        + HouseStyle.quantity(asked.actions().size(), "action", "actions")
        + "; "
        + (baseline.actions().size() == 1
            ? "only " + baseline.describe() + " has returns, so the baseline covers it alone"
            : "only "
                + baseline.actions().size()
                + " have returns ("
                + baseline.describe()
                + "), so the baseline covers those alone")
        + ", and the "
        + HouseStyle.quantity(left, "action", "actions")
        + " without returns "
        + (left == 1 ? "is" : "are")
        + " left out.";
  }

  /**
   * "N&N took part in the nursing strike of 18 and 19 January 2023 but sent no return, so its
   * figures for nursing-2023 leave it out; see Data quality." For a group's actions that have ended
   * by the date; a single action already says so in its site's status.
   */
  private List<String> noReturn(ActionGroup group) {
    if (group.actions().size() < 2) {
      return List.of();
    }
    List<String> notes = new ArrayList<>();
    for (IndustrialAction action : group.actions()) {
      if (!action.end().toLocalDate().isBefore(asOf)) {
        continue;
      }
      List<String> none =
          sites.stream()
              .filter(s -> participations.status(s.odsCode(), action) == SiteStatus.NO_RETURN)
              .map(Site::abbreviation)
              .toList();
      if (none.isEmpty()) {
        continue;
      }
      notes.add(
          HouseStyle.joinWithAnd(none)
              + " took part in "
              + ActionGroup.of(action).describe()
              + " but sent no return, so "
              + (none.size() == 1 ? "its" : "their")
              + " figures for "
              + group.id()
              + " leave it out; see Data quality.");
    }
    return notes;
  }

  /**
   * "N&N's return by day gives no figure for 19 January 2023, a day of the nursing strikes of 18
   * and 19 January and 6 and 7 February 2023: its count lacks that day, and its rates a day and an
   * hour are worked over the 3 days with figures (18 January and 6 and 7 February 2023, 36 hours),
   * not all 4; see Data quality."
   */
  private List<String> daysWithoutFigures(ActionGroup group) {
    List<String> notes = new ArrayList<>();
    for (Site site : sites) {
      List<IndustrialAction> reported = participations.reportedActions(site.odsCode(), group);
      if (reported.isEmpty()) {
        continue;
      }
      List<DisruptionCount> counts = Counts.of(dataset.counts(), site.odsCode(), group.actionIds());
      DaysWithFigures days = DaysWithFigures.of(counts, reported);
      if (!days.partial()) {
        continue;
      }
      notes.add(
          site.abbreviation()
              + "'s return by day gives no figure for "
              + HouseStyle.days(days.missing())
              + ", "
              + (days.missing().size() == 1 ? "a day" : "days")
              + " of "
              + new ActionGroup(group.id(), reported).describe()
              + ": its count lacks "
              + (days.missing().size() == 1 ? "that day" : "those days")
              + ", and its rates a day and an hour are worked over "
              + days.workedOver()
              + "; see Data quality.");
    }
    return notes;
  }
}
