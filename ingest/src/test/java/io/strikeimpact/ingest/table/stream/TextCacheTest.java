package io.strikeimpact.ingest.table.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The text cache's hash four bytes a step is the hash one byte a step, and a hit is exact. */
class TextCacheTest {
  @Test
  void the_hash_is_the_byte_at_a_time_hash_on_every_length_and_offset() {
    Random random = new Random(15);
    byte[] d = new byte[64];
    for (int round = 0; round < 20_000; round++) {
      random.nextBytes(d);
      int from = random.nextInt(16);
      int count = random.nextInt(TextCache.MAX_LENGTH + 1);
      assertEquals(
          TextCache.hashByteAtATime(d, from, count),
          TextCache.hash(d, from, count),
          "from " + from + ", count " + count);
    }
  }

  @Test
  void a_value_is_found_only_for_its_own_bytes() {
    TextCache cache = new TextCache();
    byte[] a = "13/03/2023".getBytes();
    byte[] b = "14/03/2023".getBytes();
    cache.put(a, 0, a.length, TextCache.hash(a, 0, a.length), "13/03/2023");
    assertEquals("13/03/2023", cache.get(a, 0, a.length, TextCache.hash(a, 0, a.length)));
    // Another value given the same slot, and a prefix of the same bytes, are not it.
    assertNull(cache.get(b, 0, b.length, TextCache.hash(a, 0, a.length)));
    assertNull(cache.get(a, 0, a.length - 1, TextCache.hash(a, 0, a.length)));
  }
}
