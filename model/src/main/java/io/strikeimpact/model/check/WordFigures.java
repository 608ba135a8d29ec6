package io.strikeimpact.model.check;

import io.strikeimpact.model.check.Fact.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures a press office writes in words: shares ("nearly three quarters of the total", "more than
 * half the appointments"), multiples ("more than double the nursing strikes", "twice as many") and
 * round counts ("two thousand appointments"). Words are never exact, so each is judged as "about"
 * unless its own qualifier says otherwise.
 *
 * <p>Only words in the places that make them figures are found: a fraction before "of", "the" or a
 * verb, not "the first half of March" or "the third strike"; a multiple before "the", "that" or
 * "as", not "a double whammy"; hundreds and thousands, not "thousands of" (which claims no figure).
 */
final class WordFigures {
  private WordFigures() {}

  /** A figure in words: where it is, its value, and the kind of figure its words make it. */
  record WordFigure(int start, int end, double value, Kind kind) {}

  private static final String SMALL =
      "a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
          + "|forty|fifty|sixty|seventy|eighty|ninety";

  private static final Pattern FRACTION =
      Pattern.compile(
          "\\b(?:(a|one|two|three|four)[- ])?(half|thirds?|quarters?|fifths?)"
              + "(?=\\s+(?:of|the|all|those|these|were|was|are|is)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A share as so many in so many: "one in five of the appointments", "three in four were", "1 in 5
   * appointments". Only before the words that make it a share, not "one in five days".
   */
  private static final Pattern IN_EVERY =
      Pattern.compile(
          "\\b(one|two|three|four|five|six|seven|eight|nine|[1-9])\\s+in\\s+(?:every\\s+)?"
              + "(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10|20|100)\\b"
              + "(?=\\s+(?:of|the|all|those|these|were|was|are|is|had|rescheduled|postponed|moved"
              + "|cancelled|appointments?|operations?|procedures?|treatments?|outpatient|inpatient"
              + "|patients?)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A change by a fraction: "up by a third", "fell by half", "a quarter more", "two thirds higher".
   * The fraction is the change in per cent, its direction read from the words around it.
   */
  private static final Pattern CHANGE_FRACTION =
      Pattern.compile(
          "(?<=\\bby\\s)(?:(a|one|two|three|four)[- ])?(half|thirds?|quarters?|fifths?)\\b"
              + "|\\b(a|one|two|three|four)[- ](half|thirds?|quarters?|fifths?)"
              + "(?=\\s+(?:more|higher|fewer|lower|greater|less|up|down|bigger|smaller)\\b)",
          Pattern.CASE_INSENSITIVE);

  /** Words before a fraction that make it part of a period or an ordinal, not a share. */
  private static final Pattern NOT_A_SHARE =
      Pattern.compile(
          "\\b(?:the|first|second|last|latest|final|next)\\s+$", Pattern.CASE_INSENSITIVE);

  private static final Pattern MULTIPLE =
      Pattern.compile(
          "\\b(double|twice|treble|triple)(?=\\s+(?:the|that|those|as|what|its|their|his|her)\\b)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern ROUND_COUNT =
      Pattern.compile(
          "\\b(" + SMALL + ")[- ](hundred|thousand)\\b(?![- ]?s\\b)(?!\\s+of\\b)",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> NUMERALS =
      Map.ofEntries(
          Map.entry("a", 1),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("fifteen", 15),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  /** Every figure in words in {@code sentence}, in the order they appear. */
  static List<WordFigure> find(String sentence) {
    List<WordFigure> found = new ArrayList<>();
    Matcher f = FRACTION.matcher(sentence);
    while (f.find()) {
      String numerator = f.group(1);
      if (numerator == null && NOT_A_SHARE.matcher(sentence.substring(0, f.start())).find()) {
        continue;
      }
      double share = parts(numerator) / denominator(f.group(2));
      found.add(new WordFigure(f.start(), f.end(), 100 * share, Kind.PERCENT));
    }
    Matcher c = CHANGE_FRACTION.matcher(sentence);
    while (c.find()) {
      String numerator = c.group(1) != null ? c.group(1) : c.group(3);
      String fraction = c.group(2) != null ? c.group(2) : c.group(4);
      if (numerator == null && !fraction.equalsIgnoreCase("half")) {
        continue; // "by third" is no figure
      }
      addUnlessOverlapping(
          found,
          new WordFigure(
              c.start(), c.end(), 100 * parts(numerator) / denominator(fraction), Kind.PERCENT));
    }
    Matcher in = IN_EVERY.matcher(sentence);
    while (in.find()) {
      double parts = number(in.group(1));
      double whole = number(in.group(2));
      if (parts < whole) {
        addUnlessOverlapping(
            found, new WordFigure(in.start(), in.end(), 100 * parts / whole, Kind.PERCENT));
      }
    }
    Matcher m = MULTIPLE.matcher(sentence);
    while (m.find()) {
      String word = m.group(1).toLowerCase(Locale.UK);
      double times = word.equals("double") || word.equals("twice") ? 2 : 3;
      found.add(new WordFigure(m.start(), m.end(), times, Kind.RATIO));
    }
    Matcher r = ROUND_COUNT.matcher(sentence);
    while (r.find()) {
      double unit = r.group(2).equalsIgnoreCase("thousand") ? 1_000 : 100;
      found.add(
          new WordFigure(
              r.start(), r.end(), NUMERALS.get(r.group(1).toLowerCase(Locale.UK)) * unit, null));
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  private static void addUnlessOverlapping(List<WordFigure> found, WordFigure w) {
    if (found.stream().noneMatch(o -> o.start() < w.end() && w.start() < o.end())) {
      found.add(w);
    }
  }

  /** A count written in digits or in words: "5", "five". */
  private static double number(String text) {
    return Character.isDigit(text.charAt(0)) ? Integer.parseInt(text) : numeral(text);
  }

  /** The value of a number word up to ninety ("three", "a", "twenty"). */
  static int numeral(String word) {
    return NUMERALS.get(word.toLowerCase(Locale.UK));
  }

  private static double parts(String numerator) {
    return numerator == null ? 1 : NUMERALS.get(numerator.toLowerCase(Locale.UK));
  }

  private static double denominator(String word) {
    return switch (word.toLowerCase(Locale.UK).replaceAll("s$", "")) {
      case "half" -> 2;
      case "third" -> 3;
      case "quarter" -> 4;
      default -> 5;
    };
  }
}
