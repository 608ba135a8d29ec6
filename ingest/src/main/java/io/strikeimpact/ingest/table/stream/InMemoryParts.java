package io.strikeimpact.ingest.table.stream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An xlsx package held in memory, every part inflated once. For small workbooks (a summary return
 * is a few kilobytes): a large extract is read from disk by {@link XlsxStreamReader#read}, which
 * inflates only the parts it needs, as it scans them.
 */
final class InMemoryParts implements PackageParts {
  /** As POI's ZipSecureFile: a package that inflates to more than 100 times its size is a bomb. */
  private static final long MAX_INFLATE_RATIO = 100;

  private static final long INFLATE_GRACE = 1 << 20;

  private final Map<String, byte[]> parts;

  private InMemoryParts(Map<String, byte[]> parts) {
    this.parts = parts;
  }

  /** Whether the bytes start as a zip file does ({@code PK\3\4}). */
  static boolean looksLikeZip(byte[] file) {
    return file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
  }

  /**
   * Inflates every part of a zip held in memory.
   *
   * @throws MalformedFileException when two parts share a name or the whole inflates beyond the
   *     zip-bomb limit
   * @throws IOException when the zip is broken
   */
  static InMemoryParts of(byte[] file) throws IOException {
    long limit = Math.max(INFLATE_GRACE, file.length * MAX_INFLATE_RATIO);
    long inflated = 0;
    Map<String, byte[]> parts = new HashMap<>();
    byte[] buffer = new byte[16 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        int n;
        while ((n = zip.read(buffer)) > 0) {
          inflated += n;
          if (inflated > limit) {
            throw new MalformedFileException(
                "a package that inflates to more than "
                    + MAX_INFLATE_RATIO
                    + " times its size, as a zip bomb does");
          }
          part.write(buffer, 0, n);
        }
        if (parts.put(entry.getName(), part.toByteArray()) != null) {
          throw new MalformedFileException("two parts named " + entry.getName());
        }
      }
    }
    return new InMemoryParts(parts);
  }

  @Override
  public boolean has(String name) {
    return parts.containsKey(name);
  }

  @Override
  public InputStream open(String name) throws IOException {
    byte[] part = parts.get(name);
    if (part == null) {
      throw new MalformedFileException("no part " + name);
    }
    return XmlEncoding.utf8(new ByteArrayInputStream(part));
  }
}
