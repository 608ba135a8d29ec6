package io.strikeimpact.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One continuous stretch of industrial action. An action split into separate days (as the RCN's
 * were) has one period per day.
 *
 * <p>Times are held in Europe/London and hours are counted between instants, so a period that
 * crosses a clock change has 23 or 25 hours in its day, not 24.
 */
public record ActionPeriod(ZonedDateTime start, ZonedDateTime end) {

  /** The zone every action is announced in. */
  public static final ZoneId LONDON = ZoneId.of("Europe/London");

  /**
   * The hour at which an NHS operational day starts for industrial action: a strike from 07:00 on
   * 13 March to 07:00 on 16 March is three days of action, 13 to 15 March.
   */
  static final int OPERATIONAL_DAY_STARTS_AT_HOUR = 7;

  /**
   * The operational day a moment falls in: a time before 07:00 belongs to the day before, so 06:29
   * on 16 March 2023 is in the day of 15 March, the last day of the junior doctors' strike of 13 to
   * 15 March, and 06:00 on 13 March is in the day of 12 March, before it.
   */
  public static LocalDate operationalDate(java.time.LocalDateTime moment) {
    return moment.minusHours(OPERATIONAL_DAY_STARTS_AT_HOUR).toLocalDate();
  }

  public ActionPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    start = start.withZoneSameInstant(LONDON);
    end = end.withZoneSameInstant(LONDON);
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "Period ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /** Builds a period from local wall-clock times in Europe/London. */
  public static ActionPeriod london(java.time.LocalDateTime start, java.time.LocalDateTime end) {
    return new ActionPeriod(start.atZone(LONDON), end.atZone(LONDON));
  }

  /** The elapsed length of the period, counted between instants. */
  public Duration duration() {
    return Duration.between(start.toInstant(), end.toInstant());
  }

  /** Elapsed hours, with minutes as a fraction (06:59 to 06:59 four days on is 96 hours). */
  public double hours() {
    return duration().toMinutes() / 60.0;
  }

  /**
   * The operational days of the period, each running from 07:00 to 07:00, counting a day only when
   * the action lasted at least an hour of it: 07:00 13 March to 07:00 16 March gives 13, 14 and 15
   * March; 06:59 11 April to 06:59 15 April gives 11 to 14 April (the minute before 07:00 on 11
   * April is not a day of action); a 12-hour day shift gives its own date.
   */
  public List<LocalDate> operationalDates() {
    ZonedDateTime shiftedStart = start.minusHours(OPERATIONAL_DAY_STARTS_AT_HOUR);
    ZonedDateTime shiftedLastMoment = end.minusHours(OPERATIONAL_DAY_STARTS_AT_HOUR).minusNanos(1);
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = shiftedStart.toLocalDate();
        !d.isAfter(shiftedLastMoment.toLocalDate());
        d = d.plusDays(1)) {
      if (overlapWithOperationalDay(d).compareTo(MINIMUM_PART_OF_A_DAY) >= 0) {
        dates.add(d);
      }
    }
    return dates;
  }

  /**
   * The hours of the period that fall in one operational day (07:00 to 07:00), counted between
   * instants: 12 for a day shift on its own date, 0 for a day the period does not reach.
   */
  public double hoursOn(LocalDate operationalDay) {
    return overlapWithOperationalDay(operationalDay).toMinutes() / 60.0;
  }

  /** An action must last at least this long within an operational day for the day to count. */
  static final Duration MINIMUM_PART_OF_A_DAY = Duration.ofHours(1);

  private Duration overlapWithOperationalDay(LocalDate date) {
    ZonedDateTime dayStart = date.atTime(OPERATIONAL_DAY_STARTS_AT_HOUR, 0).atZone(LONDON);
    ZonedDateTime dayEnd =
        date.plusDays(1).atTime(OPERATIONAL_DAY_STARTS_AT_HOUR, 0).atZone(LONDON);
    ZonedDateTime from = start.isAfter(dayStart) ? start : dayStart;
    ZonedDateTime to = end.isBefore(dayEnd) ? end : dayEnd;
    return to.isAfter(from) ? Duration.between(from.toInstant(), to.toInstant()) : Duration.ZERO;
  }
}
