package io.strikeimpact.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFolderTest {
  @Test
  void directory_lists_relative_sorted_names_without_hidden_or_lock_files(@TempDir Path root)
      throws IOException {
    Files.createDirectories(root.resolve("returns/RM1"));
    Files.createDirectories(root.resolve(".git"));
    for (String name :
        List.of(
            "returns/RM1/b.xlsx",
            "returns/RM1/~$b.xlsx",
            "returns/RM1/a.csv",
            ".git/config",
            "returns/.DS_Store",
            "README.md")) {
      Files.writeString(root.resolve(name), "x");
    }
    DirectorySourceFolder folder = new DirectorySourceFolder(root);
    assertEquals(List.of("README.md", "returns/RM1/a.csv", "returns/RM1/b.xlsx"), folder.names());
    try (var in = folder.open("returns/RM1/a.csv")) {
      assertEquals("x", new String(in.readAllBytes()));
    }
    assertThrows(NoSuchFileException.class, () -> folder.open("../outside.csv"));
  }

  @Test
  void in_memory_folder_skips_the_same_files() throws IOException {
    InMemorySourceFolder folder =
        new InMemorySourceFolder()
            .put("b.csv", "1")
            .put("~$a.xlsx", "2")
            .put(".hidden", "3")
            .put("a/x.csv", "4");
    assertEquals(List.of("a/x.csv", "b.csv"), folder.names());
    assertThrows(NoSuchFileException.class, () -> folder.open("c.csv"));
  }
}
