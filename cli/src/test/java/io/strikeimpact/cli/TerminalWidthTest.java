package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.reports.text.Wrap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tables and messages fit the terminal, or 100 columns without one; --wide keeps rows whole. */
class TerminalWidthTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"summary", "validate", "compare", "forecast"})
  void every_line_fits_the_width_by_default(String command) {
    CliRun r = CliRun.of(command);
    assertEquals(0, r.exitCode(), r.err());
    int width = TerminalWidth.of(false);
    r.out()
        .lines()
        .forEach(l -> assertTrue(l.length() <= width, width + " columns: [" + l + "]\n" + r.out()));
    assertTrue(r.out().lines().count() > 3, r.out());
  }

  @Test
  void wide_keeps_each_row_of_a_table_on_one_line() {
    CliRun r = CliRun.of("summary", "--wide");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .lines()
            .anyMatch(
                l -> l.startsWith("QEH") && l.endsWith("did not take part in the nursing strikes")),
        r.out());
    assertTrue(
        r.out()
            .lines()
            .anyMatch(l -> l.startsWith("- returns/QMM/") && l.endsWith("the sum of the returns.")),
        "the reconciliation warning on one line: " + r.out());
  }

  @Test
  void the_width_comes_from_COLUMNS_then_the_terminal_then_100() {
    assertEquals(132, TerminalWidth.of(Map.of("COLUMNS", "132"), false));
    assertEquals(100, TerminalWidth.of(Map.of(), false));
    assertEquals(100, TerminalWidth.of(Map.of("COLUMNS", "wide"), false), "not a number");
    assertEquals(100, TerminalWidth.of(Map.of("COLUMNS", "12"), false), "too narrow to fit");
    assertEquals(Wrap.UNLIMITED, TerminalWidth.of(true));
  }

  @Test
  void csv_is_the_same_at_any_width() {
    CliRun wide = CliRun.of("summary", "--format", "csv", "--wide");
    CliRun fitted = CliRun.of("summary", "--format", "csv");
    assertEquals(wide.out(), fitted.out());
    assertTrue(wide.out().contains("did not take part in the nursing strikes"), wide.out());
  }
}
