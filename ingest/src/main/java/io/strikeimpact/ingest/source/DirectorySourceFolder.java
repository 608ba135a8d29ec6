package io.strikeimpact.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The files under a directory on disk, recursively. */
public final class DirectorySourceFolder implements SourceFolder {
  private final Path root;

  public DirectorySourceFolder(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  @Override
  public List<String> names() throws IOException {
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "not a directory");
    }
    List<String> names = new ArrayList<>();
    for (String name : regularFiles()) {
      if (SourceFolder.isInput(name)) {
        names.add(name);
      }
    }
    return sorted(names);
  }

  @Override
  public List<String> lockFiles() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String n : regularFiles()) {
      if (SourceFolder.isLockFile(n)
          && SourceFolder.isInput(n.substring(0, n.lastIndexOf('/') + 1) + "x")) {
        names.add(n);
      }
    }
    return sorted(names);
  }

  /**
   * Every regular file under the root, relative, with '/' separators: what {@code Files.walk} gives
   * filtered by {@code Files.isRegularFile}, found by reading each directory in turn rather than
   * through a stream's iterator, which links half a dozen lambdas in a cold run. Directories are
   * entered as the walk enters them, never through a symbolic link.
   */
  private List<String> regularFiles() throws IOException {
    List<String> names = new ArrayList<>();
    // Files.walk, not following links, lists nothing under a root that is itself a symbolic link:
    // kept as it was.
    if (!Files.isSymbolicLink(root)) {
      collect(root, root.getFileSystem().getSeparator(), names);
    }
    return names;
  }

  private void collect(Path dir, String separator, List<String> names) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          collect(p, separator, names);
        } else if (Files.isRegularFile(p)) {
          names.add(root.relativize(p).toString().replace(separator, "/"));
        }
      }
    }
  }

  private static List<String> sorted(List<String> names) {
    Collections.sort(names);
    return Collections.unmodifiableList(names);
  }

  @Override
  public InputStream open(String name) throws IOException {
    Path file = root.resolve(name).normalize();
    if (!file.startsWith(root)) {
      throw new NoSuchFileException(name, null, "outside the data folder");
    }
    return Files.newInputStream(file);
  }

  @Override
  public java.util.Optional<Path> path(String name) throws IOException {
    Path file = root.resolve(name).normalize();
    if (!file.startsWith(root)) {
      throw new NoSuchFileException(name, null, "outside the data folder");
    }
    return java.util.Optional.of(file);
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
