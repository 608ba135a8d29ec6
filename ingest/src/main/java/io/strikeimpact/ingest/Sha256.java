package io.strikeimpact.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 fingerprint of a file's bytes, as lower-case hex: what every provenance carries. */
public final class Sha256 {
  private Sha256() {}

  /** The fingerprint and length of a stream read to its end, in 1 MB pieces: memory stays flat. */
  public record Streamed(String sha256, long bytes) {}

  public static Streamed of(java.io.InputStream in) throws java.io.IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[1 << 20];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) >= 0) {
      digest.update(buffer, 0, n);
      total += n;
    }
    return new Streamed(HexFormat.of().formatHex(digest.digest()), total);
  }

  /** Copies a stream to a file, returning the fingerprint of what was copied. */
  public static Streamed copy(java.io.InputStream in, java.nio.file.Path to)
      throws java.io.IOException {
    try (var out = java.nio.file.Files.newOutputStream(to);
        var digesting = new java.security.DigestInputStream(in, sha256())) {
      long total = digesting.transferTo(out);
      return new Streamed(HexFormat.of().formatHex(digesting.getMessageDigest().digest()), total);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  public static String of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
