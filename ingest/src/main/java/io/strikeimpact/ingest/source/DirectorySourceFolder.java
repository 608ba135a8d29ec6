package io.strikeimpact.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

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
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "/"))
          .filter(SourceFolder::isInput)
          .sorted()
          .toList();
    }
  }

  @Override
  public List<String> lockFiles() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "/"))
          .filter(SourceFolder::isLockFile)
          .filter(n -> SourceFolder.isInput(n.substring(0, n.lastIndexOf('/') + 1) + "x"))
          .sorted()
          .toList();
    }
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
