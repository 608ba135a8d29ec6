package io.strikeimpact.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of two returns is the later, by these rules in turn:
 *
 * <ol>
 *   <li>the return date in the file's name ({@code 2023-03-20}, {@code 20230320}, or as the UK
 *       writes it, {@code 20-03-2023} or {@code 3 April 2023}); a dated name is later than an
 *       undated one;
 *   <li>its mark: a name marked final ({@code FINAL}, {@code final}, {@code finalised}) ranks above
 *       an unmarked one, whatever version number either has ({@code NNUH return FINAL} after {@code
 *       NNUH return v2}), and a name marked draft ranks below both; a name marked both draft and
 *       final says nothing either way and ranks as unmarked;
 *   <li>among names marked final, the version number ({@code FINAL v2} after {@code FINAL}, which
 *       has none);
 *   <li>else the file's name without its extension, in order, numbers by their value ({@code
 *       nnuh-march} before {@code nnuh-march-revised}, {@code v9} before {@code v10}).
 * </ol>
 *
 * Where the last rule decides between two names that say something (both final with no version to
 * tell them apart, or one marked both draft and final), the order is an accident of naming: {@link
 * #why} says so, for the revision's notes. Ingest uses the order to let a revision replace what it
 * revises; analysis uses it to tell figures that a later, unreadable return may have revised.
 */
public final class ReturnOrder {
  private static final Pattern RETURN_DATE =
      Pattern.compile("(20\\d\\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\\d|3[01])");

  /** Day, month and year with a separator, as a British name writes a date: 03-04-2023. */
  private static final Pattern UK_DATE =
      Pattern.compile("(?<!\\d)(0?[1-9]|[12]\\d|3[01])[-._](0?[1-9]|1[0-2])[-._](20\\d\\d)(?!\\d)");

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** A month as a name writes it in words: "april", "apr", "sept". */
  static final String MONTH_WORD =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

  /**
   * Day, month in words and year, as a person writes the date they send a return: "3 April 2023",
   * "03-Apr-2023", "3rd_april_2023". A full date is the date sent, never the month covered ({@link
   * ReturnFor}). The end of a range of days ("13-15 March 2023", "13 to 15 March 2023") is not a
   * date sent: those are the days the return covers.
   */
  static final Pattern WORD_DATE =
      Pattern.compile(
          "(?<![\\da-z])(?<!\\d[-\u2013_. ]{1,3})(?<!\\dto[-_. ])(?<!\\d[-_. ]to[-_. ])(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?[-._ ]?"
              + MONTH_WORD
              + "[-._ ,]{0,2}(20\\d\\d)(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  /** "final" as a word of a lower-cased name: "final", "FINAL_v2", "finalised". */
  private static final Pattern FINAL_WORD = Pattern.compile("(?<![a-z])final(?:i[sz]ed)?(?![a-z])");

  private static final Pattern DRAFT_WORD = Pattern.compile("(?<![a-z])draft(?![a-z])");

  /** A version number in a lower-cased name: "v2", "v 2", "version 2", "ver2". */
  private static final Pattern VERSION =
      Pattern.compile("(?<![a-z])v(?:er(?:sion)?)?[ ._-]?(\\d+)(?!\\d)");

  /** How a name is marked, from lowest to highest. */
  private enum Mark {
    DRAFT,
    UNMARKED,
    FINAL;

    static Mark of(String lowerBase) {
      boolean isFinal = FINAL_WORD.matcher(lowerBase).find();
      boolean isDraft = DRAFT_WORD.matcher(lowerBase).find();
      return isFinal == isDraft ? UNMARKED : isFinal ? FINAL : DRAFT;
    }
  }

  /** The name's version number, or 0 when it has none. */
  private static long version(String lowerBase) {
    Matcher m = VERSION.matcher(lowerBase);
    long v = 0;
    while (m.find()) {
      String digits = m.group(1);
      v = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
    return v;
  }

  private ReturnOrder() {}

  /** The return date in a file's name, if it has one that is a date of the calendar. */
  public static Optional<LocalDate> date(String name) {
    String digits = dateDigits(baseName(name));
    if (digits.equals(NO_DATE)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(digits, DateTimeFormatter.BASIC_ISO_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty(); // 31 April: not a date, so no date
    }
  }

  private static final String NO_DATE = "00000000";

  private static String baseName(String name) {
    return name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
  }

  /** The name's date as yyyyMMdd, UK-written dates first; {@link #NO_DATE} when it has none. */
  private static String dateDigits(String base) {
    Matcher uk = UK_DATE.matcher(base);
    if (uk.find()) {
      return uk.group(3) + twoDigits(uk.group(2)) + twoDigits(uk.group(1));
    }
    Matcher words = WORD_DATE.matcher(base);
    if (words.find()) {
      String month = words.group(2).toLowerCase(Locale.ROOT).substring(0, 3);
      for (java.time.Month m : java.time.Month.values()) {
        if (m.name().toLowerCase(Locale.ROOT).startsWith(month)) {
          return words.group(3)
              + String.format(Locale.ROOT, "%02d", m.getValue())
              + twoDigits(words.group(1));
        }
      }
    }
    Matcher iso = RETURN_DATE.matcher(base);
    return iso.find() ? iso.group(1) + iso.group(2) + iso.group(3) : NO_DATE;
  }

  /** A key that sorts returns from the earliest to the latest, by the rules above in turn. */
  public static String key(String name) {
    String base = baseName(name);
    String date = dateDigits(base);
    String lower = base.toLowerCase(Locale.ROOT);
    Mark mark = Mark.of(lower);
    String version =
        mark == Mark.FINAL ? String.format(Locale.ROOT, "%019d", version(lower)) + " " : "";
    return date
        + " "
        + name.substring(0, name.lastIndexOf('/') + 1)
        + mark.ordinal()
        + " "
        + version
        + byValue(lower);
  }

  /**
   * Why {@code later} is the later of two names, where its mark decided or where the order rests on
   * an accident of naming, in words for a revision's notes ("it is marked final and
   * nnuh-return-v2.xlsx is not"); empty where the date in the names decides, or the names alone
   * with nothing marked final or draft.
   */
  public static Optional<String> why(String later, String earlier) {
    String laterBase = baseName(later).toLowerCase(Locale.ROOT);
    String earlierBase = baseName(earlier).toLowerCase(Locale.ROOT);
    if (!dateDigits(baseName(later)).equals(dateDigits(baseName(earlier)))) {
      return Optional.empty();
    }
    Mark a = Mark.of(laterBase);
    Mark b = Mark.of(earlierBase);
    String other = earlier.substring(earlier.lastIndexOf('/') + 1);
    if (a != b) {
      return Optional.of(
          a == Mark.FINAL
              ? "it is marked final and "
                  + other
                  + " is not, and a name marked final ranks above"
                  + " any other, whatever its version number"
              : other + " is marked draft and it is not, and a draft ranks below any other");
    }
    if (a == Mark.FINAL && version(laterBase) != version(earlierBase)) {
      return Optional.of(
          "both are marked final and its version number is the higher ("
              + version(laterBase)
              + (version(earlierBase) == 0
                  ? ", where " + other + " has none)"
                  : " against " + version(earlierBase) + ")"));
    }
    boolean bothWays =
        FINAL_WORD.matcher(laterBase).find() && DRAFT_WORD.matcher(laterBase).find()
            || FINAL_WORD.matcher(earlierBase).find() && DRAFT_WORD.matcher(earlierBase).find();
    if (a == Mark.FINAL || bothWays) {
      return Optional.of(
          "the order is ambiguous: "
              + (bothWays
                  ? "a name marked both draft and final says neither"
                  : "both are marked final with no version number to tell them apart")
              + ", so it was taken as the later by its name alone, an accident of naming (if "
              + other
              + " is the one meant to count, add a higher version number to its name, FINAL v2,"
              + " or its return date, 2023-03-27)");
    }
    return Optional.empty();
  }

  private static String twoDigits(String n) {
    return n.length() == 1 ? "0" + n : n;
  }

  /** Every run of digits padded to one width, so that text order is number order: v9 before v10. */
  private static String byValue(String text) {
    Matcher m = DIGITS.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String digits = m.group().replaceFirst("^0+(?=\\d)", "");
      m.appendReplacement(out, "0".repeat(Math.max(0, 12 - digits.length())) + digits);
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Whether {@code later} comes after {@code earlier} as a revision would. */
  public static boolean isLater(String later, String earlier) {
    return key(later).compareTo(key(earlier)) > 0;
  }
}
