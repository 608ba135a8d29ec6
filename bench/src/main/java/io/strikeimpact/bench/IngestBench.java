package io.strikeimpact.bench;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.source.DirectorySourceFolder;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.SourceFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a data folder as the product does ({@link DataFolderReader}) and prints one line: rows
 * read, rows counted, the total counted, wall time inside the JVM and peak heap used (the sum of
 * each heap pool's peak, an upper bound of the true peak: {@link Heap}).
 */
public final class IngestBench {
  public static void main(String... args) throws IOException {
    long start = System.nanoTime();
    Dataset data = DataFolderReader.read(new DirectorySourceFolder(Path.of(args[0])));
    long nanos = System.nanoTime() - start;
    // Loops, not streams: this harness's own lambdas would be linked inside the timed process,
    // which the peers' harness (PeerBench) does not pay.
    long rows = 0;
    long used = 0;
    for (SourceFile s : data.sources()) {
      if (s.name().startsWith("returns/")) {
        rows += s.rowsRead();
        used += s.rowsUsed();
      }
    }
    long total = 0;
    for (DisruptionCount c : data.counts()) {
      total += c.count();
    }
    System.out.printf(
        "rows %d used %d counted %d counts %d problems %d seconds %.3f peak_heap_mb %d %s%n",
        rows,
        used,
        total,
        data.counts().size(),
        data.problems().size(),
        nanos / 1e9,
        Heap.peakMb(),
        Cpu.report());
    if (args.length > 1 && args[1].equals("--problems")) {
      data.problems().forEach(p -> System.out.println(p.severity() + " " + p.message()));
    }
  }
}
