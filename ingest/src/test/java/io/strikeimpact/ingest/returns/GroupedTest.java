package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Digits grouped by hand are those {@code NumberFormat.getIntegerInstance(Locale.UK)} writes. */
class GroupedTest {
  @Test
  void the_same_as_number_format_on_every_length() {
    NumberFormat uk = NumberFormat.getIntegerInstance(Locale.UK);
    long[] edges = {0, 1, 9, 10, 999, 1000, 1001, 999_999, 1_000_000, 1_000_001, Long.MAX_VALUE};
    for (long n : edges) {
      assertEquals(uk.format(n), Grouped.of(n), "n = " + n);
      assertEquals(uk.format(-n), Grouped.of(-n), "n = " + -n);
    }
    assertEquals(uk.format(Long.MIN_VALUE), Grouped.of(Long.MIN_VALUE));
    Random random = new Random(15);
    for (int i = 0; i < 100_000; i++) {
      long n = random.nextLong() >> random.nextInt(64);
      assertEquals(uk.format(n), Grouped.of(n), "n = " + n);
    }
    assertEquals("1,000,001", Grouped.of(1_000_001));
  }
}
