package io.strikeimpact.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Files held in memory by name, for tests and for callers that already have the bytes. */
public final class InMemorySourceFolder implements SourceFolder {
  private final Map<String, byte[]> files = new TreeMap<>();

  public InMemorySourceFolder() {}

  public InMemorySourceFolder(Map<String, byte[]> files) {
    files.forEach(this::put);
  }

  /** Adds or replaces a file; returns this folder for chaining. */
  public InMemorySourceFolder put(String name, byte[] content) {
    files.put(name, content.clone());
    return this;
  }

  /** Adds or replaces a text file, written in UTF-8. */
  public InMemorySourceFolder put(String name, String text) {
    return put(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public List<String> names() {
    return files.keySet().stream().filter(SourceFolder::isInput).toList();
  }

  @Override
  public List<String> lockFiles() {
    return files.keySet().stream()
        .filter(SourceFolder::isLockFile)
        .filter(n -> SourceFolder.isInput(n.substring(0, n.lastIndexOf('/') + 1) + "x"))
        .toList();
  }

  @Override
  public InputStream open(String name) throws NoSuchFileException {
    byte[] content = files.get(name);
    if (content == null) {
      throw new NoSuchFileException(name);
    }
    return new ByteArrayInputStream(content);
  }
}
