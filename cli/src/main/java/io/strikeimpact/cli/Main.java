package io.strikeimpact.cli;

import io.strikeimpact.reports.excel.WorkbookWarmUp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code strike-impact} command. Subcommands are added to {@link #SUBCOMMANDS} here. Only
 * {@link #main(String...)} exits the JVM; everything else returns an exit code, so tests can call
 * {@link #run(String...)} or {@link #commandLine()}.
 */
@Command(
    name = "strike-impact",
    mixinStandardHelpOptions = true,
    versionProvider = Main.ManifestVersion.class,
    description =
        "Activity rescheduled because of industrial action: reads trusts' returns and writes the"
            + " board pack (PDF) and the Excel pack. With no command, it writes the board pack"
            + " (strike-impact board-pack).",
    footer = {"", "Run 'strike-impact COMMAND --help' for a command's options."},
    // INHERIT: every subcommand's --help lists the same exit codes.
    scope = CommandLine.ScopeType.INHERIT,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:problems in the data (with --strict), or figures in a draft that differ (check-text --fail-on-differences)",
      "2:usage error: an unknown option, a bad date or an unknown action",
      "3:input not readable: a missing data folder or one that cannot be listed",
      "4:output not written; no half-written file is left behind",
      "5:unexpected failure: a defect in Strike Impact"
    })
public final class Main implements Callable<Integer> {

  @Spec CommandSpec spec;

  /**
   * The subcommands, in the order help lists them. Not in {@link Command#subcommands()}: picocli
   * would build every one's model by reflection on each start, a sixth of the main thread's time
   * before a board pack reads anything, where a run of one subcommand needs only that one's (see
   * {@link #commandLine(String...)}).
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ValidateCommand.class,
          SummaryCommand.class,
          CompareCommand.class,
          ForecastCommand.class,
          BoardPackCommand.class,
          ExcelCommand.class,
          PressBriefingCommand.class,
          CheckTextCommand.class,
          ProfileCommand.class,
          BenchCommand.class,
          AutoComplete.GenerateCompletion.class,
          HelpCommand.class);

  /** The commands that write a workbook. */
  private static final Set<String> WRITE_WORKBOOKS = Set.of("board-pack", "excel");

  /**
   * The JDK's switch between its two bindings of the HarfBuzz text shaper: JDK 25 calls it through
   * the foreign function API by default, which in a fresh JVM generates about 150 method-handle
   * classes (none of them in the class cache) the first time any text is laid out; the JNI binding
   * shapes with the same library, so every width and glyph is the same, and costs none of that.
   */
  static final String SHAPER_PROPERTY = "sun.font.layout.ffm";

  /**
   * Chooses the JDK's JNI text shaper unless the user chose one. Before any text is laid out: the
   * JDK reads the setting once, when its layout engine first loads. The workbook lays out one
   * character to measure its default font (SXSSF does this for every sheet, whether or not a column
   * is sized from it); the PDF's charts do not lay out text through it.
   */
  static void chooseTextShaper() {
    if (System.getProperty(SHAPER_PROPERTY) == null) {
      System.setProperty(SHAPER_PROPERTY, "false");
    }
  }

  /** The job run when no command is given: the board pack, the suite's main output. */
  static final String MAIN_JOB = "board-pack";

  /**
   * The arguments to run: as given, or with none the main job, so {@code strike-impact} alone
   * writes the board pack (of the configured data folder, else the bundled samples) as a newcomer
   * expects. {@code --help} lists every command.
   */
  static String[] withMainJob(String... args) {
    return args.length == 0 ? new String[] {MAIN_JOB} : args;
  }

  public static void main(String... given) {
    String[] args = withMainJob(given);
    if (given.length == 0) {
      System.err.println(
          "strike-impact: no command given, so writing the board pack (strike-impact "
              + MAIN_JOB
              + "); strike-impact --help lists every command.");
    }
    chooseTextShaper();
    // A workbook's first-time costs, on the idle core while the command line is parsed and the
    // returns are read (WorkbookWarmUp); before parsing, as picocli's own start-up is a tenth of a
    // second or more of that time.
    if (args.length > 0 && WRITE_WORKBOOKS.contains(args[0])) {
      WorkbookWarmUp.start();
    }
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code. */
  static int run(String... args) {
    return commandLine(args).execute(args);
  }

  /** The whole command line, every subcommand in it. */
  static CommandLine commandLine() {
    return commandLine(SUBCOMMANDS);
  }

  /**
   * The command line to run {@code args}: when they begin with a subcommand's name, the root with
   * that subcommand alone, which parses, runs and prints help for it as the whole command line does
   * (LeanCommandLineTest); otherwise (no subcommand, {@code --help}, {@code --version}, a mistyped
   * name, which needs every name to suggest one, and picocli's {@code help} and {@code
   * generate-completion}, which read the whole tree) the whole command line.
   */
  static CommandLine commandLine(String... args) {
    if (args.length > 0) {
      for (Class<?> subcommand : SUBCOMMANDS) {
        if (subcommand.getPackage() == Main.class.getPackage()
            && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
          return commandLine(List.of(subcommand));
        }
      }
    }
    return commandLine();
  }

  private static CommandLine commandLine(List<Class<?>> subcommands) {
    CommandLine cli = new CommandLine(new Main());
    // Before the handlers and converters below, which picocli gives only to subcommands already
    // added.
    for (Class<?> subcommand : subcommands) {
      cli.addSubcommand(subcommand);
    }
    cli.setExecutionExceptionHandler(new ErrorMessages());
    // A mistyped option gets one line saying what was wrong and where help is, not the whole usage.
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine command = e.getCommandLine();
          command.getErr().println("strike-impact: " + e.getMessage());
          // picocli's suggestions are loose ("summary or compare or board-pack" for "sumary"):
          // offer only one a typing slip away.
          if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            unmatched.getUnmatched().stream()
                .findFirst()
                .flatMap(
                    typed ->
                        KeySuggestion.nearest(
                            typed.replaceFirst("=.*", ""),
                            new LinkedHashSet<>(unmatched.getSuggestions())))
                .ifPresent(meant -> command.getErr().println("Did you mean: " + meant + "?"));
          }
          command
              .getErr()
              .println(
                  "Run '" + command.getCommandSpec().qualifiedName() + " --help' for its options.");
          return ExitCodes.USAGE;
        });
    // picocli's own message for a bad date names a Java class and exception; say the form instead.
    cli.registerConverter(
        LocalDate.class, date(LocalDate::parse, "a date", "yyyy-MM-dd", "2023-03-13"));
    cli.registerConverter(YearMonth.class, date(YearMonth::parse, "a month", "yyyy-MM", "2023-03"));
    cli.registerConverter(
        LocalDateTime.class,
        date(LocalDateTime::parse, "a date and time", "yyyy-MM-ddTHH:mm", "2023-04-04T00:01"));
    return cli;
  }

  private static <T> CommandLine.ITypeConverter<T> date(
      Function<String, T> parse, String what, String form, String example) {
    return value -> {
      try {
        return parse.apply(value.strip());
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not " + what + "; expected " + form + ", e.g. " + example);
      }
    };
  }

  /** No subcommand given: show what there is to run. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /**
   * The version in the runnable jar's manifest (Implementation-Version), and the Java running it.
   */
  static final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {
        "strike-impact " + (version != null ? version : "(development build: no jar manifest)"),
        "Java ${java.version} (${java.vendor})"
      };
    }
  }
}
