package io.strikeimpact.ingest.screen;

import java.util.Locale;
import java.util.Set;

/**
 * What a line-level extract's cell may show of itself when it is not a value the profile or the
 * reference files recognise. A PAS extract has a row per patient's appointment, and its cells hold
 * what operators typed: a name ("Smith J - F/U ring pt") or a hospital number ("K1234567 DC") in
 * the type column looks like any other text, so no screen by content can tell it from an unknown
 * type word. The rule is therefore general, not a pattern per identifier: such text is shown only
 * when it is a number or a date as written (short runs of digits, date punctuation, month and day
 * names), and otherwise described by its length, never quoted; the message keeps its file, sheet
 * and cell so the analyst can open the cell.
 */
public final class FreeText {
  /** Why a value is not shown, said wherever one is withheld. */
  public static final String WHY = "withheld: a line-level extract may hold patient details";

  /**
   * The longest run of digits a number or date shown may have: a count, a code, a day, a year, an
   * Excel serial's whole part. A hospital number or a telephone number has more.
   */
  static final int LONGEST_DIGIT_RUN = 5;

  /**
   * A value of text left out by a line-level extract's filter is named, with its rows, only when it
   * is on this many rows at least: a code the system writes ("DNA", "Cancelled by hospital")
   * recurs, while what an operator typed about one patient is on a row or a few. Rarer text is
   * counted under one entry, not named.
   */
  public static final int RECURRING = 10;

  private static final Set<String> DATE_WORDS =
      Set.of(
          "jan",
          "feb",
          "mar",
          "apr",
          "may",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "am",
          "pm",
          "t",
          "z");

  private FreeText() {}

  /**
   * Whether the text may be shown as it is: blank, or a number or date as written ("3", "-2",
   * "1,010.5", "13/03/2023", "Mon 13 Mar 2023 09:30", "20230313") with no patient identifier in it.
   * Any other word, and any run of more than {@value #LONGEST_DIGIT_RUN} digits but a date written
   * yyyyMMdd or a decimal fraction, makes it free text.
   */
  public static boolean isShowable(String text) {
    if (text == null) {
      return true;
    }
    String t = text.strip();
    int i = 0;
    int n = t.length();
    if (n > 40) {
      return false;
    }
    boolean afterPoint = false;
    while (i < n) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        int start = i;
        while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
          i++;
        }
        int run = i - start;
        if (run > LONGEST_DIGIT_RUN && !afterPoint && !(run == 8 && isCompactDate(t, start))) {
          return false;
        }
        afterPoint = false;
      } else if (isLetter(c)) {
        int start = i;
        while (i < n && isLetter(t.charAt(i))) {
          i++;
        }
        if (!DATE_WORDS.contains(t.substring(start, i).toLowerCase(Locale.ROOT))) {
          return false;
        }
        afterPoint = false;
      } else if (c == ' ' || c == '/' || c == '-' || c == ':' || c == ',' || c == '+') {
        afterPoint = false;
        i++;
      } else if (c == '.') {
        afterPoint = true;
        i++;
      } else {
        return false;
      }
    }
    return Identifiers.scrub(t).equals(t) && Identifiers.byContent(t).isEmpty();
  }

  /**
   * Whether the text has the shape of an ODS code ("RGN", "RM1", "R0A01"): three to five capital
   * letters and digits, a letter first. A site code the register lacks is shown, as it names an
   * organisation, not a patient; a hospital number is longer.
   */
  public static boolean isOdsCode(String text) {
    String t = text.strip();
    if (t.length() < 3 || t.length() > 5 || t.charAt(0) < 'A' || t.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /** Eight digits that read as a day between 1990 and 2099 written yyyyMMdd. */
  private static boolean isCompactDate(String t, int start) {
    int year = Integer.parseInt(t.substring(start, start + 4));
    int month = Integer.parseInt(t.substring(start + 4, start + 6));
    int day = Integer.parseInt(t.substring(start + 6, start + 8));
    return year >= 1990 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c);
  }

  /**
   * The text described, not quoted: {@code text that is not a type word (7 characters, withheld: a
   * line-level extract may hold patient details)}.
   *
   * @param notA what the text should have been, with its article: "a type word"
   */
  public static String withheld(String text, String notA) {
    int length = text.strip().length();
    return "text that is not "
        + notA
        + " ("
        + length
        + (length == 1 ? " character, " : " characters, ")
        + WHY
        + ")";
  }

  /** The text as it is when {@link #isShowable}, else {@link #withheld}. */
  public static String shown(String text, String notA) {
    return isShowable(text) ? text : withheld(text, notA);
  }

  /** A cell of a rejected row in place of its text: {@code [text withheld, 7 characters]}. */
  public static String withheldCell(String text) {
    int length = text.strip().length();
    return "[text withheld, " + length + (length == 1 ? " character]" : " characters]");
  }
}
