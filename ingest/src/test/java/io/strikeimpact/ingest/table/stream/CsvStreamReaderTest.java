package io.strikeimpact.ingest.table.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strikeimpact.ingest.table.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming csv reader reads what Commons CSV reads, as the table reader sets it up. */
class CsvStreamReaderTest {
  static List<String> rows(byte[] bytes) throws UnreadableFileException {
    List<String> rows = new ArrayList<>();
    new CsvStreamReader()
        .read(
            new ByteArrayInputStream(bytes),
            row -> {
              List<String> cells = new ArrayList<>();
              for (int c = 0; c < row.width(); c++) {
                cells.add(row.text(c));
              }
              rows.add(row.number() + " " + String.join("|", cells));
            });
    return rows;
  }

  @Test
  void reads_quotes_bom_crlf_blank_lines_and_trims_spaces() throws UnreadableFileException {
    String csv =
        "\uFEFFSite,Name,Count\r\n RM1 ,\"The Queen Elizabeth Hospital, King's Lynn\",\"1,234\"\r\n\r\n"
            + "RCX,\"say \"\"hi\"\"\nthere\",5\nRGP,,";
    assertEquals(
        List.of(
            "1 Site|Name|Count",
            "2 RM1|The Queen Elizabeth Hospital, King's Lynn|1,234",
            "4 RCX|say \"hi\"\nthere|5",
            "5 RGP"),
        rows(csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void an_unclosed_quote_or_bytes_that_are_not_utf8_make_the_file_unreadable() {
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class, () -> rows("a,\"b\nc".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "a file that cannot be read as csv (a quoted field that is never closed, from record 1)",
        e.found());
    e =
        assertThrows(
            UnreadableFileException.class, () -> rows(new byte[] {'a', ',', (byte) 0xE9, '\n'}));
    assertEquals("bytes that are not UTF-8 text", e.found());
  }

  @Test
  void a_fault_downstream_is_said_to_be_the_suites_never_the_files() {
    UnreadableFileException e =
        assertThrows(
            UnreadableFileException.class,
            () ->
                new CsvStreamReader()
                    .read(
                        new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)),
                        row -> java.util.Optional.empty().orElseThrow()));
    assertEquals("a fault in Strike Impact while reading it (NoSuchElementException)", e.found());
    org.junit.jupiter.api.Assertions.assertTrue(
        e.fix().startsWith("report it to the Strike Impact team"), e.fix());
  }
}
