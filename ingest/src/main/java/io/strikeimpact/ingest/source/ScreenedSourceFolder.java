package io.strikeimpact.ingest.source;

import io.strikeimpact.ingest.screen.OutgoingScreen;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A folder whose files are named as they may leave ingest: a file saved after a query for one
 * patient ("jpuh-pas-extract 943 476 5919 query.xlsx") has the NHS number in its name replaced by a
 * mark, as a sheet's name has, before anything reads the name. Every provenance, message, source
 * and output is made from the names this folder gives, so none of them can carry the number; the
 * file is still opened by its own name, and its SHA-256 still identifies it.
 *
 * <p>Two names that differ only in what was screened would read as one, so the second and later get
 * " (2)", " (3)" before their extension, in the inner folder's order of names.
 */
public final class ScreenedSourceFolder implements SourceFolder {
  private final SourceFolder inner;

  /** Shown name to the inner folder's name, for the names that were screened. */
  private final Map<String, String> real = new HashMap<>();

  private final List<String> renamed = new ArrayList<>();
  private List<String> names;

  private ScreenedSourceFolder(SourceFolder inner) {
    this.inner = inner;
  }

  /** The folder with its names screened; a folder that already is one is returned as it is. */
  public static ScreenedSourceFolder of(SourceFolder folder) {
    return folder instanceof ScreenedSourceFolder s ? s : new ScreenedSourceFolder(folder);
  }

  @Override
  public synchronized List<String> names() throws IOException {
    if (names == null) {
      List<String> innerNames = inner.names();
      java.util.Set<String> taken = new java.util.HashSet<>(innerNames);
      List<String> shown = new ArrayList<>(innerNames.size());
      for (String name : innerNames) {
        String s = OutgoingScreen.fileName(name);
        if (!s.equals(name)) {
          s = unique(s, taken);
          taken.add(s);
          real.put(s, name);
          renamed.add(s);
        }
        shown.add(s);
      }
      Collections.sort(shown);
      Collections.sort(renamed);
      names = Collections.unmodifiableList(shown);
    }
    return names;
  }

  /** The names, as this folder gives them, of the files whose own names were screened. */
  public synchronized List<String> renamed() throws IOException {
    names();
    return List.copyOf(renamed);
  }

  @Override
  public List<String> lockFiles() throws IOException {
    // Only ever named in a warning, never opened.
    List<String> out = new ArrayList<>();
    for (String lock : inner.lockFiles()) {
      out.add(OutgoingScreen.fileName(lock));
    }
    return out;
  }

  @Override
  public InputStream open(String name) throws IOException {
    return inner.open(innerName(name));
  }

  @Override
  public Optional<Path> path(String name) throws IOException {
    return inner.path(innerName(name));
  }

  private synchronized String innerName(String name) throws IOException {
    names();
    String r = real.get(name);
    if (r != null) {
      return r;
    }
    if (!OutgoingScreen.fileName(name).equals(name)) {
      // Only names this folder gave are opened: a name that would itself be screened is not one.
      throw new NoSuchFileException(OutgoingScreen.fileName(name));
    }
    return name;
  }

  /** The name, or with " (2)", " (3)" ... before its extension, that no other file has. */
  private static String unique(String name, java.util.Set<String> taken) {
    if (!taken.contains(name)) {
      return name;
    }
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    int at = dot > slash ? dot : name.length();
    for (int n = 2; ; n++) {
      String candidate = name.substring(0, at) + " (" + n + ")" + name.substring(at);
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  @Override
  public String toString() {
    return inner.toString();
  }
}
