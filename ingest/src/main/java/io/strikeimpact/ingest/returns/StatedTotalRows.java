package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.profile.Profile.Field;
import io.strikeimpact.ingest.profile.TypeWords;
import io.strikeimpact.ingest.table.CellDate;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.CountScope;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.StatedTotal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a summary that states totals (the ICB's, say): each row an action, a site or {@code all},
 * an optional activity type and the total stated, checked later against the counts; never added.
 */
final class StatedTotalRows implements RowInterpreter {
  private final ReturnContext context;
  private final Profile profile;
  private final List<StatedTotal> totals = new ArrayList<>();
  private final List<DataProblem> problems = new ArrayList<>();
  private final List<RejectedRow> rejected = new ArrayList<>();
  private int rowsRead;
  private int rowsUsed;

  StatedTotalRows(ReturnContext context) {
    this.context = context;
    this.profile = context.profile();
  }

  @Override
  public void row(RawRow row, HeaderColumns columns) {
    rowsRead++;
    List<DataProblem> rowProblems = new ArrayList<>();
    Optional<IndustrialAction> action =
        switch (profile.action().kind()) {
          case FIXED -> context.calendar().find(profile.action().fixedId().orElseThrow());
          case BY_COLUMN -> {
            int col = columns.index(Field.ACTION).orElseThrow();
            yield context.action(row.text(col), context.at(row, col), rowProblems);
          }
          case BY_DATE -> {
            int col = columns.index(Field.DATE).orElseThrow();
            Optional<CellDate> date =
                Dates.read(
                    row.cell(col),
                    profile.dateFormats(),
                    profile.source(),
                    context.at(row, col),
                    rowProblems);
            String text = Dates.found(row.cell(col), date);
            yield date.flatMap(d -> context.actionOn(d, context.at(row, col), text, rowProblems));
          }
        };

    Optional<String> site = profile.site();
    boolean allSites = false;
    if (site.isEmpty()) {
      int col = columns.index(Field.SITE).orElseThrow();
      String code = row.text(col);
      // "all", or the words analysts write for it: "All sites", "ICB total", "Total (all sites)".
      // So does the ICB's own code or name (QMM, "N&W ICB"): its total is all its sites'.
      // "Total for Norfolk and Waveney", "N&N total": the total of what the words name.
      String named = code;
      if (context.siteNamed(code).isEmpty()) {
        String stripped = AllSitesLabel.withoutTotalling(code);
        if (context.siteNamed(stripped).isPresent()) {
          named = stripped;
        }
      }
      if (AllSitesLabel.isAllSites(code)
          || context
              .siteNamed(named)
              .map(io.strikeimpact.model.Site::isCommissioner)
              .orElse(false)) {
        allSites = true;
      } else {
        site = context.site(named, context.at(row, col), rowProblems);
      }
    }

    Optional<ActivityType> type = Optional.empty();
    if (columns.index(Field.TYPE).isPresent()) {
      int col = columns.index(Field.TYPE).get();
      String word = row.text(col);
      if (!word.isEmpty()) {
        type = profile.typeWords().typeOf(word);
        if (type.isEmpty()) {
          rowProblems.add(
              new DataProblem(
                  Severity.ERROR,
                  context.at(row, col),
                  word,
                  "an empty cell (all types) or one of the activity words "
                      + profile.source()
                      + " accepts: "
                      + profile.typeWords().describe(),
                  "add \"" + word + "\" to " + TypeWords.keys() + " in " + profile.source()));
        }
      }
    }

    // A blank stated total is "no figure": nothing to check, and nothing wrong.
    Optional<Integer> countColumn = columns.index(Field.COUNT);
    Optional<Integer> runningColumn = columns.index(Field.RUNNING_TOTAL);
    Optional<Integer> countCell = countColumn.filter(c -> !Counts.blank(row.cell(c)));
    Optional<Integer> runningCell = runningColumn.filter(c -> !Counts.blank(row.cell(c)));
    // A total the summary withholds ("*", "[c]") states nothing to check: said, not an error.
    countCell = countCell.filter(c -> !withheld(row, c));
    runningCell = runningCell.filter(c -> !withheld(row, c));
    if (rowProblems.isEmpty() && countCell.isEmpty() && runningCell.isEmpty()) {
      return;
    }
    Optional<Long> stated =
        countCell.flatMap(c -> Counts.read(row.cell(c), context.at(row, c), rowProblems));
    Optional<Long> running =
        runningCell.flatMap(c -> Counts.read(row.cell(c), context.at(row, c), rowProblems));

    if (!rowProblems.isEmpty()) {
      problems.addAll(rowProblems);
      rejected.add(new RejectedRow(context.row(row), row.values(), rowProblems));
      return;
    }
    CountScope scope = narrowed(CountScope.action(action.orElseThrow().id()), allSites, site, type);
    String label =
        columns
            .index(Field.LABEL)
            .map(row::text)
            .filter(s -> !s.isBlank())
            .orElse(
                "Stated total, "
                    + action.get().id()
                    + ", "
                    + (allSites ? "all sites" : site.get()));
    rowsUsed++;
    if (stated.isPresent()) {
      totals.add(new StatedTotal(label, scope, stated.get(), context.at(row, countCell.get())));
    }
    if (running.isPresent()) {
      // Every action from the first of the calendar up to and including the row's.
      IndustrialAction to = action.get();
      java.util.Set<String> since =
          context.calendar().actions().stream()
              .filter(a -> !a.start().isAfter(to.start()))
              .map(IndustrialAction::id)
              .collect(java.util.stream.Collectors.toSet());
      totals.add(
          new StatedTotal(
              label + " (running total since the first action)",
              narrowed(
                  new CountScope(since, Optional.empty(), Optional.empty(), Optional.empty()),
                  allSites,
                  site,
                  type),
              running.get(),
              context.at(row, runningCell.get()),
              Optional.of(to.id())));
    }
  }

  /** Whether the cell withholds its total, with a WARNING saying it is not checked. */
  private boolean withheld(RawRow row, int column) {
    if (!Counts.suppressed(row.cell(column))) {
      return false;
    }
    problems.add(Counts.withheldTotal(context.at(row, column), row.cell(column).get(), "returns"));
    return true;
  }

  private static CountScope narrowed(
      CountScope scope, boolean allSites, Optional<String> site, Optional<ActivityType> type) {
    CountScope s = allSites ? scope : scope.site(site.orElseThrow());
    return type.map(s::type).orElse(s);
  }

  @Override
  public ReturnRead result(String sheet, List<DataProblem> fileProblems) {
    List<DataProblem> all = new ArrayList<>(fileProblems);
    all.addAll(problems);
    return ReturnRead.statedTotals(sheet, totals, all, rejected, rowsRead, rowsUsed);
  }
}
