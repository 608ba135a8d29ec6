package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hidden rows of a sheet that were read: counted, as Excel's SUM counts them (and as the
 * return's own totals row, a SUM over them, does), so the figures agree with what the hospital
 * added up; but a person looking at the sheet, on screen or on paper, does not see them, so one
 * warning names them. Leaving them out was rejected: the totals row would then disagree with the
 * rows read, and a row hidden to tidy a sheet is as much the return as any other.
 */
final class HiddenRows {
  /** How many row numbers the warning lists before it says how many more. */
  static final int SHOWN = 5;

  private final ReturnContext context;
  private final List<RawRow> first = new ArrayList<>();
  private int count;

  HiddenRows(ReturnContext context) {
    this.context = context;
  }

  /** Notes a row handed on to be read, if it is hidden. */
  void offer(RawRow row) {
    if (!row.hidden()) {
      return;
    }
    count++;
    if (first.size() < SHOWN) {
      first.add(row);
    }
  }

  /** The one warning for the sheet, if any row read was hidden. */
  Optional<DataProblem> warning() {
    if (count == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new DataProblem(
            Severity.WARNING,
            context.row(first.getFirst()),
            (count == 1 ? "a hidden row, " : count + " hidden rows, ") + rows(),
            "rows a person sees: a hidden row (hidden with Hide, or filtered out by an AutoFilter)"
                + " does not show on screen or in print, but is read and counted here, as Excel's"
                + " SUM counts it",
            "check the hidden "
                + (count == 1 ? "row" : "rows")
                + ": if "
                + (count == 1 ? "its figures belong" : "their figures belong")
                + " to the return, nothing to fix (unhide "
                + (count == 1 ? "it" : "them")
                + " to be rid of this warning); if "
                + (count == 1 ? "it holds" : "they hold")
                + " old, draft or duplicate figures, delete the "
                + (count == 1 ? "row" : "rows")
                + " and send the return again"));
  }

  private String rows() {
    List<String> numbers = new ArrayList<>();
    for (RawRow r : first) {
      numbers.add(String.valueOf(r.number()));
    }
    String listed =
        numbers.size() == 1
            ? "row " + numbers.getFirst()
            : "rows "
                + String.join(", ", numbers.subList(0, numbers.size() - 1))
                + (count > SHOWN ? ", " : " and ")
                + numbers.getLast();
    return count > SHOWN ? listed + " and " + (count - SHOWN) + " more" : listed;
  }
}
