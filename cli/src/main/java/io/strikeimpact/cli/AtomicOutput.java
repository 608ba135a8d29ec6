package io.strikeimpact.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary file in the same folder and moves it into place, so a failed
 * run never leaves a half-written pack where a finished one is expected.
 */
final class AtomicOutput {
  /** What writes the content. */
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private AtomicOutput() {}

  static void write(Path target, Writer writer) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    // createFile, not createTempFile: a temporary file is private (0600), and the finished pack
    // should have the same permissions as any other file the user writes (their umask).
    Path temp =
        folder.resolve(
            "."
                + target.getFileName()
                + "."
                + Long.toUnsignedString(System.nanoTime(), 36)
                + ".part");
    Files.createFile(temp);
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        writer.write(out);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
