package io.strikeimpact.model.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * Every file and why it gave nothing, then the fix that fits each cause: a damaged file is sent
   * again, a file whose every row was rejected has its profile checked.
   */
  private static String message(List<UnreadableReturn> returns) {
    Map<String, List<String>> filesByFix = new LinkedHashMap<>();
    for (UnreadableReturn r : returns) {
      filesByFix.computeIfAbsent(r.fix(), k -> new ArrayList<>()).add(r.file());
    }
    String fixes =
        filesByFix.size() == 1
            ? filesByFix.keySet().iterator().next()
            : filesByFix.entrySet().stream()
                .map(e -> "for " + String.join(" and ", e.getValue()) + ", " + e.getKey())
                .collect(Collectors.joining("; "));
    return "No return could be read, so there are no figures to report: "
        + returns.stream()
            .map(r -> r.file() + " (" + r.reason() + ")")
            .collect(Collectors.joining("; "))
        + ". Fix: "
        + fixes
        + "; then run strike-impact validate.";
  }
}
