package io.strikeimpact.cli;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.reports.excel.BoardPackWorkbook;
import io.strikeimpact.reports.pdf.BoardPackPdf;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times reading, analysing and rendering a data folder inside one warm JVM, for an analyst asking
 * "how long will my folder take?". The committed whole-process benchmarks, with floors measured in
 * the same run, are bench/run and BENCHMARKS.md.
 */
@Command(
    name = "bench",
    header = "Time reading, analysing and rendering a data folder, in this JVM once warm.",
    description =
        "Runs the board pack's work --runs times after one warm-up and prints the median and the range"
            + " for each stage, and the peak heap. For whole-process figures against measured floors, run bench/run"
            + " from a checkout (see BENCHMARKS.md).",
    footer = {
      "",
      "Examples:",
      "  strike-impact bench",
      "  strike-impact bench --data /shared/returns --runs 10"
    },
    mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Option(
      names = "--runs",
      paramLabel = "N",
      description = "Timed runs after one warm-up. Default: ${DEFAULT-VALUE}.")
  int runs = 5;

  @Override
  public Integer call() throws IOException {
    if (runs < 1) {
      throw new UserError(ExitCodes.USAGE, "--runs must be 1 or more, was " + runs);
    }
    long[][] ms = new long[3][runs];
    PrintWriter err = new PrintWriter(java.io.Writer.nullWriter());
    for (int i = -1; i < runs; i++) {
      long t0 = System.nanoTime();
      Analysis a = input.analyse(err);
      long t1 = System.nanoTime();
      new BoardPackPdf().write(a, OutputStream.nullOutputStream());
      long t2 = System.nanoTime();
      new BoardPackWorkbook().write(a, OutputStream.nullOutputStream());
      long t3 = System.nanoTime();
      if (i >= 0) {
        ms[0][i] = (t1 - t0) / 1_000_000;
        ms[1][i] = (t2 - t1) / 1_000_000;
        ms[2][i] = (t3 - t2) / 1_000_000;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("In-process timings, median (min to max) of " + runs + " runs after one warm-up:");
    String[] stages = {"read and analyse", "PDF board pack", "Excel pack"};
    for (int s = 0; s < 3; s++) {
      long[] sorted = ms[s].clone();
      Arrays.sort(sorted);
      out.printf(
          "  %-17s %6d ms (%d to %d)%n", stages[s], sorted[runs / 2], sorted[0], sorted[runs - 1]);
    }
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getPeakUsage)
            .mapToLong(u -> u.getUsed())
            .sum();
    out.printf("  peak heap         %6d MB%n", peak / (1024 * 1024));
    out.println("Whole-process figures against measured floors: bench/run (see BENCHMARKS.md).");
    out.flush();
    return ExitCodes.OK;
  }
}
