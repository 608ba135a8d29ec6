package io.strikeimpact.cli;

import io.strikeimpact.ingest.screen.Identifiers;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into messages a person can act on. A stack trace is printed only with {@code
 * STRIKE_IMPACT_VERBOSE=1} (or the system property {@code strike.impact.verbose=1}), for
 * developers. Every line is screened for patient identifiers first: an exception's message may
 * quote a value from a return.
 */
final class ErrorMessages implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof UserError user) {
      err.println(Identifiers.scrub("strike-impact: " + user.getMessage()));
      trace(e, err);
      return user.exitCode();
    }
    err.println(
        Identifiers.scrub(
            "strike-impact: unexpected failure: "
                + e
                + ". This is a defect; please report it with the command you ran"
                + " (set STRIKE_IMPACT_VERBOSE=1 for the details)."));
    trace(e, err);
    return ExitCodes.INTERNAL_ERROR;
  }

  private static void trace(Exception e, PrintWriter err) {
    if ("1".equals(System.getenv("STRIKE_IMPACT_VERBOSE"))
        || "1".equals(System.getProperty("strike.impact.verbose"))) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.print(Identifiers.scrub(trace.toString()));
    }
  }
}
