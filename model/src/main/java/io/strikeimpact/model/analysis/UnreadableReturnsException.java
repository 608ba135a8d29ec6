package io.strikeimpact.model.analysis;

import java.util.List;
import java.util.stream.Collectors;

/**
 * There are returns, but none could be read: not a usage error, and not "add returns". The message
 * names every file and why it gave no figures.
 */
public final class UnreadableReturnsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<UnreadableReturn> returns;

  UnreadableReturnsException(List<UnreadableReturn> returns) {
    super(message(returns));
    this.returns = List.copyOf(returns);
  }

  public List<UnreadableReturn> returns() {
    return returns;
  }

  private static String message(List<UnreadableReturn> returns) {
    return "No return could be read, so there are no figures to report: "
        + returns.stream()
            .map(r -> r.file() + " (" + r.reason() + ")")
            .collect(Collectors.joining("; "))
        + ". Fix: ask each hospital to send its return again as a workbook or csv that opens"
        + " without a password, then run strike-impact validate.";
  }
}
