package io.strikeimpact.cli;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.source.DirectorySourceFolder;
import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.ingest.source.SourceFolder;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DatasetFilter;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.ReturnCoverage;
import io.strikeimpact.model.analysis.UnreadableReturnsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The options every report shares: where the data is, which actions and sites, the date on the
 * outputs, and how strict to be. Reads the data once and computes the one analysis a command
 * renders.
 */
final class InputOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Configuration file (organisation, contact, folders). Default: ./"
              + Config.FILE_NAME
              + ", then ~/.config/strike-impact/"
              + Config.FILE_NAME
              + ", then built-in defaults.")
  Path config;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Data folder (reference/, profiles/, returns/). Default: data.folder in the configuration,"
              + " else the bundled samples.")
  Path data;

  @Option(
      names = "--profiles",
      paramLabel = "DIR",
      description =
          "A folder of profiles (*.properties) read as well as the data folder's profiles/; a"
              + " profile of the same file name in both is the data folder's. Default:"
              + " profiles.folder in the configuration, else none.")
  Path profiles;

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
          "Actions or groups to compare it with, e.g. nursing-2023. Default: the nursing strikes"
              + " with returns before it.")
  List<String> baseline = List.of();

  @Option(
      names = "--site",
      paramLabel = "SITE",
      split = ",",
      description = "Only these sites: ODS code or name, any case, e.g. RM1 or \"N&N\" or norwich.")
  List<String> sites = List.of();

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      split = ",",
      converter = TypeConverter.class,
      description = "Only these activity types: outpatient, inpatient, total-only.")
  List<ActivityType> types = List.of();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Only actions that end on or after this date (yyyy-MM-dd).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Only actions that start on or before this date (yyyy-MM-dd).")
  LocalDate to;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      description =
          "The board-paper month: cover actions up to its end and say what changed since the month before.")
  YearMonth month;

  @Option(
      names = "--hours",
      paramLabel = "HOURS",
      converter = HoursConverter.class,
      description =
          "Hours to assume for the next action when projecting it, e.g. 96. Default: its hours in the calendar.")
  Double hours;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The date printed on the outputs (yyyy-MM-dd). Default: today.")
  LocalDate asOf;

  @Option(
      names = "--strict",
      description =
          "Fail with exit code 1, writing nothing, if the data has any error (a file refused, a row"
              + " rejected). Default: report problems in the data-quality section and go on.")
  boolean strict;

  private Config loaded;

  Config config() {
    if (loaded == null) {
      loaded = Config.load(config, System.getenv());
    }
    return loaded;
  }

  /** Reads the data folder, narrowed by the filters, failing under --strict if it has errors. */
  Dataset dataset(PrintWriter err) {
    Dataset read = readChecked(err);
    return filter(read).apply(read);
  }

  /** Reads the data folder whole, failing under --strict if it has errors. */
  private Dataset readChecked(PrintWriter err) {
    // Returns missing for the actions and days the register and calendar say they should cover,
    // as of the date the outputs stand at: warnings beside those met reading the files.
    Dataset read = ReturnCoverage.warned(read(TerminalProgress.forTerminal(err)), asOfDate());
    StrictOption.failure(strict, read)
        .ifPresent(
            m -> {
              throw new UserError(ExitCodes.DATA_PROBLEMS, m);
            });
    return read;
  }

  /** --site, --type, --from and --to, with the sites resolved against the register. */
  private DatasetFilter filter(Dataset read) {
    try {
      Set<String> siteCodes = DatasetFilter.resolveSites(read.sites(), sites);
      return new DatasetFilter(
          siteCodes, Set.copyOf(types), Optional.ofNullable(from), Optional.ofNullable(to));
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.USAGE, e.getMessage(), e);
    }
  }

  /**
   * Reads the data and computes the analysis every output of the run renders. The filters go to the
   * analysis rather than narrowing the data first, so it chooses the action and baseline asked for
   * and says what the filters left out.
   */
  Analysis analyse(PrintWriter err) {
    Dataset dataset = readChecked(err);
    DatasetFilter filter = filter(dataset);
    LocalDate date = asOfDate();
    try {
      AnalysisRequest request =
          new AnalysisRequest(
              config().settings(date),
              Optional.ofNullable(action),
              baseline,
              Optional.ofNullable(hours),
              Optional.ofNullable(month),
              filter);
      return ImpactAnalysis.analyse(dataset, request);
    } catch (UnreadableReturnsException e) {
      throw new UserError(ExitCodes.UNREADABLE_INPUT, e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new UserError(ExitCodes.USAGE, e.getMessage(), e);
    }
  }

  /** --as-of, or today in London. */
  private LocalDate asOfDate() {
    return asOf != null ? asOf : LocalDate.now(ZoneId.of("Europe/London"));
  }

  /** Whether --action was given: the question a command must answer, and no other. */
  boolean actionGiven() {
    return action != null;
  }

  private Dataset read(DataFolderReader.Progress progress) {
    Optional<Path> folder = data != null ? Optional.of(data) : config().dataFolder();
    Optional<Path> profileFolder =
        profiles != null ? Optional.of(profiles) : config().profilesFolder();
    if (profileFolder.isPresent() && !Files.isDirectory(profileFolder.get())) {
      throw new UserError(
          ExitCodes.UNREADABLE_INPUT,
          "No profiles folder at "
              + profileFolder.get().toAbsolutePath()
              + (profiles != null
                  ? " (--profiles)"
                  : " (profiles.folder in " + config().source() + ")")
              + ". Fix: give the folder that holds your profiles (*.properties), or leave it out"
              + " to read only the data folder's profiles/.");
    }
    if (folder.isEmpty()) {
      InMemorySourceFolder samples;
      try {
        samples = BundledSamples.load();
      } catch (IOException e) {
        throw new UserError(
            ExitCodes.UNREADABLE_INPUT,
            "Could not unpack the bundled samples: "
                + UserError.reason(e)
                + ". Fix: rebuild with ./run-tests, or give --data.",
            e);
      }
      return readSource(samples, "the bundled samples", profileFolder, progress);
    }
    Path dir = folder.get();
    if (!Files.isDirectory(dir)) {
      throw new UserError(
          ExitCodes.UNREADABLE_INPUT,
          "No data folder at "
              + dir.toAbsolutePath()
              + ". Fix: give --data the folder that holds reference/, profiles/ and returns/,"
              + " or leave --data out to use the bundled samples.");
    }
    return readFolder(dir, profileFolder, progress);
  }

  private static Dataset readFolder(
      Path root, Optional<Path> profileFolder, DataFolderReader.Progress progress) {
    return readSource(
        new DirectorySourceFolder(root), "the data folder " + root, profileFolder, progress);
  }

  /** Reads a data folder, on disk or in memory, named in a message as {@code what}. */
  private static Dataset readSource(
      SourceFolder source,
      String what,
      Optional<Path> profileFolder,
      DataFolderReader.Progress progress) {
    try {
      return DataFolderReader.read(source, profileFolder.map(DirectorySourceFolder::new), progress);
    } catch (IOException e) {
      throw new UserError(
          ExitCodes.UNREADABLE_INPUT,
          "Could not read "
              + what
              + profileFolder.map(p -> " or the profiles folder " + p).orElse("")
              + ": "
              + UserError.reason(e)
              + ". Fix: check that it and everything under it can be read by you.",
          e);
    }
  }

  /** "outpatient", "OP", "inpatient", "IP", "total-only". */
  static final class TypeConverter implements ITypeConverter<ActivityType> {
    @Override
    public ActivityType convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "outpatient", "outpatients", "op" -> ActivityType.OUTPATIENT;
        case "inpatient", "inpatients", "ip", "day case" -> ActivityType.INPATIENT;
        case "total-only", "total only", "total" -> ActivityType.TOTAL_ONLY;
        default ->
            throw new picocli.CommandLine.TypeConversionException(
                "'"
                    + value
                    + "' is not an activity type; expected one of outpatient, inpatient, total-only");
      };
    }
  }
}
