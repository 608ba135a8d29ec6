package io.strikeimpact.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DirectorySourceFolder} lists a folder by reading each directory in turn; these hold it to
 * what the {@code Files.walk} pipeline it replaced gave, on a tree with nested folders, hidden and
 * lock files, and symbolic links to a file, to a folder and as the root itself.
 */
class DirectoryListingDifferentialTest {
  /** The listing as it was: Files.walk, regular files, relative, then the filter and a sort. */
  private static List<String> walked(Path root, boolean locks) throws IOException {
    Path r = root.toAbsolutePath().normalize();
    try (Stream<Path> files = Files.walk(r)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> r.relativize(p).toString().replace(r.getFileSystem().getSeparator(), "/"))
          .filter(
              n ->
                  locks
                      ? SourceFolder.isLockFile(n)
                          && SourceFolder.isInput(n.substring(0, n.lastIndexOf('/') + 1) + "x")
                      : SourceFolder.isInput(n))
          .sorted()
          .toList();
    }
  }

  private static Path tree(Path dir) throws IOException {
    for (String name :
        List.of(
            "reference/sites.csv",
            "reference/calendar.csv",
            "profiles/a.properties",
            "returns/RM1/b.xlsx",
            "returns/RM1/~$b.xlsx",
            "returns/RM1/.hidden.csv",
            "returns/.git/config",
            "returns/RCX/deep/er/c.csv",
            "returns/RCX/Thumbs.db",
            "notes.md")) {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, name);
    }
    Files.createDirectories(dir.resolve("empty/folder"));
    Files.createSymbolicLink(dir.resolve("returns/RM1/linked.csv"), dir.resolve("notes.md"));
    Files.createSymbolicLink(dir.resolve("returns/linked-folder"), dir.resolve("reference"));
    return dir;
  }

  @Test
  void lists_what_files_walk_listed(@TempDir Path dir) throws IOException {
    Path root = tree(dir.resolve("data"));
    DirectorySourceFolder folder = new DirectorySourceFolder(root);
    assertEquals(walked(root, false), folder.names());
    assertEquals(walked(root, true), folder.lockFiles());
    assertEquals(1, folder.lockFiles().size());
  }

  @Test
  void a_root_that_is_a_symbolic_link_lists_what_files_walk_listed(@TempDir Path dir)
      throws IOException {
    Path root = tree(dir.resolve("data"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), root);
    DirectorySourceFolder folder = new DirectorySourceFolder(link);
    assertEquals(walked(link, false), folder.names());
    assertEquals(walked(link, true), folder.lockFiles());
  }
}
