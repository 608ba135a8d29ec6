package io.strikeimpact.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.source.InMemorySourceFolder;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSamplesTest {

  /** samples/data as seen from the cli module's directory, where Maven runs the tests. */
  private static final Path SAMPLES_DATA = Path.of("..", "samples", "data");

  private static final Map<String, String> FILES =
      Map.of(
          "reference/strike-days.csv", "date,action\n2025-01-06,example\n",
          "profiles/example trust.properties", "sheet=Return\n",
          "README.txt", "top level\n");

  @TempDir Path temp;

  @Test
  void copiesTheSamplesOnTheClassPath() throws IOException {
    Path root;
    try (BundledSamples samples = BundledSamples.extract()) {
      root = samples.root();
      Map<String, Long> copied = regularFiles(root);
      assertFalse(copied.isEmpty(), "no sample file was copied from the class path");

      // The ingest samples are still being written: check whatever top-level folders exist today,
      // reference/ in particular, rather than a list of files.
      if (Files.isDirectory(SAMPLES_DATA)) {
        try (Stream<Path> children = Files.list(SAMPLES_DATA)) {
          for (Path child : children.toList()) {
            assertTrue(
                Files.exists(root.resolve(child.getFileName().toString())),
                "samples/data/" + child.getFileName() + " was not copied");
          }
        }
        if (Files.isDirectory(SAMPLES_DATA.resolve("reference"))) {
          assertFalse(regularFiles(root.resolve("reference")).isEmpty(), "reference/ is empty");
        }
      }
    }
    assertFalse(Files.exists(root), "close() left " + root);
  }

  @Test
  void copiesFromAJar() throws IOException {
    Path jar = temp.resolve("with space/samples.jar");
    Files.createDirectories(jar.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry(BundledSamples.RESOURCE_ROOT + "/"));
      out.putNextEntry(new JarEntry(BundledSamples.RESOURCE_ROOT + "/reference/"));
      out.putNextEntry(new JarEntry(BundledSamples.RESOURCE_ROOT + "/profiles/"));
      for (var file : FILES.entrySet()) {
        out.putNextEntry(new JarEntry(BundledSamples.RESOURCE_ROOT + "/" + file.getKey()));
        out.write(file.getValue().getBytes(UTF_8));
      }
      out.putNextEntry(new JarEntry("somewhere/else.txt"));
    }
    assertCopies(jar.toUri().toURL());
  }

  @Test
  void copiesFromADirectory() throws IOException {
    Path classes = temp.resolve("classes");
    for (var file : FILES.entrySet()) {
      Path path = classes.resolve(BundledSamples.RESOURCE_ROOT).resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue());
    }
    Files.createDirectories(classes.resolve("somewhere"));
    Files.writeString(classes.resolve("somewhere/else.txt"), "not a sample");
    assertCopies(classes.toUri().toURL());
  }

  @Test
  void eachExtractionIsAFreshDirectoryDeletedOnClose() throws IOException {
    Path classes = temp.resolve("classes");
    Path file = classes.resolve(BundledSamples.RESOURCE_ROOT).resolve("reference/a.csv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "a\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      BundledSamples first = BundledSamples.extract(loader);
      try (BundledSamples second = BundledSamples.extract(loader)) {
        assertNotEquals(first.root(), second.root());
        first.close();
        first.close();
        assertFalse(Files.exists(first.root()));
        assertTrue(Files.isRegularFile(second.root().resolve("reference/a.csv")));
      }
    }
  }

  @Test
  void loadsIntoMemoryWhatExtractCopies() throws IOException {
    InMemorySourceFolder loaded = BundledSamples.load();
    try (BundledSamples samples = BundledSamples.extract()) {
      Map<String, Long> copied = regularFiles(samples.root());
      List<String> inputs =
          copied.keySet().stream()
              .filter(io.strikeimpact.ingest.source.SourceFolder::isInput)
              .toList();
      assertFalse(inputs.isEmpty(), "the class path has sample inputs");
      assertEquals(inputs, loaded.names());
      for (String name : copied.keySet()) {
        try (var in = loaded.open(name)) {
          assertArrayEquals(
              Files.readAllBytes(samples.root().resolve(name)), in.readAllBytes(), name);
        }
      }
    }
  }

  private static void assertCopies(URL classPathEntry) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classPathEntry}, null)) {
      InMemorySourceFolder loaded = BundledSamples.load(loader);
      for (var file : FILES.entrySet()) {
        try (var in = loaded.open(file.getKey())) {
          assertEquals(file.getValue(), new String(in.readAllBytes(), UTF_8), file.getKey());
        }
      }
      assertThrows(NoSuchFileException.class, () -> loaded.open("somewhere/else.txt"));
      assertThrows(NoSuchFileException.class, () -> loaded.open("../somewhere/else.txt"));
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classPathEntry}, null);
        BundledSamples samples = BundledSamples.extract(loader)) {
      Path root = samples.root();
      assertEquals(
          List.copyOf(new TreeMap<>(FILES).keySet()), List.copyOf(regularFiles(root).keySet()));
      for (var file : FILES.entrySet()) {
        assertEquals(file.getValue(), Files.readString(root.resolve(file.getKey())), file.getKey());
      }
    }
  }

  /** Regular files under {@code root}, by relative path with forward slashes, with their sizes. */
  private static Map<String, Long> regularFiles(Path root) throws IOException {
    Map<String, Long> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(path).toString().replace('\\', '/'), Files.size(path));
      }
    }
    return files;
  }
}
