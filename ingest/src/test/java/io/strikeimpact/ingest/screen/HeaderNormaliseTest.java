package io.strikeimpact.ingest.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A header normalised by hand is what the regular expression it replaced gave: on seeded random
 * headers of letters in both cases, digits, punctuation, blanks and characters whose lower case is
 * not ASCII or is longer ('İ'), and on real headers.
 */
class HeaderNormaliseTest {
  private static final String POOL = "aZz09 \t-_./()[]#:'\u00a0\u2003éÉİßK\u212a\uFEFF";

  private static String byRegex(String header) {
    return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  @Test
  void the_same_as_the_regular_expression() {
    for (String h :
        new String[] {
          "NHS No.", "  Patient  Surname ", "D.O.B.", "Date of Birth (dd/mm/yyyy)", "", " ", "--"
        }) {
      assertEquals(byRegex(h), Identifiers.normalise(h), h);
    }
    Random random = new Random(15);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder h = new StringBuilder();
      int n = random.nextInt(24);
      for (int k = 0; k < n; k++) {
        h.append(POOL.charAt(random.nextInt(POOL.length())));
      }
      assertEquals(byRegex(h.toString()), Identifiers.normalise(h.toString()), h.toString());
    }
  }
}
