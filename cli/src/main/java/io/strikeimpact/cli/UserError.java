package io.strikeimpact.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

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

  /**
   * What went wrong with a file, in words. {@link NoSuchFileException} and {@link
   * AccessDeniedException} carry only the path as their message, so printing {@code getMessage()}
   * alone tells the user nothing.
   */
  static String reason(IOException e) {
    if (e instanceof FileSystemException f) {
      String what =
          f instanceof NoSuchFileException
              ? "no such file or folder"
              : f instanceof AccessDeniedException
                  ? "permission denied"
                  : f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
      return f.getFile() != null ? what + ": " + f.getFile() : what;
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
