package io.strikeimpact.ingest;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.ParticipationTable;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.ReturnFor;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Returns that a profile fixed to one action ({@code action = bma-jd-2023-03}) files under that
 * action, though their names say they are another's ({@link ReturnFor}).
 *
 * <p>The rule an analyst would expect, as it is applied:
 *
 * <ul>
 *   <li>A name that names another month ({@code qeh-april-2023.csv} under March) contradicts the
 *       profile outright: the return counts for nothing, and an ERROR says which action it looks
 *       like and how to file it. Counting it under March would give March April's figures; counting
 *       it under April would be a guess the profile does not make.
 *   <li>A return dated after a later action of the site ended ({@code qeh-return-2023-04-18.csv},
 *       after the April strike ended on the 15th) is most likely that action's. It never replaces
 *       March's figures as a "revision": where it would, it counts for nothing and an ERROR says
 *       so, and March's earlier return stands. Where it is the site's only return for March it is
 *       counted, as the profile says, with a WARNING naming the action it may be for, since a late
 *       March return is also possible and nothing else gives March a figure.
 * </ul>
 *
 * A return that counts for nothing this way is a return sent, never "no return received": analysis
 * ties it to the action it looks like.
 */
final class MisfiledReturns {
  private final StrikeCalendar calendar;
  private final ParticipationTable participation;

  MisfiledReturns(StrikeCalendar calendar, ParticipationTable participation) {
    this.calendar = calendar;
    this.participation = participation;
  }

  /** No calendar: nothing is ever misfiled (a read of one file on its own). */
  static final MisfiledReturns NONE =
      new MisfiledReturns(new StrikeCalendar(List.of()), new ParticipationTable(List.of()));

  /** Why a return under a fixed action is not that action's by the months its name names. */
  Optional<String> namesAnotherMonth(String file, String site, String actionId) {
    Optional<IndustrialAction> action = calendar.find(actionId);
    if (action.isEmpty() || ReturnFor.monthsNamed(file).isEmpty()) {
      return Optional.empty();
    }
    return ReturnFor.notFor(file, action.get(), calendar, participation, site);
  }

  /**
   * Whether a return's rows are dated, every one on a day of the fixed action: then the rows, not
   * the month its name names, say which action it is for.
   */
  boolean rowsDatedIn(List<LocalDate> rowDates, String actionId) {
    Optional<IndustrialAction> action = calendar.find(actionId);
    return action.isPresent()
        && !rowDates.isEmpty()
        && action.get().days().containsAll(new java.util.HashSet<>(rowDates));
  }

  /**
   * A return whose name names another month than its rows' dates, which decide: "its name says
   * April 2023, but its rows are dated 13 to 15 March 2023", counted for the fixed action.
   */
  DataProblem rowsDecide(
      String file, String sha256, String site, String actionId, String why, List<LocalDate> days) {
    return new DataProblem(
        Severity.WARNING,
        new Provenance(file, sha256, "", ""),
        "a return whose name does not say the month of its rows: "
            + why
            + ", but its rows are dated "
            + HouseStyle.days(days.stream().distinct().sorted().toList()),
        "a name that says the month the return covers, or none",
        "nothing to fix: the rows' dates decide, so its figures count for "
            + site
            + " in "
            + fixedAction(actionId)
            + "; rename it ("
            + exampleName(file, actionId)
            + ") so that its name agrees");
  }

  /** Why a return under a fixed action is more likely a later action's, by its return date. */
  Optional<String> datedAfterLater(String file, String site, String actionId) {
    Optional<IndustrialAction> action = calendar.find(actionId);
    if (action.isEmpty() || ReturnFor.monthsNamed(file).isPresent()) {
      return Optional.empty();
    }
    return ReturnFor.notFor(file, action.get(), calendar, participation, site);
  }

  /**
   * "a return whose name says April 2023, filed under bma-jd-2023-03 (13 to 15 March 2023) by its
   * profile": the file counts for nothing.
   */
  DataProblem refused(
      String file, String sha256, String site, String actionId, String profile, String why) {
    return problem(Severity.ERROR, file, sha256, site, actionId, profile, why, Optional.empty());
  }

  /** As {@link #refused}, where the file would have replaced an earlier return's figures. */
  DataProblem notARevision(
      String file,
      String sha256,
      String site,
      String actionId,
      String profile,
      String why,
      String earlier) {
    return problem(
        Severity.ERROR, file, sha256, site, actionId, profile, why, Optional.of(earlier));
  }

  /** A late return counted under the profile's action, the site having no other for it. */
  DataProblem counted(
      String file, String sha256, String site, String actionId, String profile, String why) {
    String fixed = fixedAction(actionId);
    return new DataProblem(
        Severity.WARNING,
        new Provenance(file, sha256, "", ""),
        "a return whose profile, '"
            + profile
            + "', fixes action = "
            + fixed
            + " for it, though "
            + why
            + looksLike(file, site),
        "a return for " + actionId + ", the action its profile fixes",
        "nothing to fix if it is "
            + site
            + "'s return for "
            + actionId
            + ": its figures count for "
            + actionId
            + "; if it is "
            + otherActions(file, site)
            + ", "
            + howToFile(file, site, actionId, profile));
  }

  private DataProblem problem(
      Severity severity,
      String file,
      String sha256,
      String site,
      String actionId,
      String profile,
      String why,
      Optional<String> earlier) {
    String fixed = fixedAction(actionId);
    return new DataProblem(
        severity,
        new Provenance(file, sha256, "", ""),
        "a return whose profile, '"
            + profile
            + "', fixes action = "
            + fixed
            + " for it, though "
            + why
            + looksLike(file, site)
            + earlier
                .map(e -> "; it would have replaced the figures of " + e + " as a revision")
                .orElse(""),
        "a return for " + actionId + ", the action its profile fixes",
        "if it is "
            + otherActions(file, site)
            + ", "
            + howToFile(file, site, actionId, profile)
            + "; if it is "
            + site
            + "'s return for "
            + actionId
            + ", rename it so that its name says "
            + monthName(actionId)
            + " and no other month ("
            + exampleName(file, actionId)
            + "). Until then it counts for nothing"
            + earlier.map(e -> ", and " + e + " stands for " + actionId).orElse(""));
  }

  /** ": it looks like the return for bma-jd-2023-04 (11 to 14 April 2023)". */
  private String looksLike(String file, String site) {
    List<IndustrialAction> likely = ReturnFor.likely(file, calendar, participation, site);
    if (likely.isEmpty()) {
      return "; it looks like the return for an action that is not in reference/calendar.csv";
    }
    return "; it looks like the return for "
        + orList(likely.stream().map(ReturnFor::describe).toList());
  }

  private String otherActions(String file, String site) {
    List<IndustrialAction> likely = ReturnFor.likely(file, calendar, participation, site);
    return likely.isEmpty()
        ? "another action's return"
        : "the return for " + orList(likely.stream().map(IndustrialAction::id).toList());
  }

  /** "a, b or c". */
  private static String orList(List<String> items) {
    return items.size() < 2
        ? String.join("", items)
        : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.getLast();
  }

  /**
   * "narrow files in profile 'QEH specialty return' to leave it out (files =
   * returns/RCX/*march*.csv) and read it with a profile of its own that fixes that action, or use
   * action = by-date if the layout has a date column".
   */
  private String howToFile(String file, String site, String actionId, String profile) {
    String folder = file.substring(0, file.lastIndexOf('/') + 1);
    String ext = file.substring(Math.max(file.lastIndexOf('.'), file.lastIndexOf('/') + 1));
    String month = monthWord(actionId);
    return "narrow files in profile '"
        + profile
        + "' to leave it out (files = "
        + folder
        + "*"
        + month
        + "*"
        + ext
        + ") and read it with a profile of its own whose action names its action"
        + ", or use action = by-date if the layout has a date column";
  }

  private String exampleName(String file, String actionId) {
    String folder = file.substring(0, file.lastIndexOf('/') + 1);
    String ext = file.substring(Math.max(file.lastIndexOf('.'), file.lastIndexOf('/') + 1));
    String base = file.substring(folder.length(), file.length() - ext.length());
    // the months the name names, and a date after the action, give way to the action's month
    String kept =
        base.replaceAll(
                "(?i)(?<![a-z])(january|february|march|april|may|june|july|august|september"
                    + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
                    + "(?![a-z])[-_ .]?(20\\d\\d)?",
                "")
            .replaceAll("[-_ .]+$", "");
    return folder + kept + "-" + monthWord(actionId) + ext;
  }

  /** "march-2023" for bma-jd-2023-03: the first day's month and year, as a name writes them. */
  private String monthWord(String actionId) {
    return calendar
        .find(actionId)
        .map(
            a ->
                a.firstDay().getMonth().name().toLowerCase(Locale.ROOT)
                    + "-"
                    + a.firstDay().getYear())
        .orElse(actionId);
  }

  /** "March 2023". */
  private String monthName(String actionId) {
    return calendar.find(actionId).map(a -> HouseStyle.month(a.firstDay())).orElse(actionId);
  }

  private String fixedAction(String actionId) {
    return calendar.find(actionId).map(ReturnFor::describe).orElse(actionId);
  }
}
