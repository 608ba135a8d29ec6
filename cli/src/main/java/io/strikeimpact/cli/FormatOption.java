package io.strikeimpact.cli;

import io.strikeimpact.reports.text.OutputFormat;
import io.strikeimpact.reports.text.Tabular;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --format}: an aligned table for people, csv or JSON for other tools. */
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

  void print(PrintWriter out, List<Tabular> tables) {
    out.print(format.writer.write(tables));
    out.flush();
  }

  boolean isTable() {
    return format == Format.table;
  }
}
