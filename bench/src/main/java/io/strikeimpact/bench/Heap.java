package io.strikeimpact.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap used by a bench process: the sum of each heap pool's peak, an upper bound of the true
 * peak. Both harnesses (IngestBench for the product, PeerBench for the peers) report it, so the
 * memory-pool beans it loads and asks, tens of milliseconds in a cold JVM, are in both tools' wall
 * time and not in the product's alone.
 */
final class Heap {
  private Heap() {}

  static long peakMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
