package io.strikeimpact.cli;

import io.strikeimpact.ingest.screen.Identifiers;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.check.CheckSummary;
import io.strikeimpact.model.check.DraftText;
import io.strikeimpact.model.check.FigureCheck;
import io.strikeimpact.model.check.FigureChecker;
import io.strikeimpact.model.check.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks every figure in a draft against the data and prints a verdict for each. */
@Command(
    name = "check-text",
    header = "Check the figures in a draft (press release, story) against the data.",
    description =
        "Reads a plain-text draft and prints each figure the data can answer (totals, site and type"
            + " figures, rates, ratios, percentages, hours, days and dates of action) with \"matches\","
            + " \"differs: the data says N (source)\", \"not found in the data\" or, for a site"
            + " that did not take part, \"not applicable\".",
    footer = {
      "",
      "Examples:",
      "  strike-impact check-text draft.txt",
      "  strike-impact check-text --fail-on-differences draft.txt"
    },
    mixinStandardHelpOptions = true)
final class CheckTextCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Parameters(
      paramLabel = "DRAFT",
      description =
          "The draft, as a text file: UTF-8 (or UTF-16 with its byte order mark); a line that is"
              + " not UTF-8 is read as Windows-1252 and said to be.")
  Path draft;

  @Option(
      names = "--fail-on-differences",
      description =
          "Exit with 1 when any figure differs from the data, a figure one slip of the keyboard"
              + " from a known one (1,882 for 882) included. A figure not found in the data does"
              + " not fail: a draft carries figures the data cannot speak to (money, waiting"
              + " lists, survey results). What looks like a patient's NHS number in the draft"
              + " fails too.")
  boolean failOnDifferences;

  @Override
  public Integer call() {
    DraftText text;
    try {
      text = DraftText.decode(Files.readAllBytes(draft));
    } catch (IOException e) {
      throw new UserError(
          ExitCodes.UNREADABLE_INPUT,
          "Could not read the draft "
              + draft.toAbsolutePath()
              + ": "
              + UserError.reason(e)
              + ". Fix: give a UTF-8 text file.",
          e);
    }
    Analysis analysis = input.analyse(spec.commandLine().getErr());
    ScreenedDraft screened = ScreenedDraft.of(text.text());
    List<FigureCheck> checks = FigureChecker.check(analysis, screened.text());
    PrintWriter o = spec.commandLine().getOut();
    o.println(
        "Figures in "
            + draft.getFileName()
            + " checked against the data for "
            + analysis.focus().describe()
            + ":");
    // Lines that could not be read as written come first: none is skipped without a word. Each
    // quotes its line as read, so it is screened as the draft was.
    for (String problem : text.problems()) {
      o.println("  " + Identifiers.scrub(problem));
    }
    List<Integer> identifierLines = screened.linesWithNhsNumbers();
    int next = 0;
    for (FigureCheck c : checks) {
      while (next < identifierLines.size() && identifierLines.get(next) <= c.line()) {
        o.println("  " + ScreenedDraft.problemOnLine(identifierLines.get(next++)));
      }
      o.println("  line " + c.line() + ": " + c.figure() + " \u2014 " + c.describe());
    }
    while (next < identifierLines.size()) {
      o.println("  " + ScreenedDraft.problemOnLine(identifierLines.get(next++)));
    }
    // A figure not read fails as a difference does: the draft carries digits nobody checked.
    long differs =
        checks.stream()
            .filter(c -> c.verdict() == Verdict.DIFFERS || c.verdict() == Verdict.NOT_READ)
            .count();
    o.println(CheckSummary.of(checks));
    if (!text.problems().isEmpty()) {
      o.println("Not all of the draft could be read as written (above).");
    }
    if (!identifierLines.isEmpty()) {
      o.println(screened.summary());
    }
    o.flush();
    boolean failed = differs > 0 || !text.problems().isEmpty() || !identifierLines.isEmpty();
    return failOnDifferences && failed ? ExitCodes.DATA_PROBLEMS : ExitCodes.OK;
  }
}
