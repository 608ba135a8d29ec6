package io.strikeimpact.cli;

import io.strikeimpact.ingest.DataFolderReader;
import java.io.PrintWriter;

/**
 * A progress bar on standard error while returns are read, drawn only when it is a terminal: CI
 * logs and cron mail get no carriage returns.
 */
final class TerminalProgress implements DataFolderReader.Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private boolean drawn;

  private TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  /** A bar when standard error is a terminal, otherwise nothing. */
  static DataFolderReader.Progress forTerminal(PrintWriter err) {
    return isTerminal() ? new TerminalProgress(err) : DataFolderReader.Progress.NONE;
  }

  @Override
  public void reading(int done, int total, String name) {
    if (total == 0) {
      return;
    }
    if (name.isEmpty()) {
      if (drawn) {
        err.print("\r" + " ".repeat(WIDTH + 80) + "\r");
        err.flush();
      }
      return;
    }
    int filled = done * WIDTH / total;
    String shown = name.length() > 60 ? "..." + name.substring(name.length() - 57) : name;
    err.print(
        "\rReading returns ["
            + "#".repeat(filled)
            + ".".repeat(WIDTH - filled)
            + "] "
            + (done + 1)
            + "/"
            + total
            + " "
            + shown
            + " ".repeat(Math.max(0, 60 - shown.length())));
    err.flush();
    drawn = true;
  }

  /**
   * Whether this process talks to a terminal. Java 22 and later give a console even when output is
   * redirected and say so through {@code Console.isTerminal()}; Java 21 gives none.
   */
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null || System.getenv("CI") != null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
