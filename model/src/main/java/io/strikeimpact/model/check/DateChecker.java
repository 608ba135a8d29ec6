package io.strikeimpact.model.check;

import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.check.DateFinder.DateMention;
import io.strikeimpact.model.text.HouseStyle;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a date in a draft against the strike calendar, and tells which actions a date speaks of.
 *
 * <p>A day matches an action when it is one of its days or the day it ends (the junior doctors'
 * strike of 13 to 15 March 2023 ended at 07:00 on 16 March, and "13 to 16 March" is how some wrote
 * it). A range must run from the action's first day to its last or its end: "13 to 14 March" says
 * less than happened. "From 11 April" must be the day it began. A weekday must be that date's.
 */
final class DateChecker {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private final StrikeCalendar calendar;

  DateChecker(StrikeCalendar calendar) {
    this.calendar = calendar;
  }

  /** The verdict on a date, or empty for a bare "13th", which the text does not date. */
  Optional<FigureCheck> check(DateMention mention, int line) {
    if (!mention.month()) {
      return Optional.empty();
    }
    for (IndustrialAction a : calendar.actions()) {
      Optional<List<LocalDate>> dates = resolve(mention, a);
      if (dates.isEmpty()) {
        continue;
      }
      Optional<String> wrongWeekday = wrongWeekday(mention, dates.get());
      if (wrongWeekday.isPresent()) {
        return Optional.of(
            new FigureCheck(
                mention.text(),
                line,
                Verdict.DIFFERS,
                wrongWeekday.get() + "; the dates of " + describe(a)));
      }
      return Optional.of(
          new FigureCheck(mention.text(), line, Verdict.MATCHES, "the dates of " + describe(a)));
    }
    return Optional.of(
        nearest(mention)
            .map(
                a ->
                    new FigureCheck(
                        mention.text(),
                        line,
                        Verdict.DIFFERS,
                        "the data says " + describe(a) + " (the strike calendar)"))
            .orElseGet(() -> new FigureCheck(mention.text(), line, Verdict.NOT_FOUND, "")));
  }

  /**
   * The actions a date speaks of: those it matches, else those that began in its month (a wrong
   * date still names the strike it is wrong about). Empty for a bare "13th".
   */
  List<IndustrialAction> actionsOf(DateMention mention) {
    if (!mention.month()) {
      return List.of();
    }
    List<IndustrialAction> matched =
        calendar.actions().stream().filter(a -> resolve(mention, a).isPresent()).toList();
    return matched.isEmpty() ? nearest(mention).stream().toList() : matched;
  }

  /** The concrete dates of the mention in a year of the action, if they fit the action. */
  private static Optional<List<LocalDate>> resolve(DateMention mention, IndustrialAction a) {
    LocalDate end = a.end().toLocalDate();
    for (int year = a.firstDay().getYear(); year <= end.getYear(); year++) {
      if (mention.year().isPresent() && mention.year().get() != year) {
        continue;
      }
      List<LocalDate> dates = new ArrayList<>();
      for (MonthDay md : mention.days()) {
        if (md.isValidYear(year)) {
          dates.add(md.atYear(year));
        }
      }
      if (dates.size() == mention.days().size() && fits(dates, mention, a)) {
        return Optional.of(dates);
      }
    }
    return Optional.empty();
  }

  private static boolean fits(List<LocalDate> dates, DateMention mention, IndustrialAction a) {
    LocalDate end = a.end().toLocalDate();
    if (mention.from()) {
      return dates.getFirst().equals(a.firstDay());
    }
    if (mention.range()) {
      LocalDate last = dates.getLast();
      return dates.getFirst().equals(a.firstDay())
          && (last.equals(a.lastDay()) || last.equals(end));
    }
    return dates.stream().allMatch(d -> a.covers(d) || d.equals(end));
  }

  private static Optional<String> wrongWeekday(DateMention mention, List<LocalDate> dates) {
    // One weekday, written or not, for each day: resolve gives a date for each day.
    for (int i = 0; i < dates.size(); i++) {
      Optional<DayOfWeek> written = mention.weekdays().get(i);
      LocalDate d = dates.get(i);
      if (written.isPresent() && written.get() != d.getDayOfWeek()) {
        return Optional.of(
            HouseStyle.date(d)
                + " was a "
                + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK)
                + ", not a "
                + written.get().getDisplayName(TextStyle.FULL, Locale.UK));
      }
    }
    return Optional.empty();
  }

  /** The action that began in the month (and year, if written) of the first day, closest first. */
  private Optional<IndustrialAction> nearest(DateMention mention) {
    MonthDay first = mention.days().getFirst();
    return calendar.actions().stream()
        .filter(a -> a.firstDay().getMonth() == first.getMonth())
        .filter(a -> mention.year().map(y -> y == a.firstDay().getYear()).orElse(true))
        .min(
            Comparator.comparingInt(
                a -> Math.abs(a.firstDay().getDayOfMonth() - first.getDayOfMonth())));
  }

  /**
   * "the junior doctors' strike of 11 to 14 April 2023 (06:59 on 11 April 2023 to 06:59 on 15 April
   * 2023)".
   */
  static String describe(IndustrialAction a) {
    return ActionGroup.of(a).describe()
        + " ("
        + TIME.format(a.start())
        + " on "
        + HouseStyle.date(a.start().toLocalDate())
        + " to "
        + TIME.format(a.end())
        + " on "
        + HouseStyle.date(a.end().toLocalDate())
        + ")";
  }
}
