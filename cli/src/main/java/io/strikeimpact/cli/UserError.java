package io.strikeimpact.cli;

/**
 * A failure the user can act on: printed as its message, without a stack trace, and ending the
 * command with its exit code.
 */
final class UserError extends RuntimeException {
  private final int exitCode;

  UserError(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  UserError(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
