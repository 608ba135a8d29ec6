package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.DayTypeColumns.DayType;
import io.strikeimpact.ingest.profile.Profile.Field;
import io.strikeimpact.ingest.table.RawCell;
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
 * warning naming both figures.
 */
final class Subtotals {
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
    return row.cells().stream()
        .filter(RawCell::isLabel)
        .findFirst()
        .map(c -> context.profile().subtotalLabels().matches(c.text()))
        .orElse(false);
  }

  void rowRead() {
    rowsInGroup++;
  }

  void check(
      RawRow row, HeaderColumns columns, List<DisruptionCount> counts, List<DataProblem> problems) {
    List<DisruptionCount> group = List.copyOf(counts.subList(groupStart, counts.size()));
    boolean someRejected = rejected.size() > rejectedStart;
    if (!columns.byDayAndType().isEmpty()) {
      for (Map.Entry<Integer, DayType> e : columns.byDayAndType().entrySet()) {
        DayType dt = e.getValue();
        compare(
            row,
            e.getKey(),
            group,
            c -> c.type() == dt.type() && c.date().equals(Optional.of(dt.date())),
            someRejected,
            problems);
      }
    } else if (!columns.byType().isEmpty()) {
      for (Map.Entry<Integer, ActivityType> e : columns.byType().entrySet()) {
        compare(row, e.getKey(), group, c -> c.type() == e.getValue(), someRejected, problems);
      }
    } else {
      Optional<ActivityType> type =
          columns.index(Field.TYPE).flatMap(i -> context.profile().typeWords().typeOf(row.text(i)));
      compare(
          row,
          columns.index(Field.COUNT).orElseThrow(),
          group,
          c -> type.map(t -> t == c.type()).orElse(true),
          someRejected,
          problems);
    }
    groupStart = counts.size();
    rejectedStart = rejected.size();
    rowsInGroup = 0;
    first = false;
  }

  private void compare(
      RawRow row,
      int column,
      List<DisruptionCount> group,
      Predicate<DisruptionCount> in,
      boolean someRejected,
      List<DataProblem> problems) {
    if (row.cell(column).isEmpty()) {
      return;
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
    if (stated.isPresent() && stated.get() != sum) {
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
                  + (someRejected ? " (rows kept aside with a problem are not in the sum)" : ""),
              "correct the subtotal or the rows it adds up in the return; the rows are counted and the subtotal never is"));
    }
  }
}
