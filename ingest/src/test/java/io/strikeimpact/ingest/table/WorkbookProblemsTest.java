package io.strikeimpact.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Red-team defect 18: a workbook POI cannot open is refused in plain words, never with the Java
 * that said so ("org.apache.xmlbeans.XmlException: error: XML document structures must start ...").
 */
class WorkbookProblemsTest {
  private static final Path RED_TEAM = Path.of("src/test/resources/redteam/g-refused-partway");

  @Test
  void a_workbook_whose_sheet_xml_is_cut_short_is_called_damaged_in_plain_words()
      throws IOException {
    UnreadableFileException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            UnreadableFileException.class,
            () -> {
              try (var in = Files.newInputStream(RED_TEAM.resolve("jpuh.xlsx"))) {
                new WorkbookTableReader().read(in, SheetChoice.FIRST, row -> {});
              }
            });
    assertEquals(
        "a damaged workbook: the XML of its sheets is cut short or broken, as when a file is cut"
            + " short in sending or a program stops part way through saving it",
        e.found());
    assertEquals(
        "ask for the file again; if it opens in Excel, save a new copy as .xlsx and send that",
        e.fix());
  }

  @Test
  void a_library_message_keeps_its_words_and_loses_its_java() {
    assertEquals(
        "XML document structures must start and end within the same entity.",
        WorkbookProblems.plainWords(
            "org.apache.xmlbeans.XmlException: error: XML document structures must start and end"
                + " within the same entity."));
    assertEquals("", WorkbookProblems.plainWords("java.lang.NullPointerException"));
    assertEquals("Truncated ZIP file", WorkbookProblems.plainWords("Truncated ZIP file"));
  }
}
