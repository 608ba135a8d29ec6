package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * "Of which" rows ({@code of which: cataracts} under Ophthalmology): a breakdown of the row above,
 * whose figures already include it. Counting it as a specialty of its own would count its activity
 * twice (the red team's QEH return gave 954 for 932). Such a row is passed over, in every reader
 * alike, and named with the row it is a part of in one warning for the file, so it stays in sight
 * as not counted and why.
 */
final class OfWhichRows {
  private static final int NAMED = 10;

  /** "of which", "of which:", "(of which) ...", "- of which", "of whom", as a label begins. */
  private static final Pattern OF_WHICH =
      Pattern.compile("(?i)^[\\s\\-–(]*of\\s+(which|whom)(?![a-z])");

  private final ReturnContext context;
  private final List<String> rows = new ArrayList<>();
  private String above;

  OfWhichRows(ReturnContext context) {
    this.context = context;
  }

  static boolean isOfWhich(String label) {
    return OF_WHICH.matcher(label).find();
  }

  /**
   * Whether the row gives a part of the row above ("of which ..."), and so is not counted; any
   * other row is remembered as the row the next "of which" row is a part of.
   */
  boolean passesOver(RawRow row) {
    Optional<String> label = row.firstLabel();
    if (label.isEmpty() || !isOfWhich(label.get())) {
      above = label.orElse(null);
      return false;
    }
    rows.add(
        "\""
            + label.get().strip()
            + "\" (row "
            + row.number()
            + (above == null ? "" : ", part of \"" + above.strip() + "\"")
            + ")");
    return true;
  }

  Optional<DataProblem> warning(String sheet) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    String named = rows.stream().limit(NAMED).collect(Collectors.joining(", "));
    String more = rows.size() > NAMED ? " and " + (rows.size() - NAMED) + " more" : "";
    return Optional.of(
        new DataProblem(
            Severity.WARNING,
            context.whole(sheet),
            (rows.size() == 1 ? "a row" : rows.size() + " rows")
                + " giving a part of the row above: "
                + named
                + more,
            "rows of figures, each counted once; a row that begins \"of which\" breaks down the row"
                + " above it, whose figures already include it, so it is not counted again",
            "nothing to fix if each is a part of the row above; if one is a row of its own, take"
                + " \"of which\" out of its label"));
  }
}
