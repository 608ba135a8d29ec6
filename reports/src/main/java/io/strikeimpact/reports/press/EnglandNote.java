package io.strikeimpact.reports.press;

import io.strikeimpact.model.NationalFigure;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.EnglandShare;
import io.strikeimpact.model.text.HouseStyle;
import io.strikeimpact.model.text.PressWording.SmallNumbers;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * The note to editors that sets the headline figure beside England's, in one sentence with its
 * caveat, naming the source as a journalist would: "NHS England's published figures", with the date
 * they were published, never the file they are kept in. None without a national file.
 */
final class EnglandNote {
  private EnglandNote() {}

  /**
   * "Across England: the 4,726 appointments and procedures rescheduled in Norfolk and Waveney were
   * 2.7% of the 175,122 that NHS England's published figures (17 April 2023) give for England for
   * the junior doctors' strike of 13 to 15 March 2023; England's figure covers every trust that
   * sent NHS England a return, the Norfolk and Waveney figure only those of its hospitals that sent
   * one."
   */
  static Optional<String> of(Analysis analysis, SmallNumbers policy) {
    return of(analysis, PressFigures.of(analysis, policy), new PressScope(analysis));
  }

  /** The note with the local total as the briefing's table shows it. */
  static Optional<String> of(Analysis analysis, PressFigures figures, PressScope scope) {
    Optional<EnglandShare> headline = analysis.england().headline();
    if (headline.isEmpty()) {
      return Optional.empty();
    }
    EnglandShare s = headline.get();
    if (figures.totalHidden(analysis.allSites()) && s.england().known()) {
      // A share of England's figure is the hidden total divided by a published one: no share.
      return Optional.of(
          "Across England: NHS England's published figures give England's total for "
              + analysis.focus().describe()
              + "; the "
              + analysis.settings().area()
              + " total is withheld here, so no share of it is given.");
    }
    // The local figure is named for what it covers: a share of England's total from some of the
    // area's hospitals is not the area's share.
    String here =
        figures.total(analysis.allSites())
            + " "
            + scope.noun()
            + " rescheduled "
            + scope.place()
            // A share of a partial total is a share of what the returns gave: said here too,
            // where the place ("at two of the three hospitals") does not say it already.
            + (scope.partial().partial() && !scope.partial().lacksSites()
                ? ", a partial figure (see the note on sources),"
                : "");
    String focus = analysis.focus().describe();
    String caveat =
        "; England's figure covers every trust that sent NHS England a return, the "
            + analysis.settings().area()
            + " figure only those of its hospitals that sent one.";
    if (!s.england().known()) {
      return Optional.of(
          "Across England: NHS England's published figures give no figure for England for "
              + focus
              + ", so the "
              + here
              + " cannot be set beside one.");
    }
    String published = published(analysis).map(d -> " (" + HouseStyle.date(d) + ")").orElse("");
    if (s.england().derived()) {
      return Optional.of(
          "Across England: the "
              + here
              + " were "
              + s.shareText()
              + " of the "
              + HouseStyle.count(s.england().value().getAsLong())
              + " that NHS England's published figures"
              + published
              + " imply for England for "
              + focus
              + " (NHS England published no figure for it; this one is the difference between two of"
              + " its running totals)"
              + caveat);
    }
    return Optional.of(
        "Across England: the "
            + here
            + " were "
            + s.shareText()
            + " of the "
            + HouseStyle.count(s.england().value().getAsLong())
            + " that NHS England's published figures"
            + published
            + " give for England for "
            + focus
            + caveat);
  }

  /** The date of the latest release the focus action's figures come from. */
  private static Optional<LocalDate> published(Analysis analysis) {
    return analysis.focus().actionIds().stream()
        .flatMap(id -> analysis.england().figures().action(id).stream())
        .flatMap(a -> a.figure().stream())
        .map(NationalFigure::releaseDate)
        .max(Comparator.naturalOrder());
  }
}
