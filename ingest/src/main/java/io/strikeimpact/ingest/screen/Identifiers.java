package io.strikeimpact.ingest.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises patient identifiers: a column by its header, and a single value by what it holds. Only
 * four kinds give themselves away by content: NHS numbers (ten digits whose last is the Modulus 11
 * check digit, in any spacing), full postcodes, email addresses and UK telephone numbers. Names,
 * hospital numbers and dates of birth look like any other text, id or date; their column is known
 * by its header, or for dates of birth by {@link ColumnScreen}.
 */
public final class Identifiers {
  /** A bare "Name" heads a patient's name only in a table that has other patient columns. */
  private static final Pattern WEAK_NAME = Pattern.compile("^(patient )?(full )?name$");

  private static final Pattern POSTCODE_IN_TEXT =
      Pattern.compile("(?<![0-9A-Za-z])[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}(?![0-9A-Za-z])");

  /**
   * The expressions only some values need (an email address, free text with ten digits, a header
   * with a note in brackets), compiled on first use rather than with the class: a line-level
   * extract's screen seldom needs them, and each costs a millisecond or more to compile cold.
   */
  private static final class Lazy {
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** Ten digits in free text, each pair at most one space or hyphen apart. */
    static final Pattern DIGITS_IN_TEXT =
        Pattern.compile("(?<![0-9A-Za-z.,])[0-9](?:[ \\-]?[0-9]){9}(?![0-9A-Za-z]|[.,][0-9])");

    /** A UK telephone number in free text, confirmed by {@link Identifiers#isUkPhoneNumber}. */
    static final Pattern PHONE_IN_TEXT =
        Pattern.compile(
            "(?<![0-9A-Za-z+.,/])(?:\\+44|0044|0)[ \\-]?(?:\\(0\\)[ \\-]?)?\\(?[0-9](?:[ \\-]?\\)?[ \\-]?[0-9]){8,9}(?![0-9A-Za-z]|[.,/][0-9])");

    /** A figure of billions with thousands commas: "9,434,765,919", an NHS number as a sum. */
    static final Pattern BILLIONS =
        Pattern.compile("(?<![0-9])(?<![0-9][.,])[0-9]{1,3}(?:,[0-9]{3}){3}(?![0-9]|[.,][0-9])");

    static final Pattern EMAIL_IN_TEXT =
        Pattern.compile("[A-Za-z0-9._%+'\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");

    /**
     * A note in brackets after a header: "Date of Birth (dd/mm/yyyy)", "Contact number (mobile)".
     */
    static final Pattern BRACKETED_NOTE = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]\\s*$");
  }

  private Identifiers() {}

  /**
   * The kind of identifier a column header names: "NHS No.", "Patient surname", "D.O.B.", and with
   * a note in brackets after it, "Date of Birth (dd/mm/yyyy)".
   */
  public static Optional<IdentifierKind> byHeader(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Optional<IdentifierKind> kind = byNormalisedHeader(normalise(header));
    if (kind.isEmpty() && header.indexOf('(') + header.indexOf('[') > -2) {
      String bare = Lazy.BRACKETED_NOTE.matcher(header).replaceFirst("");
      if (!bare.isBlank() && !bare.equals(header)) {
        kind = byNormalisedHeader(normalise(bare));
      }
    }
    return kind;
  }

  private static Optional<IdentifierKind> byNormalisedHeader(String h) {
    for (IdentifierKind k : IdentifierKind.values()) {
      if (k.namedBy(h)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** Whether a header is "Name" or "Full name": a patient's name only beside patient columns. */
  public static boolean isBareName(String header) {
    return WEAK_NAME.matcher(normalise(header)).matches();
  }

  /** The kind of identifier a single value is, when it shows: NHS number, postcode or email. */
  public static Optional<IdentifierKind> byContent(String value) {
    if (value == null) {
      return Optional.empty();
    }
    int length = value.length();
    if (length >= 10 && length <= 20 && isNhsNumber(value)) {
      return Optional.of(IdentifierKind.NHS_NUMBER);
    }
    if (length >= 5 && length <= 10 && isPostcode(value)) {
      return Optional.of(IdentifierKind.POSTCODE);
    }
    if (length >= 5 && value.indexOf('@') > 0 && Lazy.EMAIL.matcher(value.strip()).matches()) {
      return Optional.of(IdentifierKind.EMAIL);
    }
    if (length >= 10 && length <= 22 && isUkPhoneNumber(value)) {
      return Optional.of(IdentifierKind.PHONE);
    }
    return Optional.empty();
  }

  /**
   * Whether the text is a UK telephone number as people write them: "07700 900000", "01603 286286",
   * "(01553) 613613", "+44 (0)7700 900000", "0044 7700 900000". A national number starts with 0 and
   * a digit other than 0, 4 or 6 (the UK's area, mobile and non-geographic ranges) and has 10 or 11
   * digits; from abroad, +44 or 0044 then the same without its 0. Digits may be grouped by single
   * spaces, hyphens or a bracketed area code. By hand, as the screen asks it of every value; no
   * count is written with a leading 0, so a count column never matches.
   */
  public static boolean isUkPhoneNumber(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder digits = new StringBuilder(14);
    boolean international = false;
    boolean separatorBefore = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digits.append(c);
        separatorBefore = false;
      } else if (c == '+' && i == start) {
        international = true;
      } else if ((c == ' ' || c == '-' || c == '\u00a0' || c == '(' || c == ')')
          && !(separatorBefore && (c == ' ' || c == '-'))) {
        separatorBefore = c == ' ' || c == '-' || c == '(';
      } else {
        return false;
      }
    }
    String d = digits.toString();
    if (!international && d.startsWith("0044")) {
      international = true;
      d = d.substring(2);
    }
    if (international) {
      if (!d.startsWith("44")) {
        return false;
      }
      d = d.substring(2);
      // "+44 (0)7700 900000": the national 0 kept in brackets.
      d = d.startsWith("0") ? d : "0" + d;
    }
    if (d.length() < 10 || d.length() > 11 || d.charAt(0) != '0') {
      return false;
    }
    char range = d.charAt(1);
    return range == '1'
        || range == '2'
        || range == '3'
        || range == '5'
        || range == '7'
        || range == '8'
        || range == '9';
  }

  /**
   * Whether the value is a full UK postcode, in any case, with or without its space: an outward
   * code (one or two letters, a digit, maybe a letter or digit) and an inward code (a digit and two
   * letters). By hand, not by regular expression, as the screen asks it of every value.
   */
  public static boolean isPostcode(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && value.charAt(start) == ' ') {
      start++;
    }
    while (end > start && value.charAt(end - 1) == ' ') {
      end--;
    }
    int n = end - start;
    if (n < 5 || n > 8) {
      return false;
    }
    // The inward code: the last three characters, digit letter letter.
    if (!isDigit(value.charAt(end - 3))
        || !isLetter(value.charAt(end - 2))
        || !isLetter(value.charAt(end - 1))) {
      return false;
    }
    int outwardEnd = end - 3;
    if (value.charAt(outwardEnd - 1) == ' ') {
      outwardEnd--;
    }
    int outward = outwardEnd - start;
    if (outward < 2 || outward > 4 || !isLetter(value.charAt(start))) {
      return false;
    }
    int i = start + 1;
    if (isLetter(value.charAt(i))) {
      i++;
    }
    if (i >= outwardEnd || !isDigit(value.charAt(i))) {
      return false;
    }
    i++;
    if (i < outwardEnd && isLetterOrDigit(value.charAt(i))) {
      i++;
    }
    return i == outwardEnd;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isLetterOrDigit(char c) {
    return isDigit(c) || isLetter(c);
  }

  /**
   * Whether the text is an NHS number: ten digits in any spacing (spaces or hyphens between any of
   * them, as people type them), or as a spreadsheet writes a number ({@code 9434765919.0}, {@code
   * 9.434765919E9}), whose tenth digit is the Modulus 11 check digit of the first nine (weights 10
   * down to 2; 11 minus the remainder, 11 becoming 0; a result of 10 is never valid).
   */
  public static boolean isNhsNumber(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end - start < 10) {
      return false;
    }
    char firstOfTail = text.charAt(end - 1);
    if (!isDigit(firstOfTail)) {
      // A spreadsheet number: 9434765919.0 or 9.434765919E9.
      return isSpreadsheetNhsNumber(text.substring(start, end));
    }
    if (end - start > 2 && text.charAt(end - 2) == '.' && firstOfTail == '0') {
      end -= 2;
    }
    int count = 0;
    int sum = 0;
    int last = -1;
    boolean separatorBefore = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        if (count == 10) {
          return false;
        }
        if (count < 9) {
          sum += (c - '0') * (10 - count);
        } else {
          last = c - '0';
        }
        count++;
        separatorBefore = false;
      } else if ((c == ' ' || c == '-' || c == '\u00a0') && count > 0 && !separatorBefore) {
        separatorBefore = true;
      } else if ((c == 'E' || c == 'e') && count > 0) {
        return isSpreadsheetNhsNumber(text.substring(start, end));
      } else if (c == '.' && count == 1) {
        return isSpreadsheetNhsNumber(text.substring(start, end));
      } else {
        return false;
      }
    }
    if (count != 10) {
      return false;
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == last;
  }

  private static boolean isSpreadsheetNhsNumber(String s) {
    if (s.length() >= 16 || (s.indexOf('E') < 0 && s.indexOf('e') < 0)) {
      return false;
    }
    try {
      double d = Double.parseDouble(s);
      return d == Math.rint(d)
          && d >= 1e8
          && d < 1e10
          && isNhsNumber(String.format(Locale.ROOT, "%010d", (long) d));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * The text with every NHS number, postcode and email address in it replaced by words saying what
   * was there: the last screen on anything ingest hands on (messages, rejected rows), however the
   * value got into it.
   */
  public static String scrub(String text) {
    if (text == null || text.length() < 5) {
      return text;
    }
    String out = text;
    if (hasDigitRun(out)) {
      out = replace(out, Lazy.DIGITS_IN_TEXT, Identifiers::isNhsNumber, IdentifierKind.NHS_NUMBER);
      out = scrubNhsNumbersAnyhowSpaced(out);
      out = replace(out, Lazy.PHONE_IN_TEXT, Identifiers::isUkPhoneNumber, IdentifierKind.PHONE);
    }
    out = replace(out, POSTCODE_IN_TEXT, m -> true, IdentifierKind.POSTCODE);
    if (out.indexOf('@') >= 0) {
      out = replace(out, Lazy.EMAIL_IN_TEXT, m -> true, IdentifierKind.EMAIL);
    }
    return out;
  }

  /**
   * A cell's text as it may be read and shown: {@link #scrub}bed, and with any value typed after an
   * identifier's label ("MRN RGN1234567", "DOB 01/02/1960") replaced too. Only for what a file's
   * cells hold: a file's own name may well read "nhs-2023-03-13".
   */
  public static String scrubCell(String text) {
    String out = scrub(text);
    if (out != null && digits(out) >= LabelledValues.DIGITS) {
      out = LabelledValues.scrub(out);
    }
    return out;
  }

  /**
   * The NHS numbers a person types into a comment that {@link Lazy#DIGITS_IN_TEXT} does not take
   * for one: glued to a label ("NHSno9434765919", "no.9434765919", "x9434765919"), grouped by two
   * or three separators or by non-breaking or thin spaces ("943 476 5919", "943 - 476 - 5919"), by
   * full stops ("943.476.5919"), one after another ("9434765919 4505577104"), or written as a
   * figure of billions ("9,434,765,919").
   */
  private static String scrubNhsNumbersAnyhowSpaced(String text) {
    StringBuilder out = null;
    int last = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      // A group: digits with at most MAX_GAP separators between each two.
      int groupStart = i;
      List<int[]> segments = new ArrayList<>();
      int groupEnd;
      while (true) {
        int segStart = i;
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
        segments.add(new int[] {segStart, i});
        groupEnd = i;
        int gap = i;
        while (gap < n && gap - i < MAX_GAP && isSeparator(text.charAt(gap))) {
          gap++;
        }
        if (gap > i && gap < n && isDigit(text.charAt(gap))) {
          i = gap;
        } else {
          break;
        }
      }
      i = groupEnd;
      for (int[] span : nhsSpans(text, segments, groupStart, groupEnd)) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, last, span[0]).append(MARK_NHS);
        last = span[1];
      }
    }
    String scrubbed = out == null ? text : out.append(text, last, n).toString();
    return replace(
        scrubbed,
        Lazy.BILLIONS,
        m -> {
          String d = m.replace(",", "");
          return d.length() == 10 && isNhsNumber(d);
        },
        IdentifierKind.NHS_NUMBER);
  }

  private static final String MARK_NHS = mark(IdentifierKind.NHS_NUMBER);

  /** What stands in a text for an identifier taken out of it: "[NHS number not shown]". */
  public static String mark(IdentifierKind kind) {
    return "[" + kind.label() + " not shown]";
  }

  /** The most separators between two digits of one NHS number as typed: "943 - 476 - 5919". */
  private static final int MAX_GAP = 3;

  /**
   * Where in one group of digits an NHS number stands: the whole group when it has ten digits in
   * any grouping, else each run of ten digits or three, three and four that starts and ends where
   * the group's runs do. Not a group that is part of a decimal or a figure with thousands ("1.5",
   * "1,000,001"), nor one inside a run of letters and other digits (a SHA-256).
   */
  private static List<int[]> nhsSpans(
      String text, List<int[]> segments, int groupStart, int groupEnd) {
    if (!standsAlone(text, groupStart, groupEnd)) {
      return List.of();
    }
    int total = 0;
    for (int[] s : segments) {
      total += s[1] - s[0];
    }
    if (total < 10) {
      return List.of();
    }
    if (total == 10) {
      return isNhsNumber(digitsOf(text, groupStart, groupEnd))
          ? List.of(new int[] {groupStart, groupEnd})
          : List.of();
    }
    List<int[]> spans = new ArrayList<>();
    for (int k = 0; k < segments.size(); k++) {
      int[] s = segments.get(k);
      int[] span = null;
      if (s[1] - s[0] == 10 && !decimal(text, s[0], s[1])) {
        span = new int[] {s[0], s[1]};
      } else if (k + 2 < segments.size()
          && s[1] - s[0] == 3
          && segments.get(k + 1)[1] - segments.get(k + 1)[0] == 3
          && segments.get(k + 2)[1] - segments.get(k + 2)[0] == 4) {
        span = new int[] {s[0], segments.get(k + 2)[1]};
      }
      if (span != null && isNhsNumber(digitsOf(text, span[0], span[1]))) {
        spans.add(span);
        while (k + 1 < segments.size() && segments.get(k + 1)[0] < span[1]) {
          k++;
        }
      }
    }
    return spans;
  }

  /**
   * Whether a group of digits stands on its own: not after or before a full stop or comma that
   * joins it to other digits, and with only letters, if anything, between it and the next space or
   * mark on either side ("NHSno9434765919" does; "9f86d0818844" of a SHA-256 does not).
   */
  private static boolean standsAlone(String text, int start, int end) {
    int b = start - 1;
    if (b >= 0 && (text.charAt(b) == '.' || text.charAt(b) == ',')) {
      if (b > 0 && isDigit(text.charAt(b - 1))) {
        return false;
      }
    }
    while (b >= 0 && isLetter(text.charAt(b))) {
      b--;
    }
    if (b >= 0 && isDigit(text.charAt(b))) {
      return false;
    }
    int a = end;
    if (a < text.length() && (text.charAt(a) == '.' || text.charAt(a) == ',')) {
      if (a + 1 < text.length() && isDigit(text.charAt(a + 1))) {
        return false;
      }
    }
    while (a < text.length() && isLetter(text.charAt(a))) {
      a++;
    }
    return a >= text.length() || !isDigit(text.charAt(a));
  }

  /** Whether a run of digits is one side of a decimal point: "1.9434765919". */
  private static boolean decimal(String text, int start, int end) {
    return (start >= 2 && text.charAt(start - 1) == '.' && isDigit(text.charAt(start - 2)))
        || (end + 1 < text.length() && text.charAt(end) == '.' && isDigit(text.charAt(end + 1)));
  }

  private static String digitsOf(String text, int start, int end) {
    StringBuilder d = new StringBuilder(10);
    for (int i = start; i < end; i++) {
      if (isDigit(text.charAt(i))) {
        d.append(text.charAt(i));
      }
    }
    return d.toString();
  }

  /** What may stand between the digits of an NHS number as people type it. */
  private static boolean isSeparator(char c) {
    return c == ' '
        || c == '-'
        || c == '.'
        || c == '\t'
        || c == '\u00a0'
        || c == '\u2007'
        || c == '\u2009'
        || c == '\u202f'
        || (c >= '\u2010' && c <= '\u2015');
  }

  private static int digits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        digits++;
      }
    }
    return digits;
  }

  /** Cheap test before the regular expression: ten digits at all. */
  private static boolean hasDigitRun(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      }
    }
    return digits >= 10;
  }

  private static String replace(
      String text,
      Pattern pattern,
      java.util.function.Predicate<String> confirm,
      IdentifierKind kind) {
    Matcher m = pattern.matcher(text);
    StringBuilder out = null;
    int last = 0;
    while (m.find()) {
      if (!confirm.test(m.group())) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, last, m.start()).append(mark(kind));
      last = m.end();
    }
    if (out == null) {
      return text;
    }
    return out.append(text, last, text.length()).toString();
  }

  /**
   * The header in lower case with every run of characters other than a-z and 0-9 made one space,
   * trimmed: what {@code replaceAll("[^a-z0-9]+", " ").strip()} gives, by hand, as that compiled a
   * regular expression for each of the two calls a header cell makes.
   */
  static String normalise(String header) {
    String lower = header.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean run = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
        run = false;
      } else if (!run) {
        out.append(' ');
        run = true;
      }
    }
    return out.toString().strip();
  }
}
