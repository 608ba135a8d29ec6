package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.Profile.Field;
import io.strikeimpact.ingest.table.CellReference;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rows that head a section of a return ("Outpatients" alone on a row above the outpatient rows):
 * passed over and named in one warning for the file, rather than refused with an error for each of
 * the date, type and count the row leaves empty.
 */
final class SectionHeadings {
  private static final int NAMED = 10;
  private final ReturnContext context;
  private final List<String> headings = new ArrayList<>();

  SectionHeadings(ReturnContext context) {
    this.context = context;
  }

  /**
   * Whether the row is a label alone: one text cell, not in a count column, in a table whose rows
   * must give a date or a count, so the row could only be refused.
   */
  boolean passesOver(RawRow row, HeaderColumns columns) {
    if (row.cells().size() != 1 || !row.cells().getFirst().isLabel()) {
      return false;
    }
    Optional<Integer> date = columns.index(Field.DATE);
    Optional<Integer> count = columns.index(Field.COUNT);
    if (date.isEmpty() && count.isEmpty()) {
      return false; // a row of blank figures is "no figure" there, not an error
    }
    RawCell label = row.cells().getFirst();
    int c = label.column();
    // A lone word in a count column is a figure written wrong, and in the date column a heading
    // only when it has no digits (31/02/2023 alone is a date written wrong).
    if (count.equals(Optional.of(c))
        || columns.byType().containsKey(c)
        || columns.byDayAndType().containsKey(c)
        || (date.equals(Optional.of(c)) && label.text().chars().anyMatch(Character::isDigit))) {
      return false;
    }
    headings.add("\"" + label.text() + "\" (cell " + CellReference.of(c, row.number()) + ")");
    return true;
  }

  Optional<DataProblem> warning(String sheet) {
    if (headings.isEmpty()) {
      return Optional.empty();
    }
    String named = headings.stream().limit(NAMED).collect(Collectors.joining(", "));
    String more = headings.size() > NAMED ? " and " + (headings.size() - NAMED) + " more" : "";
    return Optional.of(
        new DataProblem(
            Severity.WARNING,
            context.whole(sheet),
            (headings.size() == 1 ? "a row" : headings.size() + " rows")
                + " holding only a label: "
                + named
                + more,
            "rows of figures; a label alone on a row is taken for a section heading and not read",
            "nothing to do if it heads the rows below it; if the row should hold figures, fill in"
                + " its date, activity type and count"));
  }
}
