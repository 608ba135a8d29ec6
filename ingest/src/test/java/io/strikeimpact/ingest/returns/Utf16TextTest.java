package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A return saved as UTF-16 text (Excel's "Unicode Text", here by LibreOffice:
 * fixtures/utf16/README.md) and named .csv is read as the table it is, with a warning saying how it
 * was read; it was refused as "a file of an unknown kind", which no one can act on.
 */
class Utf16TextTest {
  private static final Path SAMPLES = Path.of("../samples/data");

  @Test
  void a_utf16_tab_separated_return_reads_as_its_utf8_twin_does() throws Exception {
    byte[] utf16 =
        Files.readAllBytes(
            Path.of("src/test/resources/fixtures/utf16/qeh-libreoffice-utf16-tab.csv"));
    Dataset data = readQeh(utf16);
    assertEquals(882, sum(data, ActivityType.OUTPATIENT), data.problems().toString());
    assertEquals(50, sum(data, ActivityType.INPATIENT), data.problems().toString());
    assertEquals(0, data.rejectedRows().size(), data.problems().toString());
    DataProblem note =
        data.problems().stream()
            .filter(p -> p.found().startsWith("UTF-16 text"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(data.problems().toString()));
    assertEquals(Severity.WARNING, note.severity());
    assertTrue(note.fix().contains("CSV UTF-8"), note.fix());

    // The same text big-endian, as some systems write it, reads the same.
    String text = new String(utf16, 2, utf16.length - 2, StandardCharsets.UTF_16LE);
    byte[] bigEndian = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
    assertEquals(882, sum(readQeh(bigEndian), ActivityType.OUTPATIENT));
  }

  private static Dataset readQeh(byte[] file) throws Exception {
    return DataFolderReader.read(
        SampleReference.folder()
            .put(
                "profiles/qeh.properties",
                Files.readString(SAMPLES.resolve("profiles/qeh.properties")))
            .put("returns/RCX/qeh-junior-doctors-march-2023.csv", file));
  }

  private static long sum(Dataset data, ActivityType type) {
    return data.counts().stream()
        .filter(c -> c.type() == type)
        .mapToLong(DisruptionCount::count)
        .sum();
  }
}
