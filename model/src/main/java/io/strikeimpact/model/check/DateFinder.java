package io.strikeimpact.model.check;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a UK press officer or journalist writes: "13 March 2023", "Monday 13 March",
 * "13th March", "13 to 15 March 2023", "13-15 March", "between 13 and 15 March", "from 11 April",
 * "30 April to 1 May 2023", "13/03/2023", "13-15/03/2023", and the US order "March 13 and 15" that
 * copy from the wires uses.
 *
 * <p>Every pattern uses named groups, so a form added later cannot shift the others' group numbers
 * (the cause of "No group 6" on every British date). Text that looks like a date but is not one
 * ("31 April", "13/13/2023") is not a date, and its numbers are read as figures.
 */
final class DateFinder {
  private static final String MONTH =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
  private static final String WEEKDAY =
      "(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final String JOIN = "\\s*(?<join>-|\u2013|\u2014|to|and|until|till)\\s*";
  private static final String LEAD = "(?:(?<lead>between|from|starting|beginning)\\s+)?";
  private static final String YEAR = "(?:,?\\s+(?<year>\\d{4})(?!\\d))?";

  /**
   * One or two digits that are all of their number: not "26" of "March 262", nor "4" of "4,726" or
   * "4.5".
   */
  private static String day(String name) {
    return "(?<!\\d)(?<" + name + ">\\d{1,2})" + ORDINAL + "(?!\\d|[,.]\\d)";
  }

  private static String weekdayGroup(String name) {
    return "(?:(?<" + name + ">" + WEEKDAY + "))?";
  }

  /** "30 April to 1 May 2023". */
  private static final Pattern ACROSS_MONTHS =
      Pattern.compile(
          "\\b"
              + LEAD
              + weekdayGroup("wd1")
              + day("d1")
              + "\\s+(?:of\\s+)?(?<m1>"
              + MONTH
              + ")\\.?(?:\\s+(?<y1>\\d{4}))?"
              + JOIN
              + weekdayGroup("wd2")
              + day("d2")
              + "\\s+(?:of\\s+)?(?<m2>"
              + MONTH
              + ")\\b"
              + YEAR);

  /** "13 March 2023", "Monday 13th March", "13 to 15 March", "between 13 and 15 March". */
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "\\b"
              + LEAD
              + weekdayGroup("wd1")
              + day("d1")
              + "(?:"
              + JOIN
              + weekdayGroup("wd2")
              + day("d2")
              + ")?\\s+(?:of\\s+)?(?<m2>"
              + MONTH
              + ")\\b"
              + YEAR);

  /** "March 13 and 15", "April 11-15", "March 13th, 2023". */
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "\\b"
              + LEAD
              + weekdayGroup("wd1")
              + "(?<m2>"
              + MONTH
              + ")\\.?\\s+"
              + day("d1")
              + "(?:"
              + JOIN
              + day("d2")
              + ")?"
              + YEAR);

  /** "13/03/2023", "13.3.23", "13-03-2023": day first, as in the UK. */
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d/.-])"
              + LEAD
              + weekdayGroup("wd1")
              + "(?<d1>\\d{1,2})(?<sep>[/.-])(?<m2>\\d{1,2})\\k<sep>(?<year>\\d{4}|\\d{2})(?![\\d/.]\\d)");

  /**
   * "13-15/03/2023", "13 to 15.3.23": a range of days of one month written in figures, day first.
   * Read before {@link #NUMERIC}, whose "15/03/2023" alone would leave "13" a figure.
   */
  private static final Pattern NUMERIC_RANGE =
      Pattern.compile(
          "(?<![\\d/.-])"
              + LEAD
              + "(?<d1>\\d{1,2})\\s*(?<join>-|\u2013|\u2014|to)\\s*(?<d2>\\d{1,2})(?<sep>[/.])"
              + "(?<m2>\\d{1,2})\\k<sep>(?<year>\\d{4}|\\d{2})(?![\\d/.]\\d)");

  /** "the 13th": a day without its month, read so its number is not taken for a figure. */
  private static final Pattern BARE_ORDINAL =
      Pattern.compile("(?<!\\d)(?<d1>\\d{1,2})(?:st|nd|rd|th)\\b");

  /**
   * One date or range as the text writes it.
   *
   * @param days the days written, in order: one, two joined by "and" ("13 and 15"), or the ends of
   *     a range
   * @param range the days are the ends of a range ("13 to 15", "between 13 and 15"), not a list
   * @param from the text says where something starts ("from 11 April")
   * @param weekdays the weekday written before each day, where one is
   * @param month false for a bare "13th", whose month the text does not say
   */
  record DateMention(
      int start,
      int end,
      String text,
      List<MonthDay> days,
      boolean range,
      boolean from,
      List<Optional<DayOfWeek>> weekdays,
      Optional<Integer> year,
      boolean month) {
    DateMention {
      days = List.copyOf(days);
      weekdays = List.copyOf(weekdays);
    }
  }

  private DateFinder() {}

  /** Every date in {@code sentence}, in order, none overlapping another. */
  static List<DateMention> find(String sentence) {
    List<DateMention> found = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length()];
    for (Pattern p :
        List.of(ACROSS_MONTHS, DAY_FIRST, MONTH_FIRST, NUMERIC_RANGE, NUMERIC, BARE_ORDINAL)) {
      Matcher m = p.matcher(sentence);
      int from = 0;
      while (m.find(from)) { // from is never past the end: a match's start + 1 or its end
        from = m.start() + 1;
        if (overlaps(taken, m.start(), m.end())) {
          continue;
        }
        Optional<DateMention> mention = read(m, p);
        if (mention.isPresent()) {
          found.add(mention.get());
          for (int k = m.start(); k < m.end(); k++) {
            taken[k] = true;
          }
          from = m.end();
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  private static boolean overlaps(boolean[] taken, int start, int end) {
    for (int k = start; k < end; k++) {
      if (taken[k]) {
        return true;
      }
    }
    return false;
  }

  private static Optional<DateMention> read(Matcher m, Pattern p) {
    boolean bare = p == BARE_ORDINAL;
    boolean numeric = p == NUMERIC || p == NUMERIC_RANGE;
    Optional<Month> last = bare ? Optional.of(Month.JANUARY) : month(m.group("m2"), numeric);
    if (last.isEmpty()) {
      return Optional.empty();
    }
    Optional<Month> first = p == ACROSS_MONTHS ? month(m.group("m1"), false) : last;
    String d2 = group(m, "d2");
    List<MonthDay> days = new ArrayList<>();
    Optional<MonthDay> one = monthDay(first.orElseThrow(), m.group("d1"));
    if (one.isEmpty()) {
      return Optional.empty();
    }
    days.add(one.get());
    if (d2 != null) {
      Optional<MonthDay> two = monthDay(last.get(), d2);
      if (two.isEmpty() || !two.get().isAfter(one.get())) {
        return Optional.empty();
      }
      days.add(two.get());
    }
    String lead = group(m, "lead");
    String join = group(m, "join");
    // "13 and 15 March" lists two days; "between 13 and 15 March" and "13 to 15 March" are ranges.
    boolean range = "between".equals(lead) || join != null && !join.equals("and");
    List<Optional<DayOfWeek>> weekdays = new ArrayList<>();
    weekdays.add(weekday(group(m, "wd1")));
    if (d2 != null) {
      weekdays.add(weekday(group(m, "wd2")));
    }
    Optional<Integer> year = year(group(m, "year"));
    if (year.isEmpty()) {
      year = year(group(m, "y1"));
    }
    int start = lead == null ? m.start() : m.start("lead");
    boolean from = lead != null && !lead.equals("between") && d2 == null;
    return Optional.of(
        new DateMention(
            start,
            m.end(),
            m.group().substring(start - m.start()).strip(),
            days,
            range,
            from,
            weekdays,
            year,
            !bare));
  }

  /** The named group, or null where the pattern has no such group or it did not take part. */
  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException noSuchGroup) {
      return null;
    }
  }

  private static Optional<Month> month(String text, boolean numeric) {
    if (text == null) {
      return Optional.empty();
    }
    if (numeric) {
      int n = Integer.parseInt(text);
      return n >= 1 && n <= 12 ? Optional.of(Month.of(n)) : Optional.empty();
    }
    String t = text.toLowerCase(Locale.UK).substring(0, 3);
    for (Month month : Month.values()) {
      if (month.name().toLowerCase(Locale.UK).startsWith(t)) {
        return Optional.of(month);
      }
    }
    return Optional.empty();
  }

  private static Optional<MonthDay> monthDay(Month month, String day) {
    int d = Integer.parseInt(day);
    // 29 February is a date in a leap year; the checker drops it in other years.
    return d >= 1 && d <= month.maxLength() ? Optional.of(MonthDay.of(month, d)) : Optional.empty();
  }

  private static Optional<Integer> year(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int y = Integer.parseInt(text);
    return Optional.of(text.length() == 2 ? 2000 + y : y);
  }

  private static Optional<DayOfWeek> weekday(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toLowerCase(Locale.UK).substring(0, 2);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.UK).startsWith(t)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
