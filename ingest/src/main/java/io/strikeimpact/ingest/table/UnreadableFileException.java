package io.strikeimpact.ingest.table;

/**
 * A file that cannot be read as a table at all: empty, corrupt, password-protected, or without the
 * sheet asked for. Carries what was found and what to do, for one ERROR on the whole file.
 */
public final class UnreadableFileException extends Exception {
  private final String found;
  private final String expected;
  private final String fix;

  public UnreadableFileException(String found, String expected, String fix, Throwable cause) {
    super(found + "; expected " + expected, cause);
    this.found = found;
    this.expected = expected;
    this.fix = fix;
  }

  public String found() {
    return found;
  }

  public String expected() {
    return expected;
  }

  public String fix() {
    return fix;
  }
}
