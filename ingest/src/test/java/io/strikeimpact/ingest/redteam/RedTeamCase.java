package io.strikeimpact.ingest.redteam;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A data folder of the red team's report of 4 December 2026, copied into {@code
 * src/test/resources/redteam/dec4/} (see the README there): the samples' files with the case's own
 * laid over them, as the red team made each case from a copy of the samples.
 */
final class RedTeamCase {
  private static final Path SAMPLES = Path.of("../samples/data");
  static final Path CASES = Path.of("src/test/resources/redteam/dec4");

  private RedTeamCase() {}

  /**
   * The case's data folder: every sample file but those named in {@code dropped}, then every file
   * of the case's {@code data/}.
   */
  static InMemorySourceFolder folder(String name, String... dropped) throws IOException {
    InMemorySourceFolder folder = new InMemorySourceFolder();
    List<String> drop = List.of(dropped);
    put(folder, SAMPLES, drop);
    put(folder, CASES.resolve(name).resolve("data"), List.of());
    return folder;
  }

  static Dataset read(String name, String... dropped) throws IOException {
    return DataFolderReader.read(folder(name, dropped));
  }

  private static void put(InMemorySourceFolder folder, Path root, List<String> drop)
      throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = root.relativize(f).toString().replace('\\', '/');
        if (!drop.contains(name)) {
          folder.put(name, Files.readAllBytes(f));
        }
      }
    }
  }
}
