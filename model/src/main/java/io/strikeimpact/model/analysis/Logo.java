package io.strikeimpact.model.analysis;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisation's logo, as the bytes of a PNG or JPEG file. Read by the command line and handed
 * down, so the reports never read a path. Equal, and written the same in {@link #toString()}, when
 * the bytes are, so an analysis with a logo still gives the same pack every time.
 *
 * @param bytes the file's bytes; copied in and out
 * @param format PNG or JPEG, as the bytes themselves say
 */
public record Logo(byte[] bytes, Format format) {
  /** The kinds of image a logo may be. */
  public enum Format {
    PNG,
    JPEG
  }

  public Logo {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(format, "format");
    bytes = bytes.clone();
    if (sniff(bytes).orElse(null) != format) {
      throw new IllegalArgumentException("the bytes are not a " + format + " image");
    }
  }

  /** A logo of these bytes, if they start as a PNG or a JPEG file does. */
  public static Optional<Logo> of(byte[] bytes) {
    return sniff(bytes).map(f -> new Logo(bytes, f));
  }

  /** PNG or JPEG, by the file's first bytes; empty for anything else. */
  public static Optional<Format> sniff(byte[] b) {
    if (b.length >= 8
        && (b[0] & 0xFF) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0D
        && b[5] == 0x0A
        && b[6] == 0x1A
        && b[7] == 0x0A) {
      return Optional.of(Format.PNG);
    }
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return Optional.of(Format.JPEG);
    }
    return Optional.empty();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The SHA-256 of the bytes, in hex. */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Logo l && l.format == format && Arrays.equals(l.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(bytes) + format.hashCode();
  }

  @Override
  public String toString() {
    return "Logo[" + format + ", " + bytes.length + " bytes, SHA-256 " + sha256() + "]";
  }
}
