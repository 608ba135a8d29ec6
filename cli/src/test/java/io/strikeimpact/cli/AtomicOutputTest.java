package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pack is moved into place whole, or not at all. */
class AtomicOutputTest {
  @TempDir Path out;

  private List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void a_failing_part_leaves_no_file_of_the_pack_and_the_earlier_pack_untouched()
      throws IOException {
    Files.writeString(out.resolve("board-pack.pdf"), "last month's pack");
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () ->
                AtomicOutput.writeAll(
                    List.of(
                        new AtomicOutput.Part(
                            out.resolve("board-pack.pdf"),
                            s -> s.write("new".getBytes(StandardCharsets.UTF_8))),
                        new AtomicOutput.Part(
                            out.resolve("board-pack.xlsx"),
                            s -> {
                              s.write(1);
                              throw new IllegalStateException("Too many arguments to SUM");
                            }),
                        new AtomicOutput.Part(
                            out.resolve("rejected-rows.csv"), s -> s.write('x')))));
    assertEquals("Too many arguments to SUM", failure.getMessage());
    assertEquals(List.of("board-pack.pdf"), files(), "no new file and no temporary file");
    assertEquals("last month's pack", Files.readString(out.resolve("board-pack.pdf")));
  }

  @Test
  void every_part_written_is_moved_into_place() throws IOException {
    AtomicOutput.writeAll(
        List.of(
            new AtomicOutput.Part(out.resolve("a.txt"), s -> s.write('a')),
            new AtomicOutput.Part(out.resolve("b.txt"), s -> s.write('b'))));
    assertEquals(List.of("a.txt", "b.txt"), files());
    assertEquals("b", Files.readString(out.resolve("b.txt")));
  }
}
