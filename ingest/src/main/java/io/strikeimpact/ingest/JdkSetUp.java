package io.strikeimpact.ingest;

import io.strikeimpact.model.ActionPeriod;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts, on a second thread, the JDK's one-time set-up that every read of a data folder needs and
 * that does not depend on the folder: the SHA-256 provider (the list of security providers, built
 * on first use) and the rules of Europe/London (read from the JDK's time-zone database for the
 * strike calendar). In a cold JVM each takes tens of milliseconds of the first thread's time; begun
 * here, it runs while that thread lists and loads the folder, and when the first thread gets to it
 * the work is done or under way (the JDK's class initialisation makes it wait for, not repeat, what
 * is half done). Nothing is computed twice and nothing is skipped: every fingerprint and every date
 * is still worked out where it always was.
 */
final class JdkSetUp {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private JdkSetUp() {}

  /** Starts the set-up the first time it is called in this JVM; returns at once. */
  static void start() {
    if (STARTED.compareAndSet(false, true)) {
      Thread.ofPlatform().daemon().name("jdk set-up").start(new Work());
    }
  }

  /** A named class, not a lambda: a lambda would itself cost a link on the first thread. */
  private static final class Work implements Runnable {
    @Override
    public void run() {
      try {
        Sha256.of(new byte[0]);
        ActionPeriod.LONDON.getRules();
      } catch (RuntimeException e) {
        // Only a head start: whatever failed here fails again, and is reported, where it is used.
      }
    }
  }
}
