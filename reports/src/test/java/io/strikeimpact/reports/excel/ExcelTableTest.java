package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The layout and safety rules of one table, on their own. */
class ExcelTableTest {

  @Test
  void text_that_a_spreadsheet_would_read_as_a_formula_is_flagged_for_a_quote_prefix() {
    for (String risky :
        new String[] {"=1+2", "+44 1603", "-3", "@SUM(A1)", "  =HYPERLINK(\"x\")", "\t=1", "\r1"}) {
      assertTrue(
          Styles.looksLikeFormula(risky), () -> "should be flagged: " + risky.replace("\t", "\\t"));
    }
    for (String plain : new String[] {"", "   ", "N&N", "qeh.csv", "1+2=3", "n/a", "King's Lynn"}) {
      assertFalse(Styles.looksLikeFormula(plain), () -> "should not be flagged: " + plain);
    }
  }

  @Test
  void headings_wrap_at_spaces_to_the_column_width() {
    assertEquals(1, Table.linesFor("Total", 12));
    assertEquals(2, Table.linesFor("Rescheduled a day of action", 16));
    assertEquals(1, Table.linesFor("not applicable", 14));
    assertEquals(2, Table.linesFor("Share of total", 12));
    // "Difference" | "(stated minus" (13 characters, just fits) | "summed)".
    assertEquals(3, Table.linesFor("Difference (stated minus summed)", 13));
  }

  @Test
  void a_word_longer_than_the_column_takes_as_many_lines_as_it_needs() {
    // The width counts the cell's margins (1.5): 11 leaves 9.5 widths of "0", and "a" is as wide.
    assertEquals(3, Table.linesFor("a".repeat(25), 11));
    assertEquals(2, Table.linesFor("a".repeat(19), 11));
    assertEquals(3, Table.linesFor("a".repeat(20), 11));
  }

  @Test
  void line_breaks_start_new_lines() {
    assertEquals(3, Table.linesFor("one\ntwo\nthree", 40));
  }
}
