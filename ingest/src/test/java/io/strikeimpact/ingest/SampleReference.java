package io.strikeimpact.ingest;

import io.strikeimpact.ingest.source.InMemorySourceFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A data folder in memory holding the bundled samples' reference files, for a test's returns. */
public final class SampleReference {
  private static final Path SAMPLES = Path.of("../samples/data");

  private SampleReference() {}

  /** sites.csv, calendar.csv and participation.csv of the samples; add profiles and returns. */
  public static InMemorySourceFolder folder() throws IOException {
    InMemorySourceFolder folder = new InMemorySourceFolder();
    for (String name :
        List.of("reference/sites.csv", "reference/calendar.csv", "reference/participation.csv")) {
      folder.put(name, Files.readAllBytes(SAMPLES.resolve(name)));
    }
    return folder;
  }
}
