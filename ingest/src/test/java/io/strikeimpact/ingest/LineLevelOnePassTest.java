package io.strikeimpact.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.source.DirectorySourceFolder;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line-level csv on disk is read in one pass, its encoding checked as it is parsed and its
 * SHA-256 computed on another thread: the figures, the encoding note and every provenance are what
 * the slower passes gave.
 */
class LineLevelOnePassTest {
  static final Path FOLDER = LineLevelExtractTest.FOLDER;
  static final Path CSV = Path.of("src/test/resources/line-level-csv/extract.csv");

  /** The line-level folder on disk with the csv extract given. */
  static Path folder(Path dir, byte[] extract) throws IOException {
    for (String name :
        List.of(
            "reference/sites.csv",
            "reference/calendar.csv",
            "reference/participation.csv",
            "profiles/extract.properties")) {
      Files.createDirectories(dir.resolve(name).getParent());
      Files.copy(FOLDER.resolve(name), dir.resolve(name));
    }
    Files.createDirectories(dir.resolve("returns/RM1"));
    Files.write(dir.resolve("returns/RM1/extract.csv"), extract);
    return dir;
  }

  @Test
  void every_provenance_carries_the_files_own_sha256(@TempDir Path dir) throws IOException {
    // Two rows the reader must reject, so problems and rejected rows carry provenance too.
    String text =
        Files.readString(CSV)
            + "APT99999998,,XX9,100,13/03/2023,OP,4\n"
            + "APT99999999,,RM1,100,13/03/2023,ZZ,4\n";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Dataset data = DataFolderReader.read(new DirectorySourceFolder(folder(dir, bytes)));
    String sha = Sha256.of(bytes);
    assertEquals(257, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertTrue(data.counts().stream().allMatch(c -> c.provenance().sha256().equals(sha)));
    List<DataProblem> rowProblems =
        data.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
    assertEquals(2, rowProblems.size(), rowProblems.toString());
    assertTrue(rowProblems.stream().allMatch(p -> p.where().sha256().equals(sha)));
    assertEquals(2, data.rejectedRows().size());
    assertTrue(
        data.rejectedRows().stream()
            .allMatch(
                r ->
                    r.row().sha256().equals(sha)
                        && r.problems().stream().allMatch(p -> p.where().sha256().equals(sha))));
    assertEquals(
        sha,
        data.sources().stream()
            .filter(s -> s.name().startsWith("returns/"))
            .findFirst()
            .orElseThrow()
            .sha256());
  }

  @Test
  void a_file_found_not_utf8_late_is_read_again_as_windows_1252(@TempDir Path dir)
      throws IOException {
    // The only byte beyond ASCII is in the last row, well past the first buffer of 64 KB.
    String text =
        Files.readString(CSV).repeat(8) + "APT99999999,,RM1,100,13/03/2023,OP,2 caf\u00e9\n";
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(bytes.length > 1 << 16);
    Dataset data = DataFolderReader.read(new DirectorySourceFolder(folder(dir, bytes)));
    assertEquals(8 * 257, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertTrue(
        data.problems().stream()
            .anyMatch(
                p ->
                    p.severity() == Severity.WARNING
                        && p.found().startsWith("bytes that are not UTF-8 text, first on line 2409")
                        && p.found().contains("caf\u00e9")),
        data.problems().toString());
    assertFalse(data.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR));
  }
}
