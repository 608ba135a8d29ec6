package io.strikeimpact.cli;

import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.PartialTotal;
import io.strikeimpact.model.analysis.UnreadableReturn;
import io.strikeimpact.model.text.HouseStyle;
import io.strikeimpact.reports.csv.RejectsCsv;
import io.strikeimpact.reports.excel.BoardPackWorkbook;
import io.strikeimpact.reports.pdf.BoardPackPdf;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Writes the PDF board pack, the Excel pack and the rejected rows from one analysis. */
@Command(
    name = "board-pack",
    header = "Write the board pack: a charted PDF and an Excel workbook.",
    description =
        "Reads the returns, computes the figures once and writes board-pack.pdf, board-pack.xlsx and"
            + " rejected-rows.csv. With no options it uses the bundled samples and writes to ./out/.",
    footer = {
      "",
      "Examples:",
      "  strike-impact board-pack",
      "  strike-impact board-pack --data /shared/returns --month 2023-04 --out /shared/packs/2023-04"
    },
    mixinStandardHelpOptions = true)
final class BoardPackCommand implements Callable<Integer> {
  static final String PDF_NAME = "board-pack.pdf";
  static final String WORKBOOK_NAME = "board-pack.xlsx";

  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    Analysis analysis = input.analyse(spec.commandLine().getErr());
    Path out = output.folder(input);
    Path pdf = out.resolve(PDF_NAME);
    Path workbook = out.resolve(WORKBOOK_NAME);
    Path rejects = out.resolve(RejectsCsv.FILE_NAME);
    try {
      AtomicOutput.writeAll(
          List.of(
              new AtomicOutput.Part(
                  pdf,
                  stream -> new BoardPackPdf(input.config().boardCover()).write(analysis, stream)),
              new AtomicOutput.Part(
                  workbook, stream -> new BoardPackWorkbook().write(analysis, stream)),
              new AtomicOutput.Part(
                  rejects,
                  stream -> {
                    Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                    RejectsCsv.write(analysis.dataset().rejectedRows(), w);
                    w.flush();
                  })));
    } catch (IOException e) {
      throw new UserError(
          ExitCodes.OUTPUT_FAILED,
          "Could not write the board pack to "
              + out.toAbsolutePath()
              + ": "
              + UserError.reason(e)
              + ". Fix: choose a folder you can write to with --out.",
          e);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.println("Board pack for " + analysis.focus().describe() + ":");
    o.println("  " + pdf);
    o.println("  " + workbook);
    o.println("  " + rejects);
    PartialTotal partial = analysis.partialTotal();
    long overlapping =
        analysis.dataset().sources().stream()
            .filter(s -> s.role().equals(SourceFile.ROLE_OVERLAPPING))
            .count();
    // No site's figures is no figures, never 0 rescheduled.
    o.println(
        (analysis.allSites().reported()
                ? HouseStyle.count(analysis.allSites().total())
                    + " rescheduled in all"
                    + (partial.partial() ? " (partial: " + partial.why() + ")" : "")
                : "No figures for "
                    + analysis.focus().describe()
                    + " ("
                    + analysis.allSites().statusText()
                    + ")")
            + "; "
            + HouseStyle.quantity(
                analysis.reconciliationWarnings().size(),
                "reconciliation warning",
                "reconciliation warnings")
            + ", "
            + HouseStyle.quantity(
                UnreadableReturn.in(analysis.dataset()).size(), "return", "returns")
            + " that could not be read, "
            // Overlapping returns were read but not counted: counted apart, never as none.
            + (overlapping == 0
                ? ""
                : HouseStyle.quantity(overlapping, "return", "returns")
                    + " that overlap and were not counted, ")
            + HouseStyle.quantity(analysis.dataset().rejectedRows().size(), "row", "rows")
            + " rejected (see Data quality).");
    o.flush();
    return ExitCodes.OK;
  }
}
