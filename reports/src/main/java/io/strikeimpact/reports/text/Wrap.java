package io.strikeimpact.reports.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping for the terminal. Lines break at spaces; a word longer than a line (a file path, a
 * long name) breaks after a {@code /}, {@code -}, {@code .} or {@code _} where one fits, and is cut
 * only when it has none, so a file name reads whole wherever it can.
 */
public final class Wrap {
  /** No limit: every paragraph stays on one line ({@code --wide}). */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  private Wrap() {}

  /** The text in lines of at most {@code width} characters (at least one line, maybe empty). */
  public static List<String> lines(String text, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("a width of at least 1, not " + width);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!line.isEmpty() && line.length() + 1 + word.length() <= width) {
        line.append(' ').append(word);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (rest.length() > width) {
        int cut = breakPoint(rest, width);
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * A paragraph for the terminal: its first line starts with {@code first} (a bullet, say), the
   * lines after it with {@code rest}, each line at most {@code width} long where the words allow.
   */
  public static String paragraph(String text, int width, String first, String rest) {
    int room =
        width == UNLIMITED
            ? UNLIMITED
            : Math.max(20, width - Math.max(first.length(), rest.length()));
    StringBuilder out = new StringBuilder();
    List<String> lines = lines(text, room);
    for (int i = 0; i < lines.size(); i++) {
      out.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
    }
    return out.toString();
  }

  /** Where to break a word longer than {@code width}: after the last break character that fits. */
  private static int breakPoint(String word, int width) {
    for (int i = width; i > 0; i--) {
      if ("/-._".indexOf(word.charAt(i - 1)) >= 0) {
        return i;
      }
    }
    return width;
  }

  /** The longest word of the text: no wrapping keeps it whole in fewer characters. */
  static int longestWord(String text) {
    int longest = 0;
    for (String word : text.split(" +")) {
      longest = Math.max(longest, word.length());
    }
    return longest;
  }
}
