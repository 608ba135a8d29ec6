package io.strikeimpact.ingest.table.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadAheadInputStreamTest {

  /** A stream that gives at most {@code step} bytes a read, as an inflater does. */
  private static InputStream trickle(byte[] bytes, int step) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, step));
      }
    };
  }

  private static byte[] randomBytes(long seed, int length) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(
      ints = {
        0,
        1,
        ReadAheadInputStream.CHUNK - 1,
        ReadAheadInputStream.CHUNK,
        ReadAheadInputStream.CHUNK + 1,
        ReadAheadInputStream.CHUNK * ReadAheadInputStream.CHUNKS * 3 + 17
      })
  void givesEveryByteInOrderWhateverTheSizesOfReadsOnEitherSide(int length) throws IOException {
    byte[] source = randomBytes(length, length);
    Random sizes = new Random(7);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new ReadAheadInputStream(trickle(source, 1 + length % 5000), "test")) {
      byte[] b = new byte[9000];
      while (true) {
        int one = in.read();
        if (one < 0) {
          break;
        }
        out.write(one);
        int n = in.read(b, 3, 1 + sizes.nextInt(b.length - 3));
        if (n < 0) {
          break;
        }
        out.write(b, 3, n);
      }
      assertEquals(-1, in.read(), "the end stays the end");
      assertEquals(-1, in.read(b, 0, 10));
    }
    assertArrayEquals(source, out.toByteArray());
  }

  @Test
  void aFailureOnTheReadingThreadIsThrownWhereItHappenedInTheStream() throws IOException {
    byte[] source = randomBytes(1, ReadAheadInputStream.CHUNK * 2);
    InputStream failing =
        new FilterInputStream(new ByteArrayInputStream(source)) {
          int given;

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (given >= ReadAheadInputStream.CHUNK) {
              throw new MalformedFileException("a part that inflates too far");
            }
            int n = super.read(b, off, Math.min(len, ReadAheadInputStream.CHUNK - given));
            given += Math.max(n, 0);
            return n;
          }
        };
    try (InputStream in = new ReadAheadInputStream(failing, "test")) {
      byte[] first = in.readNBytes(ReadAheadInputStream.CHUNK);
      assertArrayEquals(
          java.util.Arrays.copyOf(source, ReadAheadInputStream.CHUNK),
          first,
          "every byte before the failure");
      MalformedFileException e = assertThrows(MalformedFileException.class, in::read);
      assertEquals("a part that inflates too far", e.getMessage());
      assertThrows(
          MalformedFileException.class,
          in::read,
          "a failed stream does not pretend to have ended cleanly");
    }
  }

  @Test
  void closingPartWayStopsTheReadingThreadBeforeClosingTheStream() throws IOException {
    AtomicInteger readsAfterClose = new AtomicInteger();
    AtomicBoolean closed = new AtomicBoolean();
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'x';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (closed.get()) {
              readsAfterClose.incrementAndGet();
            }
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
          }

          @Override
          public void close() {
            closed.set(true);
          }
        };
    InputStream in = new ReadAheadInputStream(endless, "test");
    assertEquals('x', in.read());
    in.close();
    assertTrue(closed.get());
    assertEquals(0, readsAfterClose.get(), "no read of a closed stream");
    assertTrue(
        Thread.getAllStackTraces().keySet().stream()
            .noneMatch(t -> t.getName().equals("read-ahead test") && t.isAlive()),
        "the reading thread has ended");
  }
}
