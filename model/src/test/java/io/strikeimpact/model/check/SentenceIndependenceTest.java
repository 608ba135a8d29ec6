package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.fixtures.EnglandData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A property of check-text over whole drafts: a sentence that does not go on from the one before it
 * ("It", "They", "Of these", "the same strike") is checked exactly as it would be alone, whatever
 * comes before it. Nothing one sentence names can turn another's right figure wrong or "not found"
 * (red team of 4 December 2026, ct-british-phrasing: after a sentence on the nursing strikes,
 * March's 882, 932 and 4,726 were "not found" and 47.9 an hour "differs").
 *
 * <p>Drafts: the red team's and a press officer's (both in check-text/), each sentence after every
 * other of its draft; and sentences of those and of the seed story in random runs (seeded, so a
 * failure can be run again).
 */
class SentenceIndependenceTest {
  private static final List<String> DRAFTS =
      List.of("redteam-british-phrasing.txt", "press-office-march.txt", "../seed-article.txt");

  // One checker for every draft: its facts are worked out once, so the test stays fast.
  private final FigureChecker checker = FigureChecker.of(EnglandData.analysis());

  /** A figure's check without its line: what must not change with what comes before. */
  private record Said(String figure, Verdict verdict, String detail) {
    static Said of(FigureCheck c) {
      return new Said(c.figure(), c.verdict(), c.detail());
    }
  }

  private List<Said> alone(String sentence) {
    return checker.checkAll(sentence).stream().map(Said::of).toList();
  }

  /** The checks of the last line of {@code text}. */
  private List<Said> lastLine(String text) {
    int last = (int) text.lines().count();
    return checker.checkAll(text).stream().filter(c -> c.line() == last).map(Said::of).toList();
  }

  private static List<String> sentences(String draft) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : BritishPhrasingTest.read(draft).split("\\R")) {
      if (!line.isBlank()) {
        out.addAll(FigureChecker.sentences(line.strip()));
      }
    }
    return out;
  }

  @Test
  void a_sentence_that_does_not_go_on_is_checked_as_alone_after_any_other_of_its_draft()
      throws IOException {
    int pairs = 0;
    for (String draft : DRAFTS.subList(0, 2)) {
      List<String> all = sentences(draft);
      for (String s : all) {
        if (ContextReader.continues(s)) {
          continue;
        }
        List<Said> alone = alone(s);
        if (alone.isEmpty()) {
          continue;
        }
        for (String before : all) {
          if (before != s) {
            assertEquals(alone, lastLine(before + "\n" + s), () -> before + "\n" + s);
            pairs++;
          }
        }
      }
    }
    assertTrue(pairs > 300, pairs + " pairs");
  }

  @Test
  void a_sentence_that_does_not_go_on_is_checked_as_alone_after_any_run_of_sentences()
      throws IOException {
    List<String> pool = new ArrayList<>();
    for (String draft : DRAFTS) {
      pool.addAll(sentences(draft));
    }
    Random random = new Random(20261204L);
    int runs = 0;
    while (runs < 100) {
      String s = pool.get(random.nextInt(pool.size()));
      List<Said> alone = alone(s);
      if (ContextReader.continues(s) || alone.isEmpty()) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      int run = 1 + random.nextInt(4);
      for (int k = 0; k < run; k++) {
        // Several sentences on a line as well as one a line: the rule is the sentence's.
        text.append(pool.get(random.nextInt(pool.size())))
            .append(random.nextBoolean() ? " " : "\n");
      }
      String draft = text.append(s).toString();
      List<Said> lastLine = lastLine(draft);
      // The sentence's own checks are the last ones of its line.
      assertEquals(alone, lastLine.subList(lastLine.size() - alone.size(), lastLine.size()), draft);
      runs++;
    }
  }

  @Test
  void the_words_that_go_on_from_the_sentence_before_are_read_as_such() {
    for (String goesOn :
        List.of(
            "It rescheduled 882.",
            "They moved 3,451.",
            "Of these, 882 were outpatient appointments.",
            "During it, the N&N moved 475.",
            "This meant 4,726 in all.",
            "Over the same strike, 343 were moved at the James Paget.")) {
      assertTrue(ContextReader.continues(goesOn), goesOn);
    }
    for (String fresh :
        List.of(
            "The N&N moved 3,451.",
            "In King's Lynn 932 appointments were stood down.",
            "Italy is not in the data.",
            "Thereafter 882 were moved.",
            "Nearly 48 appointments an hour were rescheduled.")) {
      assertFalse(ContextReader.continues(fresh), fresh);
    }
  }
}
