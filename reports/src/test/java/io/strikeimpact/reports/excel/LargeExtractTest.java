package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A line-level extract streams into the Data sheet within a small heap. Each run is a fresh JVM
 * with a fixed -Xmx, so "memory does not explode" is a hard limit rather than a measurement: the
 * child fails with OutOfMemoryError if the rows are held as cells.
 */
class LargeExtractTest {

  @Test
  void two_hundred_thousand_lines_stream_into_the_data_sheet_within_a_128_mb_heap()
      throws Exception {
    String out = run(200_000, "128m");
    assertTrue(out.contains("rows=200005 table=A1:L200005"), out);
  }

  /** The brief's million-row run; about a minute, so only on request: -Dstrikeimpact.large=true. */
  @Test
  @EnabledIfSystemProperty(named = "strikeimpact.large", matches = "true")
  void a_million_lines_stream_into_the_data_sheet_within_a_256_mb_heap() throws Exception {
    String out = run(1_000_000, "256m");
    assertTrue(out.contains("rows=1000005 table=A1:L1000005"), out);
  }

  private static String run(int lines, String heap) throws Exception {
    Path dir = Path.of("target", "large-extract").toAbsolutePath();
    Files.createDirectories(dir);
    Path xlsx = dir.resolve("pack-" + lines + ".xlsx");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx" + heap,
                    "-XX:+UseSerialGC",
                    "-Djava.io.tmpdir=" + dir,
                    "-cp",
                    classpath,
                    LargeExtractCheck.class.getName(),
                    String.valueOf(lines),
                    xlsx.toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the child JVM did not finish");
    assertEquals(0, p.exitValue(), output);
    Files.deleteIfExists(xlsx);
    return output;
  }
}
