package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * check-text reads any text a person pastes in; no text may make it throw. Sentences are generated
 * from a fixed seed each, so a failure names the seed that reproduces it.
 */
class CheckTextNeverThrowsTest {
  private static final List<String> PIECES =
      List.of(
          "the",
          "N&N",
          "James Paget",
          "QEH",
          "King's Lynn",
          "at",
          "junior doctors",
          "nurses",
          "RCN",
          "BMA",
          "strike",
          "walkout",
          "outpatient",
          "inpatient",
          "appointments",
          "a day",
          "an hour",
          "per cent",
          "%",
          "times",
          "more than",
          "about",
          "around",
          "nearly",
          "under",
          "up to",
          "could see",
          "estimated",
          "in total",
          "across",
          "between",
          "and",
          "to",
          "from",
          "-",
          "\u2013",
          "\u2014",
          "/",
          ".",
          ",",
          ";",
          ":",
          "!",
          "?",
          "\"",
          "'",
          "(",
          ")",
          "\n",
          "\r\n",
          "  ",
          "\t",
          "Monday",
          "Tues",
          "Saturday,",
          "January",
          "March",
          "April",
          "May",
          "Sept",
          "Dec.",
          "13th",
          "1st",
          "31st",
          "0",
          "00",
          "29",
          "30",
          "31",
          "32",
          "99",
          "2023",
          "1999",
          "2100",
          "23",
          "4,726",
          "4,736",
          "3,451",
          "1,150.3",
          "3.1",
          "0.5",
          ".5",
          "1,5",
          "1,,000",
          "12,34",
          "999999999999999999999999",
          "1e5",
          "-7",
          "13/03/2023",
          "31/04/2023",
          "13/13/2023",
          "1/1/1",
          "29/02/2023",
          "29 February 2024",
          "31 April",
          "15 to 13 March",
          "13 March to 1 May",
          "96-hour",
          "three days",
          "twelve-hour",
          "one",
          "four times",
          "\u00a0",
          "\u200b",
          "\u00ad",
          "\u202f",
          "\u2011",
          "\u2019",
          "\u201c",
          "\ufeff",
          "\u00e9",
          "\ud83d\ude91",
          "\\",
          "$",
          "\\Q",
          "(?",
          "[",
          "*");

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void should_never_throw_whatever_the_text(long seed) {
    Analysis story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    String text = sentence(new Random(seed));
    List<FigureCheck> checks =
        assertDoesNotThrow(
            () -> FigureChecker.check(story, text), () -> "seed " + seed + ": " + text);
    // A figure is quoted as written; one whose words run on over a line break ("under" / "96-hour")
    // is quoted with the break as one space.
    String oneLine = text.replaceAll("[ \t]*\\R[ \t]*", " ");
    for (FigureCheck c : checks) {
      assertTrue(
          text.contains(c.figure()) || oneLine.contains(c.figure()),
          () -> c.figure() + " is not in the text: " + text);
    }
  }

  private static String sentence(Random random) {
    StringBuilder s = new StringBuilder();
    int words = 1 + random.nextInt(40);
    for (int i = 0; i < words; i++) {
      s.append(PIECES.get(random.nextInt(PIECES.size())));
      if (random.nextInt(4) > 0) {
        s.append(' ');
      }
    }
    return s.toString();
  }
}
