package io.strikeimpact.cli;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * The known key a mistyped one was most likely meant to be, so "press.emial" is answered with "did
 * you mean press.email?" rather than a list of two dozen keys to read through.
 */
final class KeySuggestion {
  /** Further than this many single-letter edits, a key is a different word, not a typo. */
  private static final int MOST_EDITS = 3;

  private KeySuggestion() {}

  static Optional<String> nearest(String typed, Set<String> known) {
    return known.stream()
        .filter(k -> distance(typed, k) <= Math.min(MOST_EDITS, Math.max(1, k.length() / 3)))
        .min(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(k -> k));
  }

  /** Edit distance counting a swap of two neighbouring letters as one edit, as typists make it. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
