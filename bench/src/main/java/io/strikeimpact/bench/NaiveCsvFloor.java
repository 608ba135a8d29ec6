package io.strikeimpact.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The csv floor: a plain Java read of the file's lines split on commas, no quoting, no checks.
 * Prints the lines and fields it saw so the work cannot be optimised away.
 */
public final class NaiveCsvFloor {
  public static void main(String... args) throws IOException {
    long lines = 0;
    long fields = 0;
    try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lines++;
        fields += line.split(",").length;
      }
    }
    System.out.println("lines " + lines + " fields " + fields);
  }
}
