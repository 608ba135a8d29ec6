package io.strikeimpact.bench;

import java.lang.management.ManagementFactory;

/**
 * Where a bench process's CPU went, as the JVM counts it: the main thread, the whole process and
 * the JIT compilers. On a shared machine these say more than wall time, which waits for cores.
 */
final class Cpu {
  private Cpu() {}

  static String report() {
    long main = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long process =
        ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getProcessCpuTime()
            : -1;
    long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    return String.format(
        "cpu_main_s %.2f cpu_process_s %.2f jit_s %.2f", main / 1e9, process / 1e9, jit / 1e3);
  }
}
