package io.strikeimpact.cli;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.text.HouseStyle;
import io.strikeimpact.model.text.PressWording.SmallNumbers;
import io.strikeimpact.reports.pdf.PressBriefingPdf;
import io.strikeimpact.reports.press.PressBriefing;
import io.strikeimpact.reports.press.PressBriefingText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the one-page press briefing (PDF and plain text), or prints the text. */
@Command(
    name = "press-briefing",
    header = "Write a one-page press briefing: PDF, and text to paste into a release.",
    description =
        "Writes press-briefing.pdf and press-briefing.txt: the headline figure as a release says it,"
            + " three bullets, a chart with its figures, notes to editors, the release line and the press office."
            + " With --format text it prints the text and writes no file.",
    footer = {
      "",
      "Examples:",
      "  strike-impact press-briefing --as-of 2023-04-03 --embargo 2023-04-04T00:01",
      "  strike-impact press-briefing --format text --suppress-small",
      "  strike-impact press-briefing --config strike-impact.properties --out /shared/press"
    },
    mixinStandardHelpOptions = true)
final class PressBriefingCommand implements Callable<Integer> {
  static final String PDF_NAME = "press-briefing.pdf";
  static final String TEXT_NAME = "press-briefing.txt";

  enum Format {
    pdf,
    text
  }

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin OutputOptions output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "pdf (writes the PDF and the text beside it) or text (prints the text). Default: ${DEFAULT-VALUE}.")
  Format format = Format.pdf;

  @Option(
      names = "--embargo",
      paramLabel = "DATETIME",
      description =
          "Embargo the briefing until this UK time, as yyyy-MM-ddTHH:mm. Default: none, \"For immediate release\".")
  LocalDateTime embargo;

  @Option(
      names = "--press-config",
      paramLabel = "FILE",
      description =
          "A file of press keys (press.office, press.email, press.phone, press.line.1, ...,"
              + " press.suppress-small) laid over the configuration for this run. The same keys belong in the"
              + " configuration itself (--config); this option is kept for files written before they did.")
  Path pressConfig;

  @Option(
      names = "--suppress-small",
      negatable = true,
      description =
          "Show counts of 1 to 7 as \"fewer than 8\", as for published statistics (--no-suppress-small"
              + " to show them). Default: press.suppress-small in the configuration (false).")
  Boolean suppressSmall;

  @Override
  public Integer call() {
    Config config =
        pressConfig == null ? input.config() : input.config().withPressFile(pressConfig);
    boolean suppress = suppressSmall != null ? suppressSmall : config.pressSuppressSmall();
    Analysis analysis = input.analyse(spec.commandLine().getErr());
    if (embargo != null && embargo.toLocalDate().isBefore(analysis.settings().asOf())) {
      // An embargo that lifted before the briefing's own date would print a falsehood on it.
      throw new UserError(
          ExitCodes.USAGE,
          "--embargo "
              + embargo
              + " is before the briefing's date, "
              + HouseStyle.date(analysis.settings().asOf())
              + (input.asOf == null ? " (today; --as-of not given)" : " (--as-of)")
              + ". Fix: give an embargo after that date, or --as-of the date the briefing is for,"
              + " e.g. --as-of "
              + embargo.toLocalDate().minusDays(1)
              + ".");
    }
    PressBriefing briefing =
        PressBriefing.of(
            analysis,
            new PressBriefing.Options(
                Optional.ofNullable(embargo),
                config.press(),
                suppress ? SmallNumbers.SUPPRESS : SmallNumbers.SHOW));
    String text = PressBriefingText.render(briefing);
    PrintWriter o = spec.commandLine().getOut();
    if (format == Format.text) {
      o.print(text);
      o.flush();
      return ExitCodes.OK;
    }
    Path out = output.folder(input);
    Path pdf = out.resolve(PDF_NAME);
    Path txt = out.resolve(TEXT_NAME);
    try {
      AtomicOutput.writeAll(
          List.of(
              new AtomicOutput.Part(
                  pdf, stream -> new PressBriefingPdf().write(analysis, briefing, stream)),
              new AtomicOutput.Part(
                  txt, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)))));
    } catch (IOException e) {
      throw new UserError(
          ExitCodes.OUTPUT_FAILED,
          "Could not write the press briefing to "
              + out.toAbsolutePath()
              + ": "
              + UserError.reason(e)
              + ". Fix: choose a folder you can write to with --out.",
          e);
    }
    o.println(
        "Press briefing for " + analysis.focus().describe() + " (" + briefing.release() + "):");
    o.println("  " + pdf);
    o.println("  " + txt);
    o.flush();
    return ExitCodes.OK;
  }
}
