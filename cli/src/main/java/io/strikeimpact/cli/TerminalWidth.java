package io.strikeimpact.cli;

import io.strikeimpact.reports.text.Wrap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How wide the lines of a table may be: the terminal's width when there is one (the {@code COLUMNS}
 * the shell exports, else what {@code stty} says of the terminal), otherwise 100, which every
 * terminal window and a pasted e-mail take; {@code --wide} lifts the limit.
 */
final class TerminalWidth {
  static final int DEFAULT = 100;

  /** Narrower than this, a table is not worth fitting: the default is used instead. */
  static final int NARROWEST = 40;

  private TerminalWidth() {}

  static int of(boolean wide) {
    return wide ? Wrap.UNLIMITED : of(System.getenv(), TerminalProgress.isTerminal());
  }

  static int of(Map<String, String> env, boolean terminal) {
    Integer columns = parse(env.get("COLUMNS"));
    if (columns != null) {
      return columns;
    }
    if (terminal) {
      Integer stty = stty();
      if (stty != null) {
        return stty;
      }
    }
    return DEFAULT;
  }

  private static Integer parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(text.strip());
      return n >= NARROWEST ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * "rows columns" from {@code stty size}, read from the terminal itself; null if it cannot say.
   */
  private static Integer stty() {
    try {
      Process p =
          new ProcessBuilder("stty", "size")
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/tty")))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(1, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      String[] size =
          new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
              .strip()
              .split(" ");
      return size.length == 2 ? parse(size[1]) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
