package io.strikeimpact.ingest;

import io.strikeimpact.ingest.returns.ReturnReader;
import io.strikeimpact.ingest.source.SourceFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The fingerprint of one file of a folder, computed by the thread that runs this task while another
 * parses the file; {@link #streamed} and {@link #get} wait for it, giving back its failure as
 * thrown there. Named classes rather than lambdas: a lambda is linked the first time it runs, which
 * every cold read of an extract would pay.
 */
final class Sha256Task implements Runnable, ReturnReader.Sha256Later {
  private final FutureTask<Sha256.Streamed> task;

  Sha256Task(SourceFolder folder, String name) {
    this.task = new FutureTask<>(new Hash(folder, name));
  }

  @Override
  public void run() {
    task.run();
  }

  /** The file's SHA-256, lower-case hex, once computed. */
  @Override
  public String get() throws IOException {
    return streamed().sha256();
  }

  /** The file's fingerprint and length, once computed. */
  Sha256.Streamed streamed() throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while computing the SHA-256", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(cause);
    }
  }

  private static final class Hash implements Callable<Sha256.Streamed> {
    private final SourceFolder folder;
    private final String name;

    Hash(SourceFolder folder, String name) {
      this.folder = folder;
      this.name = name;
    }

    @Override
    public Sha256.Streamed call() throws IOException {
      try (InputStream in = folder.open(name)) {
        return Sha256.of(in);
      }
    }
  }
}
