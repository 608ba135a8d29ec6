package io.strikeimpact.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The separator found from a head's bytes, a line at a time, is the one the whole head decoded and
 * split into lines gives: on seeded random heads (every line break, blank and Unicode-blank lines,
 * quotes, bytes that are not UTF-8, a head cut mid-line) and on every csv fixture of the
 * repository.
 */
class DelimiterOfHeadTest {
  private static final String[] PIECES = {
    ",",
    ";",
    "\t",
    "\"",
    "a",
    "1",
    " ",
    "\u2003",
    "\u00a0",
    "é",
    "£",
    "\n",
    "\r",
    "\r\n",
    "\r\n\r\n"
  };

  @Test
  void random_heads_give_the_split_texts_separator() {
    Random random = new Random(15);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(200);
      for (int p = 0; p < pieces; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
        byte[] head = text.toString().getBytes(charset);
        if (random.nextInt(4) == 0 && head.length > 0) {
          // Bytes that are not UTF-8, or a head cut inside a character.
          head[random.nextInt(head.length)] = (byte) (0x80 + random.nextInt(0x80));
          head = java.util.Arrays.copyOf(head, random.nextInt(head.length + 1));
        }
        assertEquals(
            CsvDialect.delimiter(new String(head, charset)),
            CsvDialect.delimiter(head, charset),
            "head " + text);
      }
    }
  }

  @Test
  void every_csv_fixture_gives_the_split_texts_separator() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> fixtures;
    try (Stream<Path> files = Files.walk(root)) {
      fixtures =
          files
              .filter(p -> p.toString().endsWith(".csv") && p.toString().contains("src/test"))
              .filter(p -> !p.toString().contains("/target/"))
              .toList();
    }
    assertEquals(true, fixtures.size() > 10, fixtures.toString());
    for (Path file : fixtures) {
      byte[] all = Files.readAllBytes(file);
      byte[] head = java.util.Arrays.copyOf(all, Math.min(all.length, Utf8Check.HEAD));
      for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
        assertEquals(
            CsvDialect.delimiter(new String(head, charset)),
            CsvDialect.delimiter(head, charset),
            file.toString());
      }
    }
  }
}
