package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.DayTypeColumns.DayType;
import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.profile.Profile.Field;
import io.strikeimpact.ingest.screen.OutgoingScreen;
import io.strikeimpact.ingest.table.CellReference;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The action of each count column of a wide layout by day and type, from its header's date: found
 * once per column, so a header date on no action day is one problem at the header cell, and that
 * column's figures are not used.
 */
final class DayTypeActions {
  private final ReturnContext context;
  private final List<DataProblem> fileProblems;
  private final Map<Integer, Optional<IndustrialAction>> byColumn = new HashMap<>();

  DayTypeActions(ReturnContext context, List<DataProblem> fileProblems) {
    this.context = context;
    this.fileProblems = fileProblems;
  }

  Optional<IndustrialAction> of(
      RawRow row,
      HeaderColumns columns,
      int column,
      DayType dayType,
      List<DataProblem> rowProblems) {
    Profile profile = context.profile();
    if (profile.action().kind() == Profile.ActionRule.Kind.BY_COLUMN) {
      int ac = columns.index(Field.ACTION).orElseThrow();
      Optional<IndustrialAction> action =
          context.action(row.text(ac), context.at(row, ac), rowProblems);
      action.ifPresent(
          a ->
              context.checkDate(
                  a, dayType.date(), header(row, columns, column), text(dayType), rowProblems));
      return action;
    }
    return byColumn.computeIfAbsent(column, c -> resolve(header(row, columns, c), dayType));
  }

  /** Every action the columns resolved to so far, for a totals row above the data. */
  List<String> resolved(RawRow row, HeaderColumns columns) {
    List<String> ids = new ArrayList<>();
    if (context.profile().action().kind() == Profile.ActionRule.Kind.BY_COLUMN) {
      return ids;
    }
    columns
        .byDayAndType()
        .forEach(
            (col, dt) ->
                of(row, columns, col, dt, new ArrayList<>())
                    .ifPresent(
                        a -> {
                          if (!ids.contains(a.id())) {
                            ids.add(a.id());
                          }
                        }));
    return ids;
  }

  private Optional<IndustrialAction> resolve(Provenance at, DayType dayType) {
    Profile profile = context.profile();
    if (profile.action().kind() == Profile.ActionRule.Kind.FIXED) {
      Optional<IndustrialAction> action =
          context.calendar().find(profile.action().fixedId().orElseThrow());
      List<DataProblem> found = new ArrayList<>();
      action.ifPresent(a -> context.checkDate(a, dayType.date(), at, text(dayType), found));
      fileProblems.addAll(found);
      return found.isEmpty() ? action : Optional.empty();
    }
    return context.actionOn(dayType.date(), at, text(dayType), fileProblems);
  }

  private Provenance header(RawRow row, HeaderColumns columns, int column) {
    return new Provenance(
        context.file(),
        context.sha256(),
        OutgoingScreen.sheet(row.sheet()),
        CellReference.of(column, columns.headerRow()));
  }

  private static String text(DayType dayType) {
    return Dates.house(dayType.date()) + " " + dayType.type().heading().toLowerCase(Locale.ROOT);
  }
}
