package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.check.WordFigures.WordFigure;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Counts in full British number words ("three hundred and forty-three", "one thousand two hundred
 * and six", "a hundred", "a dozen") read as the count they say, not the round figure they start
 * with: the red team's "three hundred and forty-three" was read as 300. Words for every count up to
 * 99,999, made by a generator of this test's own, read back as that count.
 */
class BritishNumberWordsTest {
  private static final String[] UNITS = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };

  /** British words for n below 100,000: "and" before the last part below a hundred. */
  static String british(int n) {
    if (n == 0) {
      return "zero";
    }
    int thousands = n / 1000;
    int rest = n % 1000;
    StringBuilder s = new StringBuilder();
    if (thousands > 0) {
      s.append(belowThousand(thousands)).append(" thousand");
    }
    if (rest > 0) {
      if (thousands > 0) {
        s.append(rest < 100 ? " and " : " ");
      }
      s.append(belowThousand(rest));
    }
    return s.toString();
  }

  private static String belowThousand(int n) {
    int hundreds = n / 100;
    int rest = n % 100;
    if (hundreds == 0) {
      return belowHundred(rest);
    }
    return UNITS[hundreds] + " hundred" + (rest == 0 ? "" : " and " + belowHundred(rest));
  }

  private static String belowHundred(int n) {
    if (n < 20) {
      return UNITS[n];
    }
    return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + UNITS[n % 10]);
  }

  @Test
  void the_british_words_for_every_count_below_100000_read_back_as_that_count() {
    for (int n = 0; n < 100_000; n++) {
      String words = british(n);
      assertEquals(n, WordFigures.cardinal(words).orElse(-1), words);
    }
  }

  @Test
  void in_a_sentence_the_words_for_a_count_are_one_figure_of_that_count() {
    Random random = new Random(20261205);
    for (int k = 0; k < 5_000; k++) {
      int n = random.nextInt(100_000);
      String words = british(n);
      // Press offices write "a hundred", "A thousand", and a space for the hyphen too.
      if (random.nextBoolean()) {
        words = words.replaceFirst("^one (hundred|thousand)", "a $1");
      }
      if (random.nextInt(4) == 0) {
        words = words.replace('-', ' ');
      }
      String sentence = "The trusts rescheduled " + words + " outpatient appointments in March.";
      List<WordFigure> found = WordFigures.find(sentence);
      assertEquals(1, found.size(), () -> sentence + " " + found);
      WordFigure f = found.getFirst();
      assertEquals(n, f.value(), sentence);
      assertEquals(words, sentence.substring(f.start(), f.end()), sentence);
    }
  }

  @Test
  void a_count_ending_in_hundred_thousand_or_dozen_is_round_and_one_that_does_not_is_exact() {
    assertTrue(only("Two thousand appointments were moved.").rounded());
    assertTrue(only("A hundred operations were moved.").rounded());
    assertTrue(only("Around a dozen clinics were cancelled.").rounded());
    assertEquals(12, only("Around a dozen clinics were cancelled.").value());
    assertEquals(24, only("Two dozen clinics were cancelled.").value());
    assertEquals(2500, only("Two and a half thousand appointments were moved.").value());
    assertEquals(1200, only("Twelve hundred appointments were moved.").value());
    assertEquals(false, only("Three hundred and forty-three appointments were moved.").rounded());
    assertEquals(
        false, only("One thousand two hundred and six appointments were moved.").rounded());
  }

  @Test
  void number_words_that_are_no_count_are_left_alone() {
    for (String notAFigure :
        List.of(
            "The three hospitals took part.",
            "One of the appointments was moved.",
            "It was the twenty-first day of the dispute.",
            "Hundreds of appointments and thousands of operations.",
            "A one-off payment.")) {
      assertEquals(List.of(), WordFigures.find(notAFigure), notAFigure);
    }
  }

  private static WordFigure only(String sentence) {
    List<WordFigure> found = WordFigures.find(sentence);
    assertEquals(1, found.size(), () -> sentence + " " + found);
    return found.getFirst();
  }

  @Test
  void a_count_in_full_words_is_checked_as_exactly_that_count() {
    List<FigureCheck> checks =
        FigureChecker.check(
            Drafts.story(),
            "During the March strike the James Paget rescheduled three hundred and forty-three"
                + " appointments.\n"
                + "During the March strike the James Paget rescheduled three hundred and forty-four"
                + " appointments.\n"
                + "During the March strike the Queen Elizabeth rescheduled nine hundred and"
                + " thirty-two appointments.");
    assertEquals(
        List.of(
            "three hundred and forty-three | MATCHES",
            "three hundred and forty-four | DIFFERS",
            "nine hundred and thirty-two | MATCHES"),
        checks.stream().map(c -> c.figure() + " | " + c.verdict()).toList(),
        () -> checks.stream().map(FigureCheck::describe).toList().toString());
    assertTrue(checks.get(0).detail().startsWith("JPUH's total"), checks.get(0).describe());
    assertTrue(checks.get(1).detail().contains("343"), checks.get(1).describe());
  }
}
