package io.strikeimpact.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes files through temporary files in the same folder and moves them into place, so a failed
 * run never leaves a half-written pack where a finished one is expected. A pack of several files is
 * moved into place only when every one of them was written: a PDF without its workbook is never
 * left behind.
 */
final class AtomicOutput {
  /** What writes the content. */
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** One file of a pack, and what writes it. */
  record Part(Path target, Writer writer) {}

  private AtomicOutput() {}

  static void write(Path target, Writer writer) throws IOException {
    writeAll(List.of(new Part(target, writer)));
  }

  /**
   * Writes every part, at the same time (a PDF and a workbook are rendered by different libraries
   * and share nothing but the computed analysis, which is immutable), then moves them all into
   * place. If any part fails, none is moved and every temporary file is deleted; the first failure
   * is thrown, an IOException as it is and anything else as the unchecked exception it was.
   */
  static void writeAll(List<Part> parts) throws IOException {
    List<Path> temps = new ArrayList<>();
    try {
      for (Part part : parts) {
        temps.add(temporaryBeside(part.target()));
      }
      List<CompletableFuture<Void>> writing = new ArrayList<>();
      // Threads of its own: the common pool has one thread on a two-core machine.
      try (ExecutorService threads = Executors.newFixedThreadPool(parts.size())) {
        for (int i = 0; i < parts.size(); i++) {
          Part part = parts.get(i);
          Path temp = temps.get(i);
          writing.add(
              CompletableFuture.runAsync(
                  () -> {
                    try (OutputStream out = Files.newOutputStream(temp)) {
                      part.writer().write(out);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  },
                  threads));
        }
        for (CompletableFuture<Void> f : writing) {
          try {
            f.join();
          } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
              throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
              throw r;
            }
            if (cause instanceof Error error) {
              throw error;
            }
            throw e;
          }
        }
      }
      for (int i = 0; i < parts.size(); i++) {
        move(temps.get(i), parts.get(i).target());
      }
    } finally {
      for (Path temp : temps) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static Path temporaryBeside(Path target) throws IOException {
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
    return Files.createFile(temp);
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
