package io.strikeimpact.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tables and prose fit the width they are given, and lose no character on the way. */
class TextTableWidthTest {
  private static final String WORD_CHARS = "abcdefghijklmnopqrstuvwxyzN&0123456789/.,-_'()";

  private static String word(Random r, int longest) {
    StringBuilder w = new StringBuilder().append((char) ('a' + r.nextInt(26)));
    int length = 1 + r.nextInt(longest);
    while (w.length() < length) {
      w.append(WORD_CHARS.charAt(r.nextInt(WORD_CHARS.length())));
    }
    return w.toString();
  }

  private static String words(Random r, int count, int longest) {
    List<String> ws = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ws.add(word(r, longest));
    }
    return String.join(" ", ws);
  }

  /** Every character but spaces, sorted: what a wrapping may move but never lose. */
  private static String characters(String text) {
    return text.replace(" ", "")
        .replace("\n", "")
        .chars()
        .sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  @Test
  void wrapped_lines_fit_and_keep_every_character_in_order() {
    Random r = new Random(20261202);
    for (int run = 0; run < 2000; run++) {
      String text = words(r, r.nextInt(30), 1 + r.nextInt(70));
      int width = 1 + r.nextInt(120);
      List<String> lines = Wrap.lines(text, width);
      for (String line : lines) {
        assertTrue(line.length() <= width, width + ": [" + line + "] of " + text);
      }
      assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""), text);
    }
  }

  @Test
  void a_long_file_name_breaks_after_a_slash_dash_or_dot_never_inside_a_word() {
    assertEquals(
        List.of("see", "returns/QMM/", "icb-summary-", "march-2023.csv"),
        Wrap.lines("see returns/QMM/icb-summary-march-2023.csv", 14));
    assertEquals(List.of("abcdefgh", "ij"), Wrap.lines("abcdefghij", 8), "cut only with no break");
  }

  @Test
  void a_paragraph_hangs_its_later_lines_under_the_first_after_the_bullet() {
    assertEquals(
        "- the stated total is\n  10 more than the sum\n",
        Wrap.paragraph("the stated total is 10 more than the sum", 22, "- ", "  "));
    assertEquals(
        "- one line however long it is\n",
        Wrap.paragraph("one line however long it is", Wrap.UNLIMITED, "- ", "  "));
  }

  @Test
  void any_table_fits_any_width_from_40_and_keeps_every_character() {
    Random r = new Random(13032023);
    for (int run = 0; run < 500; run++) {
      int columns = 1 + r.nextInt(12);
      String[] headers = new String[columns];
      boolean[] numeric = new boolean[columns];
      for (int c = 0; c < columns; c++) {
        numeric[c] = r.nextBoolean();
        headers[c] = words(r, 1 + r.nextInt(6), 12) + (numeric[c] ? ">" : "");
      }
      TextTable table = new TextTable(headers);
      StringBuilder headings = new StringBuilder();
      for (String h : headers) {
        headings.append(h.endsWith(">") ? h.substring(0, h.length() - 1) : h);
      }
      StringBuilder expected = new StringBuilder();
      int rows = r.nextInt(6);
      for (int row = 0; row < rows; row++) {
        String[] cells = new String[columns];
        for (int c = 0; c < columns; c++) {
          cells[c] =
              numeric[c]
                  ? String.format("%,d", r.nextInt(2_000_000))
                  : words(r, 1 + r.nextInt(12), 1 + r.nextInt(30));
          expected.append(cells[c]);
        }
        table.row(cells);
      }
      int width = 40 + r.nextInt(140);
      String out = table.render(width);
      StringBuilder seen = new StringBuilder();
      for (String line : out.split("\n")) {
        assertTrue(line.length() <= width, width + ": [" + line + "]\n" + out);
        if (!line.matches("[- ]+")) {
          seen.append(line);
        }
      }
      // In columns the headings are written once; in blocks, once a row (once with no rows).
      boolean columnsFit = out.lines().anyMatch(l -> l.matches("-[- ]*"));
      expected.append(headings.toString().repeat(columnsFit || rows == 0 ? 1 : rows));
      assertEquals(characters(expected.toString()), characters(seen.toString()), out);
    }
  }

  @Test
  void figures_never_wrap_and_the_heading_sits_on_the_rule() {
    String out =
        new TextTable("Site", "Rescheduled a day of action>", "Note")
            .row("N&N", "1,150.3", "")
            .row("QEH", "310.7", "did not take part in the nursing strikes")
            .render(40);
    assertEquals(
        """
              Rescheduled a
        Site  day of action  Note
        ----  -------------  -------------------
        N&N         1,150.3
        QEH           310.7  did not take part
                             in the nursing
                             strikes
        """,
        out);
  }

  @Test
  void a_table_too_wide_for_columns_is_written_as_a_block_a_row() {
    String out =
        new TextTable("Severity", "Where", "Message")
            .row(
                "error",
                "returns/RM1/nnuh-junior-doctors-march-2023.xlsx, sheet Detail, cell B7",
                "the word 'sevral' where a number of appointments was expected")
            .render(40);
    assertEquals(
        """
        Severity  error
        Where     returns/RM1/nnuh-junior-
                  doctors-march-2023.xlsx, sheet
                  Detail, cell B7
        Message   the word 'sevral' where a
                  number of appointments was
                  expected
        """,
        out);
  }

  @Test
  void unlimited_keeps_each_row_on_one_line_as_before() {
    TextTable t =
        new TextTable("Site", "Note").row("QEH", "did not take part in the nursing strikes");
    assertEquals(t.render(), t.render(Wrap.UNLIMITED));
    assertEquals(
        "Site  Note\n----  ----------------------------------------\n"
            + "QEH   did not take part in the nursing strikes\n",
        t.render());
  }
}
