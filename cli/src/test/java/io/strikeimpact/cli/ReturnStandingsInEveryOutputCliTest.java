package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples altered as folders nobody on the team wrote differ from them, and every output read
 * back: a refused return is never "no returns received", a site that did not take part is never a
 * figure missing, and a figure resting on some of the returns says it is partial.
 */
class ReturnStandingsInEveryOutputCliTest {
  private static final String AS_OF = "2023-04-03";

  @TempDir Path data;
  @TempDir Path out;

  /**
   * N&N's nursing return arrives but is refused: January and February had a return, unread. The
   * history and the England tables said "ended; no returns received" of both.
   */
  @Test
  void
      an_action_whose_only_return_was_refused_is_returns_received_none_read_in_history_and_england()
          throws IOException {
    AlteredSamples.copyInto(data);
    AlteredSamples.refuse(data, "returns/RM1/nnuh-nursing-strikes-2023.csv");
    String unread = "returns received, but none could be read (see Data quality)";

    CliRun summary = CliRun.of("summary", "--data", data.toString(), "--as-of", AS_OF, "--wide");
    assertEquals(0, summary.exitCode(), summary.err());
    String text = summary.squeezed();
    assertTrue(
        text.contains("18 and 19 January 2023 n/a 27,826 published n/a " + unread), summary.out());
    assertTrue(
        text.contains("6 and 7 February 2023 n/a 42,897 published n/a " + unread), summary.out());
    assertFalse(text.contains("no returns received"), summary.out());

    CliRun pack =
        CliRun.of(
            "board-pack", "--data", data.toString(), "--as-of", AS_OF, "--out", out.toString());
    assertEquals(0, pack.exitCode(), pack.err());
    String pdf = AlteredSamples.pdfText(out.resolve("board-pack.pdf"));
    assertTrue(pdf.contains("Nurses 24 " + unread), pdf);
    assertFalse(pdf.contains("no returns received"), pdf);
    Path book = out.resolve("board-pack.xlsx");
    assertEquals(unread, AlteredSamples.cell(book, "History", "rcn-2023-01", 4));
    assertEquals(unread, AlteredSamples.cell(book, "History", "rcn-2023-02", 7));
    assertEquals(unread, AlteredSamples.cell(book, "England", "rcn-2023-01", 6));
    // The Notes sheet explains the words; no action's cell says them.
    assertTrue(
        AlteredSamples.texts(book).stream()
            .filter(t -> !t.startsWith("Notes!"))
            .noneMatch(t -> t.contains("no returns received")),
        String.join("\n", AlteredSamples.texts(book)));
  }
}
