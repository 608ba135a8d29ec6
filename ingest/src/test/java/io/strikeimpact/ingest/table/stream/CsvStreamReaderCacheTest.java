package io.strikeimpact.ingest.table.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.screen.Identifiers;
import io.strikeimpact.ingest.screen.RoughDates;
import io.strikeimpact.ingest.table.CsvDialect;
import io.strikeimpact.ingest.table.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * What the one-pass csv read relies on: a repeated value is one string, a column that does not
 * repeat still reads right once its cache is off, a "plain word" is never an identifier or a date,
 * and a file that is not UTF-8 is told apart wherever its first bad byte is.
 */
class CsvStreamReaderCacheTest {
  @Test
  void a_repeated_value_is_the_same_string_and_unique_values_read_right() throws Exception {
    StringBuilder csv = new StringBuilder("Id,Site\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("APT").append(i).append(',').append(i % 2 == 0 ? "RM1" : "RCX").append('\n');
    }
    List<String> ids = new ArrayList<>();
    List<String> sites = new ArrayList<>();
    new CsvStreamReader()
        .read(
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
            row -> {
              ids.add(row.text(0));
              sites.add(row.text(1));
            });
    assertEquals(20_001, ids.size());
    for (int i = 0; i < 20_000; i++) {
      assertEquals("APT" + i, ids.get(i + 1));
      assertEquals(i % 2 == 0 ? "RM1" : "RCX", sites.get(i + 1));
    }
    assertSame(sites.get(1), sites.get(20_000 - 1));
  }

  /** Values that look like identifiers or dates, and values near them. */
  static final List<String> CLOSE =
      List.of(
          "APT00000001",
          "943 476 5919",
          "9434765919",
          "+9.434765919E9",
          ".9434765919E10",
          "9.434765919E9d",
          "NR4 7UY",
          "nr47uy",
          "NR4 7U1",
          "a@b.co",
          "ab@c.d1",
          "13/03/2023",
          "2023-03-13",
          "A13/03/2023",
          "Infinity",
          "NaN",
          "x1",
          "Ward 7",
          "B7 1",
          "EC1A 1BB",
          "M1 1AE1");

  @Test
  void a_plain_word_is_never_an_identifier_nor_a_date() throws Exception {
    List<String> values = new ArrayList<>(CLOSE);
    Random random = new Random(15);
    String alphabet = "AZaz09@. -+/E";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder v = new StringBuilder();
      int n = 1 + random.nextInt(14);
      for (int j = 0; j < n; j++) {
        v.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      values.add(v.toString());
    }
    StringBuilder csv = new StringBuilder();
    for (String v : values) {
      csv.append('"').append(v).append("\"\n");
    }
    List<String> plain = new ArrayList<>();
    new CsvStreamReader()
        .read(
            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
            row -> {
              if (row.isPlainWord(0)) {
                plain.add(row.text(0));
              }
            });
    assertTrue(plain.contains("APT00000001"));
    assertTrue(plain.contains("Ward 7"));
    assertTrue(plain.contains("NR4 7U1"), "not a postcode: its inward code ends in a digit");
    assertFalse(plain.contains("NR4 7UY"), "a postcode");
    assertFalse(plain.contains("ab@c.d1"), "holds an @");
    assertTrue(plain.size() > 1000, "the random values hold plain words: " + plain.size());
    for (String v : plain) {
      assertTrue(Identifiers.byContent(v).isEmpty(), v);
      assertTrue(RoughDates.parse(v).isEmpty(), v);
    }
  }

  @Test
  void bytes_that_are_not_utf8_are_found_in_any_buffer_and_cut_sequences_at_the_end()
      throws Exception {
    byte[] good = "caf\u00e9,\u20ac5\n".repeat(30_000).getBytes(StandardCharsets.UTF_8);
    assertTrue(readIfUtf8(good));
    byte[] late = good.clone();
    late[late.length - 3] = (byte) 0xE9; // a lone Latin-1 e-acute near the end
    assertFalse(readIfUtf8(late));
    byte[] cut = java.util.Arrays.copyOf(good, good.length - 1); // "5\n" -> "5", no cut
    assertTrue(readIfUtf8(cut));
    byte[] open = java.util.Arrays.copyOf(good, good.length + 1);
    open[open.length - 1] = (byte) 0xC3; // the first byte of a two-byte sequence, then nothing
    assertFalse(readIfUtf8(open));
  }

  static boolean readIfUtf8(byte[] bytes) throws UnreadableFileException {
    return new CsvStreamReader(CsvDialect.UTF8_COMMA)
        .readIfUtf8(new ByteArrayInputStream(bytes), row -> row.text(0));
  }
}
