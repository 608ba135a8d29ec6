package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.DateFormats;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date cell that names a week rather than a day: "w/c 13/03/2023", "Week commencing 13 March
 * 2023", "w/e 19/03/23". Weekly activity returns are labelled this way, and read as the one day
 * they name, a week's figures would all fall on the Monday: a rate a day of action would then
 * divide a week's activity by one day. So such a row covers the days of action in its week, not a
 * day.
 *
 * @param first the week's first day
 * @param last the week's last day (six days after the first)
 */
record WeekLabel(LocalDate first, LocalDate last) {
  /**
   * The words before the date: commencing, beginning and starting name the first day; ending names
   * the last. Abbreviations as NHS returns write them (w/c, w.c., wc, w/b, w/e, w.e., we); the
   * longest words are tried first, so "Week ending" is not "We" and a date "ek ending ...".
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)\\s*(?:(week\\s+(?:commencing|beginning|starting|of)|wk\\s+(?:comm?|beg|start)\\w*"
              + "|w\\s*[/.]?\\s*c\\.?|w\\s*[/.]?\\s*b\\.?)"
              + "|(week\\s+ending|wk\\s+end\\w*|w\\s*[/.]?\\s*e\\.?))"
              + "\\s*[:\\-]?\\s*(.+?)\\s*");

  /** Day-first patterns a week label's date is also read in, beside the profile's own. */
  private static final DateFormats BRITISH =
      DateFormats.parse(
          "dd/MM/yyyy|d/M/yyyy|dd/MM/yy|d/M/yy|d MMMM yyyy|d MMM yyyy|d-MMM-yy|yyyy-MM-dd");

  static Optional<WeekLabel> parse(String text, DateFormats formats) {
    Matcher m = LABEL.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String dateText = m.group(3).replaceAll("(?i)(\\d)(st|nd|rd|th)\\b", "$1");
    Optional<LocalDate> date = formats.parseDate(dateText).or(() -> BRITISH.parseDate(dateText));
    if (date.isEmpty()) {
      return Optional.empty();
    }
    boolean ending = m.group(2) != null;
    LocalDate first = ending ? date.get().minusDays(6) : date.get();
    return Optional.of(new WeekLabel(first, first.plusDays(6)));
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  /** "the week of 13 to 19 March 2023", for messages. */
  String describe() {
    return "the week of " + HouseStyle.days(first.datesUntil(last.plusDays(1)).toList());
  }
}
