package io.strikeimpact.ingest.table.stream;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An xlsx package on disk, opened by its zip directory, so the shared-strings table can be read
 * before the sheet whatever their order in the file, and each part inflates only as it is scanned.
 */
final class ZipFileParts implements PackageParts {
  /** As POI's ZipSecureFile: a part that inflates to more than 100 times its size is a zip bomb. */
  private static final double MAX_INFLATE_RATIO = 100;

  private static final long INFLATE_GRACE = 1 << 20;

  private final ZipFile zip;

  ZipFileParts(ZipFile zip) {
    this.zip = zip;
  }

  @Override
  public boolean has(String name) {
    return zip.getEntry(name) != null;
  }

  /** An XML part, as UTF-8 whatever it was written in, guarded against zip bombs. */
  @Override
  public InputStream open(String name) throws IOException {
    return XmlEncoding.utf8(inflate(entry(name)));
  }

  /**
   * The sheet and the shared-strings table, the parts that can be large, inflated on another thread
   * while they are scanned on this one (every xlsx takes this path, so the tests of small files
   * test the path a million rows take).
   */
  @Override
  public InputStream openLarge(String name) throws IOException {
    ZipEntry entry = entry(name);
    ReadAheadInputStream ahead = new ReadAheadInputStream(inflate(entry), entry.getName());
    try {
      return XmlEncoding.utf8(ahead);
    } catch (IOException | RuntimeException e) {
      // Not yet handed to a try-with-resources: stop its thread here, before the zip closes.
      ahead.close();
      throw e;
    }
  }

  private ZipEntry entry(String name) throws MalformedFileException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new MalformedFileException("no part " + name);
    }
    return entry;
  }

  private InputStream inflate(ZipEntry entry) throws IOException {
    long compressed = Math.max(1, entry.getCompressedSize());
    return new FilterInputStream(zip.getInputStream(entry)) {
      long inflated;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          inflated += n;
          if (inflated > INFLATE_GRACE && inflated > compressed * MAX_INFLATE_RATIO) {
            throw new MalformedFileException(
                "a part, "
                    + entry.getName()
                    + ", that inflates to more than "
                    + (int) MAX_INFLATE_RATIO
                    + " times its size, as a zip bomb does");
          }
        }
        return n;
      }
    };
  }
}
