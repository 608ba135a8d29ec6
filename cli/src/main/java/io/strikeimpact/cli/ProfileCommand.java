package io.strikeimpact.cli;

import io.strikeimpact.ingest.profile.ProfileSuggester;
import io.strikeimpact.ingest.table.UnreadableFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strike-impact profile}: work with profiles, the description of a hospital's layout. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    header = "Work with profiles: how to read each hospital's returns.",
    // Without its own description, INHERIT scope would show Main's here.
    description =
        "A profile (profiles/NAME.properties in the data folder) says which files a hospital's"
            + " returns are, which sheet and columns hold the figures, and the hospital's words for"
            + " each activity type. Every key is listed in samples/data/README.md.",
    footer = {
      "",
      "Example:",
      "  strike-impact profile suggest returns/RM1/march.xlsx --out profiles/nnuh.properties"
    },
    subcommands = {ProfileCommand.Suggest.class, CommandLine.HelpCommand.class})
final class ProfileCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** {@code strike-impact profile suggest FILE [--out FILE]}. */
  @Command(
      name = "suggest",
      mixinStandardHelpOptions = true,
      header = "Write a starting profile from a new hospital's spreadsheet.",
      description = {
        "Reads FILE (xlsx, xls or csv), finds its header row and guesses which column holds the date, type,"
            + " count, specialty and site, the hospital's words for each activity type and the date format.",
        "Lines it could not fill are marked TO DO. Check every line, then save the profile in the data"
            + " folder's profiles/."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:profile written",
        "2:usage error",
        "3:FILE missing, or not a table with a header row",
        "4:the profile could not be written; nothing half-written is left"
      })
  static final class Suggest implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The hospital's return: .xlsx, .xls or .csv.")
    Path file;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "Write the profile here. Default: standard output.")
    Path out;

    @Override
    public Integer call() {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UserError(
            ExitCodes.UNREADABLE_INPUT,
            "Cannot read "
                + file
                + " ("
                + UserError.reason(e)
                + "). Fix: check the path and that the file is not open in another program.",
            e);
      }
      ProfileSuggester.Suggestion suggestion;
      try {
        suggestion = ProfileSuggester.suggest(file.getFileName().toString(), bytes);
      } catch (UnreadableFileException e) {
        throw new UserError(
            ExitCodes.UNREADABLE_INPUT,
            file + ": found " + e.found() + "; expected " + e.expected() + ". Fix: " + e.fix(),
            e);
      }
      if (out == null) {
        spec.commandLine().getOut().print(suggestion.properties());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
      }
      try {
        AtomicOutput.write(
            out, stream -> stream.write(suggestion.properties().getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UserError(
            ExitCodes.OUTPUT_FAILED,
            "Could not write "
                + out
                + " ("
                + UserError.reason(e)
                + "). Fix: check the folder exists and can be written to.",
            e);
      }
      spec.commandLine()
          .getErr()
          .println(
              "Wrote "
                  + out
                  + (suggestion.unplaced().isEmpty()
                      ? "."
                      : "; " + suggestion.unplaced().size() + " lines marked TO DO to fill in."));
      return ExitCodes.OK;
    }
  }
}
