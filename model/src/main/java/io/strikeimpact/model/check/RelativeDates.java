package io.strikeimpact.model.check;

import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.text.HouseStyle;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The actions a draft names by when they were from the day it is checked: "last week's strike",
 * "the walkout last month", "yesterday's action", "the latest strike", "the next strike". Read
 * against the date of the check (the reports' as-of date), as a press office writes on the day.
 * Where the words name a time in which no action was held, that is said, not an action guessed.
 */
final class RelativeDates {
  /**
   * The sentinel an action set holds for a time the words name in which no action was held: what
   * follows it says which time and why. No fact is of it, so nothing matches it.
   */
  static final String NONE = "no action: ";

  private static final Pattern PERIOD =
      Pattern.compile(
          "\\b(?<which>last|this|next|past)\\s+(?<unit>week|month|weekend)(?:'s|s')?\\b"
              + "|\\b(?<day>yesterday|today)(?:'s)?\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ORDER =
      Pattern.compile(
          "\\bthe\\s+(?<order>latest|most recent|last|recent|next|upcoming|forthcoming"
              + "|coming)\\s+(?:(?!(?:days?|hours?|of|times?|weeks?|months?)\\b)[\\w']+\\s+){0,3}?"
              + "(?:strikes?|walk-?outs?|action|industrial action|round of (?:industrial )?action"
              + "|stoppages?)\\b",
          Pattern.CASE_INSENSITIVE);

  private final StrikeCalendar calendar;
  private final LocalDate asOf;

  RelativeDates(StrikeCalendar calendar, LocalDate asOf) {
    this.calendar = calendar;
    this.asOf = asOf;
  }

  /**
   * The actions the words name by a time from the day of the check, empty when they name none that
   * way; a set holding one {@link #NONE} sentinel when the time they name had no action.
   */
  Optional<List<IndustrialAction>> actions(String sentence, List<String> none) {
    Matcher p = PERIOD.matcher(sentence);
    if (p.find()) {
      LocalDate from;
      LocalDate to;
      String said;
      if (p.group("day") != null) {
        from = p.group("day").equalsIgnoreCase("yesterday") ? asOf.minusDays(1) : asOf;
        to = from;
        said = p.group("day").toLowerCase(Locale.UK);
      } else {
        String which = p.group("which").toLowerCase(Locale.UK);
        int step = which.equals("next") ? 1 : which.equals("this") ? 0 : -1;
        String unit = p.group("unit").toLowerCase(Locale.UK);
        said = which + " " + unit;
        if (unit.equals("month")) {
          YearMonth m = YearMonth.from(asOf).plusMonths(step);
          from = m.atDay(1);
          to = m.atEndOfMonth();
        } else if (unit.equals("weekend")) {
          LocalDate sat = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5);
          from = sat.plusWeeks(step);
          to = from.plusDays(1);
        } else {
          from = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(step);
          to = from.plusDays(6);
        }
      }
      LocalDate a = from;
      LocalDate b = to;
      List<IndustrialAction> held =
          calendar.actions().stream()
              .filter(x -> x.days().stream().anyMatch(d -> !d.isBefore(a) && !d.isAfter(b)))
              .toList();
      if (held.isEmpty()) {
        none.add(
            NONE
                + "\""
                + said
                + "\" is "
                + (a.equals(b) ? HouseStyle.date(a) : HouseStyle.dateRange(a, b))
                + " from the date of the check, "
                + HouseStyle.date(asOf)
                + ", and no action was held then: name the action by its dates");
      }
      return Optional.of(held);
    }
    Matcher o = ORDER.matcher(sentence);
    if (o.find()) {
      String order = o.group("order").toLowerCase(Locale.UK);
      boolean next = List.of("next", "upcoming", "forthcoming", "coming").contains(order);
      Optional<IndustrialAction> a =
          next
              ? calendar.actions().stream()
                  .filter(x -> x.firstDay().isAfter(asOf))
                  .min(Comparator.comparing(IndustrialAction::firstDay))
              : calendar.actions().stream()
                  .filter(x -> !x.firstDay().isAfter(asOf))
                  .max(Comparator.comparing(IndustrialAction::firstDay));
      if (a.isEmpty()) {
        none.add(
            NONE
                + "\"the "
                + order
                + "\" action from the date of the check, "
                + HouseStyle.date(asOf)
                + ", is none in the strike calendar: name the action by its dates");
      }
      return Optional.of(a.stream().toList());
    }
    return Optional.empty();
  }
}
