package io.strikeimpact.ingest.table.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte-level answers about a cell's text ({@link OoxmlText#isBlank}, {@link
 * OoxmlText#isPlainWord}) agree with the text itself, {@link OoxmlText#of}, on random values.
 */
class OoxmlTextTest {
  static final String[] PIECES = {
    " ",
    "\n",
    "\r",
    "\t",
    "\u00a0",
    "\u2003",
    "\u001c",
    "_x000D_",
    "_x0020_",
    "_x0041_",
    "_x0040_",
    "_x005F_",
    "_xZZZZ_",
    "_",
    "x",
    "A",
    "Z",
    "a",
    "4",
    "9",
    "-",
    ".",
    "@",
    "#",
    "\u00e9",
    "\u65e5",
    "\uD83D\uDE00",
    "APT00000001",
    "\u007f"
  };

  @Test
  void blank_and_plain_word_from_bytes_agree_with_the_text() {
    int blanks = 0;
    int words = 0;
    Random random = new Random(15);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(5);
      for (int i = 0; i < n; i++) {
        s.append(PIECES[random.nextInt(PIECES.length)]);
      }
      byte[] b = ("<" + s + ">").getBytes(StandardCharsets.UTF_8);
      String text = OoxmlText.of(s.toString());
      int count = b.length - 2;
      assertEquals(text.isEmpty(), OoxmlText.isBlank(b, 1, count), "blank: [" + s + "]");
      if (OoxmlText.isPlainWord(b, 1, count)) {
        assertTrue(XlsxCellShapesDifferentialTest.isPlainWord(text), "a plain word: [" + s + "]");
        words++;
      }
      blanks += text.isEmpty() ? 1 : 0;
    }
    assertTrue(blanks > 1000 && words > 1000, "both answers were tried: " + blanks + " " + words);
  }
}
