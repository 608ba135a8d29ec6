package io.strikeimpact.model.analysis;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stated totals that were sent but could not be read, so were never checked against the returns: a
 * summary's rejected rows, and summaries refused whole. Without this a pack whose only wrong stated
 * total was also unreadable would say every stated total agrees, and the one disagreement the check
 * exists to catch would vanish from the count.
 *
 * @param rowsRejected rows of stated-totals files that were rejected, one stated total each
 * @param filesRefused stated-totals files that gave no rows at all, with an error saying why
 */
public record StatedTotalsNotRead(int rowsRejected, List<String> filesRefused) {
  /** The role ingest gives a summary of stated totals, such as the ICB's. */
  static final String STATED_TOTALS = "stated totals";

  public StatedTotalsNotRead {
    filesRefused = List.copyOf(filesRefused);
  }

  /** The stated totals of a dataset that could not be read. */
  public static StatedTotalsNotRead in(Dataset dataset) {
    Set<String> summaries = new HashSet<>();
    List<String> refused = new ArrayList<>();
    for (SourceFile s : dataset.sources()) {
      if (!s.role().equals(STATED_TOTALS)) {
        continue;
      }
      summaries.add(s.name());
      if (s.rowsRead() == 0 && hasError(dataset.problems(), s.name())) {
        refused.add(s.name());
      }
    }
    int rejected = 0;
    for (RejectedRow r : dataset.rejectedRows()) {
      if (summaries.contains(r.row().file())) {
        rejected++;
      }
    }
    return new StatedTotalsNotRead(rejected, refused);
  }

  private static boolean hasError(List<DataProblem> problems, String file) {
    for (DataProblem p : problems) {
      if (p.severity() == Severity.ERROR && p.where().file().equals(file)) {
        return true;
      }
    }
    return false;
  }

  /** Nothing sent as a stated total went unread. */
  public boolean none() {
    return rowsRejected == 0 && filesRefused.isEmpty();
  }

  /**
   * "2 stated totals could not be read and were not checked", "the stated totals in
   * returns/QMM/icb.csv could not be read": empty when {@link #none()}. Numerals throughout, as
   * house style has it.
   */
  public String describe() {
    return describe(
        HouseStyle.quantity(rowsRejected, "stated total", "stated totals")
            + (rowsRejected == 1 ? " could not be read and was" : " could not be read and were"));
  }

  private String describe(String rows) {
    List<String> parts = new ArrayList<>();
    if (rowsRejected > 0) {
      parts.add(rows + " not checked against the returns");
    }
    if (!filesRefused.isEmpty()) {
      parts.add(
          "the stated totals in "
              + String.join(" and ", filesRefused)
              + " could not be read, so none of them was checked");
    }
    return String.join("; ", parts);
  }
}
