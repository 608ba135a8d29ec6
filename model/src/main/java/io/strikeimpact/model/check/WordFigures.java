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
  record WordFigure(int start, int end, double value, Kind kind, boolean rounded) {
    /** A share, a multiple or a round count: never exact. */
    WordFigure(int start, int end, double value, Kind kind) {
      this(start, end, value, kind, true);
    }
  }

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

  /** The words of a count below a hundred, and "a" for one before a multiplier. */
  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
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
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));

  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  /** A word, and what joins it to the next: a space or a hyphen ("forty-three"). */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z]+");

  /**
   * What after a count in words below a hundred makes it a figure: "forty-three appointments",
   * "twelve inpatient procedures", "seventy-two hours", "forty-eight per cent". "The three
   * hospitals", "one of the sites" and "two thirds" are no counts.
   */
  private static final Pattern COUNTS_AFTER =
      Pattern.compile(
          "^(?:[- ](?:hours?|days?)\\b|\\s*(?:per ?cent|%)|\\s+(?:times|a day|an hour|per day"
              + "|per hour|each day|every day)\\b"
              // Up to two words between, but none that starts a phrase of its own: "one of the
              // appointments" is no count.
              + "|\\s+(?:(?!(?:of|the|in|a|an|and|or|to|at|than|for|on|by|every|each)\\b)"
              + "[\\w-]+\\s+){0,2}?(?:appointments?|operations?"
              + "|procedures?|treatments?|day cases?|outpatients?|inpatients?|patients?|clinics?"
              + "|attendances?|nurses|doctors|consultants|staff)\\b)",
          Pattern.CASE_INSENSITIVE);

  /**
   * A count in British words: "three hundred and forty-three", "one thousand two hundred and six",
   * "a hundred", "twelve hundred", "two and a half thousand", "a dozen".
   *
   * @param rounded it ends in a multiplier ("two thousand", "a hundred", "a dozen"), so it is never
   *     exact; "three hundred and forty-three" is
   */
  record Cardinal(int start, int end, double value, boolean rounded) {}

  /** The words of the text as tokens, lower case, with where each starts and ends. */
  private record Token(String word, int start, int end) {}

  /**
   * Every count in words in {@code text}, longest first from the left: "three hundred and
   * forty-three" is one count, 343, not 300 and 43. A count of one word below a hundred is found
   * only where words after it make it one ({@link #COUNTS_AFTER}); one with a multiplier anywhere
   * but "hundreds of" and "thousands of".
   */
  static List<Cardinal> cardinals(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher t = TOKEN.matcher(text);
    while (t.find()) {
      tokens.add(new Token(t.group().toLowerCase(Locale.UK), t.start(), t.end()));
    }
    List<Cardinal> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0 && joined(text, tokens.get(i - 1), tokens.get(i), "-")) {
        continue; // "twenty-first", "one-off": the word before makes it no count
      }
      Parse p = new Parser(text, tokens, i).number();
      if (p == null) {
        continue;
      }
      Token last = tokens.get(p.next() - 1);
      int end = last.end();
      // "twenty-first": a hyphen into a word that is no count or unit of time ends no count.
      if (end < text.length() - 1
          && text.charAt(end) == '-'
          && Character.isLetter(text.charAt(end + 1))
          && !text.substring(end + 1).matches("(?is)(?:hours?|days?)\\b.*")) {
        continue;
      }
      String after = text.substring(end);
      if (!p.multiplied() && !COUNTS_AFTER.matcher(after).find()) {
        continue;
      }
      if (p.rounded() && after.matches("(?is)\\s+of\\b.*")) {
        continue; // "a hundred of", as the words of a round count before were never a figure
      }
      found.add(new Cardinal(tokens.get(i).start(), end, p.value(), p.rounded()));
      i = p.next() - 1;
    }
    return found;
  }

  /** The value of {@code words} if they are one count in words and nothing else. */
  static java.util.OptionalDouble cardinal(String words) {
    List<Token> tokens = new ArrayList<>();
    Matcher t = TOKEN.matcher(words);
    while (t.find()) {
      tokens.add(new Token(t.group().toLowerCase(Locale.UK), t.start(), t.end()));
    }
    Parse p = tokens.isEmpty() ? null : new Parser(words, tokens, 0).number();
    return p != null && p.next() == tokens.size() && words.strip().equals(words)
        ? java.util.OptionalDouble.of(p.value())
        : java.util.OptionalDouble.empty();
  }

  private static boolean joined(String text, Token a, Token b, String by) {
    return text.substring(a.end(), b.start()).equals(by);
  }

  /** A count read from the words from one token on, and the token after it. */
  private record Parse(double value, int next, boolean multiplied, boolean rounded) {}

  /** Reads British number words, each joined to the next by one space or a hyphen. */
  private static final class Parser {
    private final String text;
    private final List<Token> tokens;
    private final int from;

    Parser(String text, List<Token> tokens, int from) {
      this.text = text;
      this.tokens = tokens;
      this.from = from;
    }

    private String word(int i) {
      return i < tokens.size() ? tokens.get(i).word() : "";
    }

    /** What stands between token i - 1 and token i. */
    private String gap(int i) {
      return text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
    }

    /** Whether token i follows token i - 1 with one space between, or a hyphen if allowed. */
    private boolean follows(int i, boolean hyphen) {
      if (i >= tokens.size() || i == 0) {
        return false;
      }
      String gap = text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
      return gap.equals(" ") || hyphen && gap.equals("-");
    }

    Parse number() {
      Parse low = belowThousand(from, true);
      if (low == null) {
        return null;
      }
      int i = low.next();
      if (follows(i, true) && word(i).equals("thousand") && !(low.value() == 0)) {
        double value = low.value() * 1_000;
        int next = i + 1;
        Parse rest = tail(next, this::belowThousandAfterThousand);
        if (rest == null && next < tokens.size() && gap(next).equals(", ")) {
          // "three thousand, four hundred and fifty-one": the comma some write in words. Only
          // hundreds after it, so "two thousand, five were" stays two counts.
          Parse hundreds = belowThousandAfterThousand(next);
          rest = hundreds != null && hundreds.multiplied() ? hundreds : null;
        }
        if (rest != null) {
          return new Parse(value + rest.value(), rest.next(), true, rest.rounded());
        }
        return new Parse(value, next, true, true);
      }
      return low;
    }

    /** "and six", "two hundred and six", "six" after "thousand" or "hundred": the rest of it. */
    private Parse tail(int i, java.util.function.IntFunction<Parse> part) {
      if (follows(i, false) && word(i).equals("and") && follows(i + 1, false)) {
        Parse p = part.apply(i + 1);
        if (p != null) {
          return p;
        }
      }
      return follows(i, false) ? part.apply(i) : null;
    }

    private Parse belowThousandAfterThousand(int i) {
      Parse p = belowThousand(i, false);
      // "four thousand and five hundred thousand" is no count; the rest is below a thousand.
      return p == null || follows(p.next(), true) && word(p.next()).equals("thousand") ? null : p;
    }

    /** A count below a thousand: "three hundred and forty-three", "a hundred", "twelve hundred". */
    private Parse belowThousand(int i, boolean first) {
      Parse low;
      if (word(i).equals("a") && (follows(i + 1, false))) {
        low = new Parse(1, i + 1, false, false);
        String next = word(i + 1);
        if (!next.equals("hundred") && !next.equals("thousand") && !next.equals("dozen")) {
          return null;
        }
      } else {
        low = belowHundred(i);
      }
      if (low == null) {
        return null;
      }
      int n = low.next();
      // "two and a half thousand"
      if (follows(n, false)
          && word(n).equals("and")
          && word(n + 1).equals("a")
          && word(n + 2).equals("half")
          && follows(n + 1, false)
          && follows(n + 2, false)
          && follows(n + 3, false)
          && (word(n + 3).equals("thousand") || word(n + 3).equals("hundred"))) {
        double unit = word(n + 3).equals("thousand") ? 1_000 : 100;
        if (!first && unit == 1_000) {
          return null;
        }
        return new Parse((low.value() + 0.5) * unit, n + 4, true, true);
      }
      if (follows(n, false) && word(n).equals("dozen")) {
        return low.value() == 0 ? null : new Parse(low.value() * 12, n + 1, true, true);
      }
      if (follows(n, true) && word(n).equals("hundred") && low.value() > 0) {
        double value = low.value() * 100;
        Parse rest = tail(n + 1, this::belowHundredAfterHundred);
        if (rest != null) {
          return new Parse(value + rest.value(), rest.next(), true, false);
        }
        return new Parse(value, n + 1, true, true);
      }
      return low;
    }

    private Parse belowHundredAfterHundred(int i) {
      Parse p = belowHundred(i);
      // "four hundred and five hundred" is two counts, not 405 and a word left over.
      return p == null
              || follows(p.next(), true)
                  && (word(p.next()).equals("hundred") || word(p.next()).equals("dozen"))
              || p.value() == 0
          ? null
          : p;
    }

    /** "forty-three", "forty three", "seventeen", "zero". */
    private Parse belowHundred(int i) {
      String w = word(i);
      Integer unit = UNITS.get(w);
      if (unit != null) {
        return new Parse(unit, i + 1, false, false);
      }
      Integer ten = TENS.get(w);
      if (ten == null) {
        return null;
      }
      Integer ones = UNITS.get(word(i + 1));
      if (follows(i + 1, true) && ones != null && ones > 0 && ones < 10) {
        return new Parse(ten + ones, i + 2, false, false);
      }
      return new Parse(ten, i + 1, false, false);
    }
  }

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
    for (Cardinal n : cardinals(sentence)) {
      addUnlessOverlapping(found, new WordFigure(n.start(), n.end(), n.value(), null, n.rounded()));
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
    String w = word.toLowerCase(Locale.UK);
    return w.equals("a") ? 1 : UNITS.containsKey(w) ? UNITS.get(w) : TENS.get(w);
  }

  private static double parts(String numerator) {
    return numerator == null ? 1 : numeral(numerator);
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
