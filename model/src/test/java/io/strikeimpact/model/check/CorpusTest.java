package io.strikeimpact.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each sentence of src/test/resources/check-text/corpus.txt gives its expected verdict. */
class CorpusTest {
  record Case(
      int line,
      String data,
      String style,
      String text,
      String figure,
      Verdict verdict,
      String detail) {
    @Override
    public String toString() {
      return "line " + line + " (" + style + "): " + figure;
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = CorpusTest.class.getResourceAsStream("/check-text/corpus.txt")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i].strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] f = l.split("\\s*\\|\\s*", -1);
        if (f.length != 6) {
          throw new IllegalStateException(
              "corpus.txt line " + (i + 1) + ": expected 6 fields separated by |, got " + f.length);
        }
        cases.add(new Case(i + 1, f[0], f[1], f[2], f[3], Verdict.valueOf(f[4]), f[5]));
      }
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_give_the_expected_verdict(Case c) {
    Analysis data =
        switch (c.data()) {
          case "story" -> Drafts.story();
          case "april" -> Drafts.withApril();
          default -> throw new IllegalArgumentException("unknown data " + c.data());
        };
    List<FigureCheck> checks = FigureChecker.check(data, c.text());
    String listing =
        checks.stream()
            .map(k -> k.figure() + " -> " + k.describe())
            .collect(Collectors.joining("\n  ", "\n  ", ""));
    FigureCheck check =
        checks.stream()
            .filter(k -> k.figure().equals(c.figure()))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("No check for \"" + c.figure() + "\":" + listing));
    assertEquals(c.verdict(), check.verdict(), check.describe() + listing);
    assertTrue(check.detail().contains(c.detail()), check.describe());
  }

  @Test
  void should_hold_at_least_thirty_sentences_in_each_of_three_styles() throws IOException {
    List<Case> cases = cases();
    assertTrue(cases.size() >= 30, () -> cases.size() + " cases");
    for (String style : List.of("paper", "release", "board")) {
      assertTrue(cases.stream().filter(c -> c.style().equals(style)).count() >= 8, style);
    }
  }
}
