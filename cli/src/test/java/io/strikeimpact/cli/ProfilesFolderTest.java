package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles kept apart from the returns: profiles.folder in the configuration, or --profiles. */
class ProfilesFolderTest {
  @TempDir Path temp;

  @Test
  void the_profiles_option_reads_profiles_kept_apart_and_beats_the_configuration()
      throws IOException {
    Path data = temp.resolve("returns-only");
    Path profiles = temp.resolve("icb-profiles");
    Path samples = Path.of("../samples/data");
    try (Stream<Path> all = Files.walk(samples)) {
      for (Path from : all.filter(Files::isRegularFile).toList()) {
        Path rel = samples.relativize(from);
        Path to =
            rel.startsWith("profiles")
                ? profiles.resolve(rel.getFileName())
                : data.resolve(rel.toString());
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
      }
    }
    Path config =
        Files.writeString(
            temp.resolve("c.properties"), "profiles.folder = " + temp.resolve("nowhere") + "\n");

    List<String> base = List.of("summary", "--as-of", "2023-04-03", "--data", data.toString());
    CliRun missing = CliRun.of(concat(base, "--config", config.toString()));
    assertEquals(3, missing.exitCode(), missing.err());
    assertTrue(missing.err().contains("No profiles folder at "), missing.err());
    assertTrue(missing.err().contains("(profiles.folder in " + config + ")"), missing.err());

    CliRun r =
        CliRun.of(concat(base, "--config", config.toString(), "--profiles", profiles.toString()));
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.squeezed().contains("All sites 4,120 606 n/a 4,726 100%"), r.out());
  }

  private static String[] concat(List<String> base, String... more) {
    return Stream.concat(base.stream(), Stream.of(more)).toArray(String[]::new);
  }
}
