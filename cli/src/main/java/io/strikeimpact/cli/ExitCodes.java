package io.strikeimpact.cli;

/** The exit codes of every command, listed in {@code --help}. */
final class ExitCodes {
  static final int OK = 0;

  /** Problems in the data, with {@code --strict}. */
  static final int DATA_PROBLEMS = 1;

  /** The command line itself was wrong. */
  static final int USAGE = 2;

  /** An input folder or file could not be read. */
  static final int UNREADABLE_INPUT = 3;

  /** An output could not be written; nothing half-written is left behind. */
  static final int OUTPUT_FAILED = 4;

  /** A defect in Strike Impact itself. */
  static final int INTERNAL_ERROR = 5;

  private ExitCodes() {}
}
