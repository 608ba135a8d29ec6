package io.strikeimpact.ingest.table.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream ahead of its reader on another thread, a few chunks at a time: a sheet's XML is
 * inflated on one core while the scanner reads it on the other, so inflating (the floor of any xlsx
 * reader) no longer adds to the scan. Memory is bounded by {@link #CHUNKS} chunks, whatever the
 * size of the part.
 *
 * <p>A failure on the reading thread (a zip bomb guard, a broken deflate stream) is thrown to the
 * caller at the point in the stream where it happened, as it would have been without read-ahead.
 * {@link #close} stops the reading thread and waits for it before closing the stream, so the zip
 * file is never closed under a read.
 */
final class ReadAheadInputStream extends InputStream {
  static final int CHUNK = 1 << 16;
  static final int CHUNKS = 8;

  /** What the reading thread hands over: bytes, the end of the stream, or a failure. */
  private record Chunk(byte[] bytes, int length, Throwable failure) {
    static final Chunk END = new Chunk(new byte[0], -1, null);
  }

  private final InputStream in;
  private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(CHUNKS);
  private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(CHUNKS + 2);
  private final Thread reader;
  private volatile boolean closed;

  private Chunk current;
  private int pos;

  ReadAheadInputStream(InputStream in, String name) {
    this.in = in;
    reader = Thread.ofPlatform().daemon().name("read-ahead " + name).unstarted(this::readAhead);
    reader.start();
  }

  private void readAhead() {
    try {
      int made = 0;
      while (!closed) {
        // Chunks are made as needed, so a small part costs one, and reused once read.
        byte[] b = spare.poll();
        if (b == null) {
          b = made < CHUNKS + 2 ? new byte[CHUNK] : spare.take();
          made++;
        }
        int n = fillChunk(b);
        if (n <= 0) {
          full.put(Chunk.END);
          return;
        }
        full.put(new Chunk(b, n, null));
      }
    } catch (InterruptedException e) {
      // Closed by the caller: nothing more to hand over.
    } catch (IOException | RuntimeException | Error e) {
      try {
        full.put(new Chunk(null, -1, e));
      } catch (InterruptedException closing) {
        // Closed by the caller while failing: the failure has no one to go to.
      }
    }
  }

  /** Fills a whole chunk where the stream allows, so the threads hand over rarely. */
  private int fillChunk(byte[] b) throws IOException {
    int n = 0;
    while (n < b.length) {
      int r = in.read(b, n, b.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }

  /** The chunk to read from, or null at the end of the stream. */
  private Chunk chunk() throws IOException {
    if (current != null && pos < current.length()) {
      return current;
    }
    if (current == Chunk.END) {
      return null;
    }
    if (current != null && current.failure() == null) {
      spare.add(current.bytes());
    }
    if (current == null || current.failure() == null) {
      try {
        current = full.take();
      } catch (InterruptedException e) {
        current = null;
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading " + reader.getName());
      }
    }
    pos = 0;
    // A failure stays: every later read throws it again rather than seeming to reach the end.
    Throwable failure = current.failure();
    if (failure != null) {
      switch (failure) {
        case IOException io -> throw io;
        case RuntimeException r -> throw r;
        case Error error -> throw error;
        default -> throw new IOException(failure);
      }
    }
    return current == Chunk.END ? null : current;
  }

  @Override
  public int read() throws IOException {
    Chunk c = chunk();
    return c == null ? -1 : c.bytes()[pos++] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    Chunk c = chunk();
    if (c == null) {
      return -1;
    }
    int n = Math.min(len, c.length() - pos);
    System.arraycopy(c.bytes(), pos, b, off, n);
    pos += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    reader.interrupt();
    boolean interrupted = false;
    while (true) {
      try {
        reader.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    in.close();
  }
}
