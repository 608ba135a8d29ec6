package io.strikeimpact.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * A folder of input files, seen as relative names: a directory on disk, or files held in memory for
 * tests. Hidden files and Excel lock files ({@code ~$book.xlsx}) are not listed.
 */
public interface SourceFolder {

  /** Every file's name relative to the folder, with '/' separators, sorted. */
  List<String> names() throws IOException;

  /**
   * The Excel lock files ({@code ~$book.xlsx}) in the folder, which {@link #names()} leaves out, so
   * a reader can say it skipped them: Excel writes one while someone has the workbook open.
   */
  default List<String> lockFiles() throws IOException {
    return List.of();
  }

  /** Whether a relative name is an Excel lock file: its last part starts with {@code ~$}. */
  static boolean isLockFile(String name) {
    return name.substring(name.lastIndexOf('/') + 1).startsWith("~$");
  }

  /** Opens one of {@link #names()}; the caller closes the stream. */
  InputStream open(String name) throws IOException;

  /**
   * Where one of {@link #names()} is on disk, when it is, so a large file can be read by random
   * access (an xlsx file's zip directory) rather than copied. Empty by default.
   */
  default java.util.Optional<java.nio.file.Path> path(String name) throws IOException {
    return java.util.Optional.empty();
  }

  /**
   * Whether a relative name is one a person put there as input: not hidden (no part starts with a
   * dot) and not an Excel lock file (starts with {@code ~$}).
   */
  static boolean isInput(String name) {
    for (String part : name.split("/")) {
      if (part.isEmpty() || part.startsWith(".") || part.startsWith("~$")) {
        return false;
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return !lower.endsWith("thumbs.db") && !lower.endsWith("desktop.ini");
  }
}
