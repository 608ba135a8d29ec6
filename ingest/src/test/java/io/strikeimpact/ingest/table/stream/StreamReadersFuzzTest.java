package io.strikeimpact.ingest.table.stream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.ingest.table.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Fuzzes the streaming readers: whatever the bytes, a reader either reads rows or throws {@link
 * UnreadableFileException}; nothing else escapes (no other exception, no hang, no unbounded
 * memory). In the default test run only the seeds run; {@code JAZZER_FUZZ=1} (bench/run) fuzzes for
 * real.
 */
class StreamReadersFuzzTest {
  static final String WORKBOOK =
      "<workbook><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>";
  static final String RELS =
      "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"x/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";

  /** The bytes become the sheet XML (the part that varies most), in an otherwise valid xlsx. */
  @FuzzTest(maxDuration = "60s")
  void xlsxSheet(byte[] sheet) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, "xl/workbook.xml", WORKBOOK.getBytes(StandardCharsets.UTF_8));
      put(zip, "xl/_rels/workbook.xml.rels", RELS.getBytes(StandardCharsets.UTF_8));
      put(zip, "xl/worksheets/sheet1.xml", sheet);
      put(
          zip,
          "xl/sharedStrings.xml",
          "<sst><si><t>a</t></si><si><t>b</t></si></sst>".getBytes(StandardCharsets.UTF_8));
    }
    Path file = Files.createTempFile("fuzz", ".xlsx");
    try {
      Files.write(file, bytes.toByteArray());
      new XlsxStreamReader().read(file, SheetChoice.FIRST, StreamReadersFuzzTest::touch);
    } catch (UnreadableFileException expected) {
      // a clear error is the right answer to a broken file
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void csv(byte[] csv) {
    try {
      new CsvStreamReader().read(new ByteArrayInputStream(csv), StreamReadersFuzzTest::touch);
    } catch (UnreadableFileException expected) {
      // a clear error is the right answer to a broken file
    }
  }

  /** Reads every cell, as the header finder and a rejected row do. */
  private static void touch(StreamRow row) {
    row.toRawRow();
  }

  private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content);
    zip.closeEntry();
  }
}
