package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.fixtures.StoryData;
import io.strikeimpact.reports.EnglandFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The warm-up takes every step through the pack's own code without failing (it swallows failures
 * when it runs for real, so a broken step would only go unnoticed), and a pack written while it
 * runs (or after it ran) has the same bytes as one written before any warm-up.
 */
class WorkbookWarmUpTest {
  private static final List<Analysis> ANALYSES =
      List.of(StoryData.withAprilReturns(), EnglandFixture.analysis());

  /** Written before any warm-up has run in this JVM: no other test class runs one. */
  private static List<byte[]> alone;

  @BeforeAll
  static void writeWithoutAWarmUp() throws IOException {
    alone = new ArrayList<>();
    for (Analysis analysis : ANALYSES) {
      alone.add(write(analysis));
    }
  }

  @Test
  void takes_all_ten_steps() throws IOException {
    assertEquals(10, WorkbookWarmUp.warm(() -> false));
  }

  @Test
  void stopped_before_it_begins_it_takes_no_step() throws IOException {
    assertEquals(0, WorkbookWarmUp.warm(() -> true));
  }

  @Test
  void a_pack_written_while_it_runs_has_the_same_bytes() throws Exception {
    for (int a = 0; a < ANALYSES.size(); a++) {
      Analysis analysis = ANALYSES.get(a);
      for (int i = 0; i < 6; i++) {
        // Warm-ups one after another for as long as the pack takes, so that every step of one
        // overlaps every stage of the pack's writing in some run.
        AtomicBoolean written = new AtomicBoolean();
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Integer> warming =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    go.await();
                    int runs = 0;
                    while (!written.get()) {
                      assertEquals(10, WorkbookWarmUp.warm(() -> false));
                      runs++;
                    }
                    return runs;
                  } catch (InterruptedException | IOException e) {
                    throw new IllegalStateException(e);
                  }
                });
        go.countDown();
        byte[] beside = write(analysis);
        written.set(true);
        assertTrue(warming.get() > 0, "no warm-up ran beside the pack");
        assertArrayEquals(alone.get(a), beside, "written beside warm-ups, run " + i);
      }
    }
  }

  private static byte[] write(Analysis analysis) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BoardPackWorkbook().write(analysis, out);
    return out.toByteArray();
  }
}
