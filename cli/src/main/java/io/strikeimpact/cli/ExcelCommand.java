package io.strikeimpact.cli;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.reports.excel.BoardPackWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Writes the Excel pack alone, for analysts who want the workbook without the PDF. */
@Command(
    name = "excel",
    header = "Write the Excel pack alone: every figure traceable to its file, sheet and cell.",
    description =
        "Writes board-pack.xlsx: summary, comparison, data with provenance, data quality and sources.",
    footer = {
      "",
      "Examples:",
      "  strike-impact excel --out /tmp",
      "  strike-impact excel --site RM1 --month 2023-04"
    },
    mixinStandardHelpOptions = true)
final class ExcelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Analysis analysis = input.analyse(spec.commandLine().getErr());
    Path workbook = output.folder(input).resolve(BoardPackCommand.WORKBOOK_NAME);
    try {
      AtomicOutput.write(workbook, stream -> new BoardPackWorkbook().write(analysis, stream));
    } catch (IOException e) {
      throw new UserError(
          ExitCodes.OUTPUT_FAILED,
          "Could not write "
              + workbook.toAbsolutePath()
              + ": "
              + UserError.reason(e)
              + ". Fix: choose a folder you can write to with --out.",
          e);
    }
    spec.commandLine().getOut().println(workbook);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
