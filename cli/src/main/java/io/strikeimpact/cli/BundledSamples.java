package io.strikeimpact.cli;

import io.strikeimpact.ingest.source.InMemorySourceFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The sample data carried inside the application ({@code samples/data/**}, packaged by the samples
 * module under the class-path folder {@value #RESOURCE_ROOT}): read into memory ({@link #load()}),
 * as a command does when no data folder is given, or copied out to a fresh temporary directory
 * ({@link #extract()}) for code that needs the files on disk.
 *
 * <p>Works whether the resources sit in a jar (the runnable {@code strike-impact.jar}, or the
 * samples module's jar on a reactor test class path) or in a directory ({@code target/classes}). If
 * several class-path entries carry the folder, all are copied; the first one on the class path wins
 * for a file present in more than one.
 *
 * <pre>{@code
 * try (BundledSamples samples = BundledSamples.extract()) {
 *     Path reference = samples.root().resolve("reference");
 *     ...
 * }
 * }</pre>
 *
 * The directory is deleted by {@link #close()} and, as a backstop, when the JVM exits.
 */
public final class BundledSamples implements AutoCloseable {

  /** The class-path folder the samples module puts {@code samples/data} under. */
  public static final String RESOURCE_ROOT = "strike-impact-samples";

  private final Path root;
  private final Thread deleteOnExit;
  private boolean closed;

  private BundledSamples(Path root) {
    this.root = root;
    this.deleteOnExit = new Thread(() -> deleteQuietly(root), "strike-impact-delete-samples");
    Runtime.getRuntime().addShutdownHook(deleteOnExit);
  }

  /**
   * Copies the bundled samples, found through this class's class loader, into a new temporary
   * directory.
   */
  public static BundledSamples extract() throws IOException {
    return extract(classLoader());
  }

  /**
   * Copies the samples under {@value #RESOURCE_ROOT} as seen by {@code loader} into a new temporary
   * directory.
   */
  static BundledSamples extract(ClassLoader loader) throws IOException {
    List<URL> sources = sources(loader);
    Path target = Files.createTempDirectory("strike-impact-samples-");
    BundledSamples samples = new BundledSamples(target);
    try {
      for (URL source : sources) {
        copyFrom(source, target);
      }
    } catch (IOException | RuntimeException e) {
      samples.close();
      throw e;
    }
    return samples;
  }

  /**
   * The bundled samples read straight into memory, named as in {@code samples/data} (for example
   * {@code reference/calendar.csv}): what a command reads when no data folder is given. Nothing is
   * written to disk, and the jar is read through the entries the class loader already indexed, so a
   * run on the samples does not pay for a temporary copy (a zip file system over the whole jar,
   * writing the files, reading them back and deleting them).
   */
  public static InMemorySourceFolder load() throws IOException {
    return load(classLoader());
  }

  /** The samples under {@value #RESOURCE_ROOT} as seen by {@code loader}, read into memory. */
  static InMemorySourceFolder load(ClassLoader loader) throws IOException {
    List<URL> sources = sources(loader);
    Map<String, byte[]> files = new TreeMap<>();
    for (URL source : sources) {
      loadFrom(source, files);
    }
    return new InMemorySourceFolder(files);
  }

  /** Adds the files under one class-path location; a name already read is kept. */
  private static void loadFrom(URL source, Map<String, byte[]> files) throws IOException {
    switch (source.getProtocol()) {
      case "file" -> {
        Path root = toPath(source);
        try (Stream<Path> walk = Files.walk(root)) {
          for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
            String name = root.relativize(file).toString().replace('\\', '/');
            if (!files.containsKey(name)) {
              files.put(name, Files.readAllBytes(file));
            }
          }
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
      case "jar" -> {
        URLConnection connection = source.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
          throw new IOException("Cannot read bundled samples from " + source);
        }
        String folder =
            Objects.requireNonNullElse(jarConnection.getEntryName(), RESOURCE_ROOT)
                    .replaceAll("/+$", "")
                + "/";
        try (JarFile jar = new JarFile(toPath(jarConnection.getJarFileURL()).toFile())) {
          for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
            String name = entry.getName();
            if (entry.isDirectory() || !name.startsWith(folder)) {
              continue;
            }
            String relative = name.substring(folder.length());
            if (relative.isEmpty() || files.containsKey(relative)) {
              continue;
            }
            try (InputStream in = jar.getInputStream(entry)) {
              files.put(relative, in.readAllBytes());
            }
          }
        }
      }
      default ->
          throw new IOException(
              "Cannot read bundled samples from a '" + source.getProtocol() + "' URL: " + source);
    }
  }

  /**
   * The temporary directory: its contents mirror {@code samples/data}, e.g. {@code
   * root().resolve("reference")}.
   */
  public Path root() {
    return root;
  }

  /** Deletes the temporary directory and everything in it. Safe to call more than once. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    deleteQuietly(root);
    try {
      Runtime.getRuntime().removeShutdownHook(deleteOnExit);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to; it finds nothing left to delete.
    }
  }

  /** The class-path locations of the samples, or why there are none. */
  private static List<URL> sources(ClassLoader loader) throws IOException {
    Objects.requireNonNull(loader, "loader");
    List<URL> sources = locate(loader);
    if (sources.isEmpty()) {
      throw new IOException(
          "No bundled samples: the class path has no '"
              + RESOURCE_ROOT
              + "' folder (is the strike-impact-samples jar on it?)");
    }
    return sources;
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : BundledSamples.class.getClassLoader();
  }

  /**
   * Every class-path location of the resource folder. A jar built without directory entries has no
   * entry for the folder itself, so when the folder is not found directly, the jar this class came
   * from (the runnable jar carries the samples too) is tried.
   */
  private static List<URL> locate(ClassLoader loader) throws IOException {
    List<URL> found = new ArrayList<>(Collections.list(loader.getResources(RESOURCE_ROOT + "/")));
    if (found.isEmpty()) {
      found.addAll(Collections.list(loader.getResources(RESOURCE_ROOT)));
    }
    if (found.isEmpty()) {
      URL self =
          BundledSamples.class.getProtectionDomain().getCodeSource() == null
              ? null
              : BundledSamples.class.getProtectionDomain().getCodeSource().getLocation();
      if (self != null && self.getPath().endsWith(".jar")) {
        found.add(URI.create("jar:" + self.toExternalForm() + "!/" + RESOURCE_ROOT + "/").toURL());
      }
    }
    return found;
  }

  private static void copyFrom(URL source, Path target) throws IOException {
    switch (source.getProtocol()) {
      case "file" -> copyTree(toPath(source), target);
      case "jar" -> {
        URLConnection connection = source.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
          throw new IOException("Cannot read bundled samples from " + source);
        }
        Path jar = toPath(jarConnection.getJarFileURL());
        String entry = Objects.requireNonNullElse(jarConnection.getEntryName(), RESOURCE_ROOT);
        // A FileSystem of our own (not the shared one for jar: URIs), so closing it cannot break
        // anyone else.
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
          Path folder = zip.getPath("/", entry);
          if (Files.isDirectory(folder)) {
            copyTree(folder, target);
          }
        }
      }
      default ->
          throw new IOException(
              "Cannot read bundled samples from a '" + source.getProtocol() + "' URL: " + source);
    }
  }

  /**
   * Copies the files under {@code from} into {@code to}, keeping the layout; files already copied
   * are kept.
   */
  private static void copyTree(Path from, Path to) throws IOException {
    Path base = to.toAbsolutePath().normalize();
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : (Iterable<Path>) walk::iterator) {
        Path destination = base;
        for (Path name : from.relativize(source)) {
          destination =
              destination.resolve(name.toString()); // zip paths to default-file-system paths
        }
        destination = destination.normalize();
        if (!destination.startsWith(base)) {
          throw new IOException("Refusing to copy " + source + " outside " + base);
        }
        if (Files.isDirectory(source)) {
          Files.createDirectories(destination);
        } else if (Files.isRegularFile(source) && Files.notExists(destination)) {
          Files.createDirectories(destination.getParent());
          Files.copy(source, destination);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Path toPath(URL url) throws IOException {
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IOException("Not a local file: " + url, e);
    }
  }

  private static void deleteQuietly(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException ignored) {
                  // Best effort: a temporary directory.
                }
              });
    } catch (IOException | UncheckedIOException ignored) {
      // Best effort: a temporary directory.
    }
  }
}
