package io.strikeimpact.cli;

import io.strikeimpact.reports.text.OutputFormat;
import io.strikeimpact.reports.text.Tabular;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --format}: an aligned table for people, csv or JSON for other tools; {@code --wide}: a
 * table's rows on one line each.
 */
final class FormatOption {
  enum Format {
    table(OutputFormat.TABLE),
    csv(OutputFormat.CSV),
    json(OutputFormat.JSON);

    final OutputFormat writer;

    Format(OutputFormat writer) {
      this.writer = writer;
    }
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Format format = Format.table;

  @Option(
      names = "--wide",
      description =
          "Keep each row of a table on one line, however long. Without it, tables fit the"
              + " terminal's width (COLUMNS), or 100 characters when there is no terminal.")
  boolean wide;

  void print(PrintWriter out, List<Tabular> tables) {
    out.print(format.writer.write(tables, width()));
    out.flush();
  }

  /** Found once a run: asking the terminal starts a process ({@code stty}). */
  private Integer width;

  /** How wide a line of table or text output may be. */
  int width() {
    if (width == null) {
      width = TerminalWidth.of(wide);
    }
    return width;
  }

  boolean isTable() {
    return format == Format.table;
  }
}
