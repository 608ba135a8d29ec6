package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.DayTypeColumns.DayType;
import io.strikeimpact.ingest.profile.LabelPattern;
import io.strikeimpact.ingest.profile.Profile.Field;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Subtotal rows ({@code subtotals.label}): never counted, each checked against the rows read since
 * the header or the subtotal before it, column by column; a subtotal that does not add up is a
 * warning naming both figures. A subtotal equal to every row since the header is a total of them
 * all (Excel's "Grand Total" below its subtotals) and agrees too.
 *
 * <p>A row whose label begins "Total" ("Total Surgery") is a subtotal only when its figures add up
 * to the rows above it: "Total knee replacement" is a procedure, and its row is counted.
 */
final class Subtotals {
  /** Labels that may be a subtotal's, if the figures say so. */
  private static final LabelPattern TOTAL_FIRST = LabelPattern.parse("Total *|Totals *");

  private final ReturnContext context;
  private final List<RejectedRow> rejected;
  private int groupStart;
  private int rejectedStart;
  private int rowsInGroup;
  private boolean first = true;

  Subtotals(ReturnContext context, List<RejectedRow> rejected) {
    this.context = context;
    this.rejected = rejected;
  }

  boolean isSubtotalRow(RawRow row) {
    return row.firstLabel().map(context.profile().subtotalLabels()::matches).orElse(false);
  }

  /**
   * Whether a row labelled "Total ..." adds up, in every count column it fills, to the rows since
   * the header or the subtotal before: then it is a subtotal, whatever {@code subtotals.label}
   * says.
   */
  boolean isSubtotalByItsFigures(RawRow row, HeaderColumns columns, List<DisruptionCount> counts) {
    if (rowsInGroup == 0 || row.firstLabel().filter(TOTAL_FIRST::matches).isEmpty()) {
      return false;
    }
    List<DataProblem> differences = new ArrayList<>();
    int compared = compareAll(row, columns, counts, differences);
    return compared > 0 && differences.isEmpty();
  }

  void rowRead() {
    rowsInGroup++;
  }

  void check(
      RawRow row, HeaderColumns columns, List<DisruptionCount> counts, List<DataProblem> problems) {
    compareAll(row, columns, counts, problems);
    groupStart = counts.size();
    rejectedStart = rejected.size();
    rowsInGroup = 0;
    first = false;
  }

  /** Compares each count column the row fills with its sums; how many it compared. */
  private int compareAll(
      RawRow row, HeaderColumns columns, List<DisruptionCount> counts, List<DataProblem> problems) {
    List<DisruptionCount> group = List.copyOf(counts.subList(groupStart, counts.size()));
    boolean someRejected = rejected.size() > rejectedStart;
    int compared = 0;
    if (!columns.byDayAndType().isEmpty()) {
      for (Map.Entry<Integer, DayType> e : columns.byDayAndType().entrySet()) {
        DayType dt = e.getValue();
        compared +=
            compare(
                row,
                e.getKey(),
                group,
                counts,
                c -> c.type() == dt.type() && c.date().equals(Optional.of(dt.date())),
                someRejected,
                problems);
      }
    } else if (!columns.byType().isEmpty()) {
      for (Map.Entry<Integer, ActivityType> e : columns.byType().entrySet()) {
        compared +=
            compare(
                row,
                e.getKey(),
                group,
                counts,
                c -> c.type() == e.getValue(),
                someRejected,
                problems);
      }
    } else {
      Optional<ActivityType> type =
          columns.index(Field.TYPE).flatMap(i -> context.profile().typeWords().typeOf(row.text(i)));
      compared +=
          compare(
              row,
              columns.index(Field.COUNT).orElseThrow(),
              group,
              counts,
              c -> type.map(t -> t == c.type()).orElse(true),
              someRejected,
              problems);
    }
    return compared;
  }

  /** 1 when the row fills the column and it was compared, else 0. */
  private int compare(
      RawRow row,
      int column,
      List<DisruptionCount> group,
      List<DisruptionCount> sinceHeader,
      Predicate<DisruptionCount> in,
      boolean someRejected,
      List<DataProblem> problems) {
    if (row.cell(column).isEmpty()) {
      return 0;
    }
    List<DataProblem> found = new ArrayList<>();
    Optional<Long> stated = Counts.read(row.cell(column), context.at(row, column), found);
    for (DataProblem p : found) {
      problems.add(
          new DataProblem(
              Severity.WARNING,
              p.where(),
              p.found(),
              p.expected(),
              p.fix() + "; the subtotal was not checked"));
    }
    long sum = group.stream().filter(in).mapToLong(DisruptionCount::count).sum();
    long all = sinceHeader.stream().filter(in).mapToLong(DisruptionCount::count).sum();
    if (stated.isPresent() && stated.get() != sum && (first || stated.get() != all)) {
      problems.add(
          new DataProblem(
              Severity.WARNING,
              context.at(row, column),
              row.text(column),
              "a subtotal equal to the sum of the "
                  + rowsInGroup
                  + " rows since the "
                  + (first ? "header" : "subtotal before")
                  + ", "
                  + HouseStyle.count(sum)
                  + (first ? "" : ", or of every row since the header, " + HouseStyle.count(all))
                  + (someRejected ? " (rows kept aside with a problem are not in the sum)" : ""),
              "correct the subtotal or the rows it adds up in the return; the rows are counted and the subtotal never is"));
    }
    return stated.isPresent() ? 1 : 0;
  }
}
