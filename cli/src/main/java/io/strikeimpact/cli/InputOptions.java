package io.strikeimpact.cli;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.source.DirectorySourceFolder;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.ReportSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every report shares: where the data is, which action, and the date on the outputs. */
final class InputOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data folder (reference/, profiles/, returns/). Default: the bundled samples.")
  Path data;

  @Option(
      names = "--action",
      paramLabel = "ID",
      description =
          "The action or group to report on, e.g. bma-jd-2023-03 or nursing-2023. Default: the"
              + " latest action with returns.")
  String action;

  @Option(
      names = "--baseline",
      paramLabel = "ID",
      split = ",",
      description =
          "Actions to compare it with, e.g. rcn-2023-01,rcn-2023-02. Default: the nursing strikes"
              + " with returns before it.")
  List<String> baseline = List.of();

  @Option(
      names = "--hours",
      paramLabel = "HOURS",
      description =
          "Hours to assume for the next action when projecting it, e.g. 96. Default: its hours in"
              + " the calendar.")
  Double hours;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      description =
          "The board-paper month: cover actions up to its end and say what changed since the month"
              + " before.")
  YearMonth month;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The date printed on the outputs, as yyyy-MM-dd. Default: today.")
  LocalDate asOf;

  /** Reads the data folder and computes the analysis every output renders. */
  Analysis analyse() {
    Dataset dataset = read();
    LocalDate date = asOf != null ? asOf : LocalDate.now(java.time.ZoneId.of("Europe/London"));
    try {
      AnalysisRequest request =
          new AnalysisRequest(
              ReportSettings.norfolkAndWaveney(date),
              Optional.ofNullable(action),
              baseline,
              Optional.ofNullable(hours),
              Optional.ofNullable(month));
      return ImpactAnalysis.analyse(dataset, request);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.USAGE, e.getMessage(), e);
    }
  }

  private Dataset read() {
    if (data == null) {
      try (BundledSamples samples = BundledSamples.extract()) {
        return readFolder(samples.root());
      } catch (IOException e) {
        throw new UserError(
            ExitCodes.UNREADABLE_INPUT,
            "Could not unpack the bundled samples: " + e.getMessage() + ". Fix: rebuild with ./run-tests, or give --data.",
            e);
      }
    }
    if (!Files.isDirectory(data)) {
      throw new UserError(
          ExitCodes.UNREADABLE_INPUT,
          "No data folder at "
              + data.toAbsolutePath()
              + ". Fix: give --data the folder that holds reference/, profiles/ and returns/,"
              + " or leave --data out to use the bundled samples.");
    }
    return readFolder(data);
  }

  private static Dataset readFolder(Path root) {
    try {
      return DataFolderReader.read(new DirectorySourceFolder(root));
    } catch (IOException e) {
      throw new UserError(
          ExitCodes.UNREADABLE_INPUT, "Could not read the data folder " + root + ": " + e.getMessage(), e);
    }
  }
}
