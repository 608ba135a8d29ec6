package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.DayTypeColumns;
import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.profile.Profile.Field;
import io.strikeimpact.ingest.profile.TypeWords;
import io.strikeimpact.ingest.table.CellDate;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.CountScope;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Participation;
import io.strikeimpact.model.ParticipationTable;
import io.strikeimpact.model.PlannedActivity;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.StaffTakingPart;
import io.strikeimpact.model.StatedTotal;
import io.strikeimpact.model.SuppressedCells;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the rows of an activity return into counts: one count per row in a long layout, one per
 * type column in a wide layout. A totals row becomes a stated total; a row with any problem is kept
 * aside whole, with all its problems.
 */
final class ActivityRows implements RowInterpreter {
  /** The word in a staff figure's note that marks it illustrative. */
  private static final java.util.regex.Pattern ILLUSTRATIVE =
      java.util.regex.Pattern.compile(
          "\\billustrative\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  private final ReturnContext context;
  private final Profile profile;
  private final ParticipationTable participation;
  private final List<DisruptionCount> counts = new ArrayList<>();
  private final List<PlannedActivity> planned = new ArrayList<>();
  private final List<DisruptionCount> unplanned = new ArrayList<>();
  private final List<StaffTakingPart> staff = new ArrayList<>();

  /** The staff cells that say "no figure" in words, and what they hold, told once a file. */
  private final List<Provenance> staffNotGiven = new ArrayList<>();

  private final List<String> staffNotGivenText = new ArrayList<>();
  private final List<StatedTotal> totals = new ArrayList<>();
  private final List<DataProblem> problems = new ArrayList<>();

  /** Whether this file's warning about a row total mapped as total-only has been given. */
  private boolean rowTotalsAsTotalOnlyWarned;

  private final List<RejectedRow> rejected = new ArrayList<>();

  /** Totals rows met before any row of figures, checked against the rows below at the end. */
  private final List<RawRow> totalsFirst = new ArrayList<>();

  private HeaderColumns totalsFirstColumns;
  private boolean atEnd;
  private final Set<String> actionsAbove = new LinkedHashSet<>();
  private final Set<String> sitesAbove = new LinkedHashSet<>();
  private final Set<String> warnedNotTakingPart = new HashSet<>();
  private int rowsRead;
  private int rowsUsed;
  private final Subtotals subtotals;
  private final OtherSites otherSites;
  private final SectionHeadings headings;
  private final OfWhichRows ofWhich;
  private final DayTypeActions dayTypeActions;
  private final WeekRows weeks;

  ActivityRows(ReturnContext context, ParticipationTable participation) {
    this.context = context;
    this.profile = context.profile();
    this.participation = participation;
    this.subtotals = new Subtotals(context, rejected);
    this.otherSites = new OtherSites(context);
    this.headings = new SectionHeadings(context);
    this.ofWhich = new OfWhichRows(context);
    this.dayTypeActions = new DayTypeActions(context, problems);
    this.weeks = new WeekRows(context, problems);
  }

  private boolean byDate() {
    return profile.action().kind() == Profile.ActionRule.Kind.BY_DATE;
  }

  /**
   * The week a date cell's text names ("w/c 13/03/2023"), when it names one: even where a profile's
   * date.format reads the words as a literal ({@code 'w/c' dd/MM/yy}), the figures are a week's. A
   * spreadsheet date cell is a day.
   */
  private Optional<WeekLabel> weekOf(Optional<RawCell> cell) {
    if (cell.isEmpty() || cell.get().date().isPresent() || cell.get().number().isPresent()) {
      return Optional.empty();
    }
    return WeekLabel.parse(cell.get().text(), profile.dateFormats());
  }

  /** A row of a wide layout by day and type: one count per non-blank day-and-type cell. */
  private void dayTypeRow(RawRow row, HeaderColumns columns) {
    List<DataProblem> rowProblems = new ArrayList<>();
    Optional<String> site =
        profile.site().isPresent()
            ? profile.site()
            : siteFromColumn(row, columns.index(Field.SITE).orElseThrow(), rowProblems);
    Optional<String> specialty = specialty(row, columns);
    List<DisruptionCount> rowCounts = new ArrayList<>();
    for (Map.Entry<Integer, DayTypeColumns.DayType> e : columns.byDayAndType().entrySet()) {
      int col = e.getKey();
      if (row.cell(col).isEmpty()) {
        continue; // a blank is "no figure" in a table by day and type
      }
      Optional<IndustrialAction> action =
          dayTypeActions.of(row, columns, col, e.getValue(), rowProblems);
      Optional<Long> count = Counts.read(row.cell(col), context.at(row, col), rowProblems);
      if (action.isPresent() && count.isPresent() && site.isPresent()) {
        rowCounts.add(
            new DisruptionCount(
                site.get(),
                action.get().id(),
                e.getValue().type(),
                Optional.of(e.getValue().date()),
                specialty,
                count.get(),
                context.at(row, col)));
      }
    }
    if (!rowProblems.isEmpty()) {
      problems.addAll(rowProblems);
      rejected.add(new RejectedRow(context.row(row), row.values(), rowProblems));
      return;
    }
    rowsUsed++;
    counts.addAll(rowCounts);
    unplanned.addAll(rowCounts); // a table by day and type has no planned columns
    rowTotal(row, columns, rowCounts);
    for (DisruptionCount c : rowCounts) {
      actionsAbove.add(c.actionId());
      sitesAbove.add(c.odsCode());
      warnIfNotTakingPart(c.odsCode(), c.actionId(), c.provenance());
    }
  }

  /**
   * Whether a row of a summary by site names the ICB (or region) the sites belong to ("N&W ICB",
   * QMM): its figures are the sites' total, a stated total to check, never a site's figures to add
   * (read as QMM's, they doubled all sites' 4,726 to 9,452).
   */
  private boolean isCommissionerRow(RawRow row, HeaderColumns columns) {
    return profile.site().isEmpty()
        && columns.index(Field.SITE).isPresent()
        && context
            .siteNamed(row.text(columns.index(Field.SITE).get()))
            .map(io.strikeimpact.model.Site::isCommissioner)
            .orElse(false);
  }

  @Override
  public void row(RawRow row, HeaderColumns columns) {
    if (isTotalsRow(row) || isCommissionerRow(row, columns)) {
      if (!profile.skipOtherSites()) {
        totalsRow(row, columns);
      }
      return;
    }
    if (subtotals.isSubtotalRow(row) || subtotals.isSubtotalByItsFigures(row, columns, counts)) {
      subtotals.check(row, columns, counts, problems);
      return;
    }
    if (otherSites.skips(row, columns)) {
      return;
    }
    if (headings.passesOver(row, columns) || ofWhich.passesOver(row)) {
      return;
    }
    rowsRead++;
    subtotals.rowRead();
    if (!columns.byDayAndType().isEmpty()) {
      dayTypeRow(row, columns);
      return;
    }
    List<DataProblem> rowProblems = new ArrayList<>();

    Optional<String> site =
        profile.site().isPresent()
            ? profile.site()
            : siteFromColumn(row, columns.index(Field.SITE).orElseThrow(), rowProblems);

    Optional<CellDate> cellDate = Optional.empty();
    Optional<WeekLabel> week = Optional.empty();
    String dateText = "";
    Provenance dateAt = context.row(row);
    if (columns.index(Field.DATE).isPresent()) {
      int col = columns.index(Field.DATE).get();
      dateAt = context.at(row, col);
      week = weekOf(row.cell(col));
      if (week.isEmpty()) {
        cellDate =
            Dates.read(row.cell(col), profile.dateFormats(), profile.source(), dateAt, rowProblems);
      }
      dateText = Dates.found(row.cell(col), cellDate);
    }
    // A row is counted on its day of action: a time before 07:00 is in the day before. A row of a
    // week has no one day: its figures cover the action's days in that week.
    Optional<LocalDate> date = cellDate.map(CellDate::day);

    Optional<IndustrialAction> action =
        week.isPresent()
            ? weeks.action(
                week.get(),
                byDate()
                    ? Optional.empty()
                    : action(row, columns, cellDate, dateAt, dateText, rowProblems),
                byDate(),
                dateAt,
                dateText,
                rowProblems)
            : action(row, columns, cellDate, dateAt, dateText, rowProblems);
    if (action.isPresent()
        && cellDate.isPresent()
        && profile.action().kind() != Profile.ActionRule.Kind.BY_DATE) {
      context.checkDate(action.get(), cellDate.get(), dateAt, dateText, rowProblems);
    }

    Optional<Long> staffFigure =
        columns.index(Field.STAFF).flatMap(i -> staffFigure(row, i, rowProblems));

    Optional<String> specialty = specialty(row, columns);
    List<DisruptionCount> rowCounts = new ArrayList<>();
    if (columns.byType().isEmpty()) {
      Optional<ActivityType> type = type(row, columns, rowProblems);
      int countColumn = columns.index(Field.COUNT).orElseThrow();
      Optional<RawCell> countCell = row.cell(countColumn);
      // A count withheld ("*", "<5") or "none" in words ("-", "n/a"): the row is read and gives no
      // figure, as a cell of a column per type does; a withheld one is a warning naming it.
      boolean noFigure = Counts.suppressed(countCell) || Counts.nil(countCell);
      if (Counts.suppressed(countCell)) {
        problems.add(withheld(row, countColumn));
      } else if (Counts.nil(countCell)) {
        markedNone(row, countColumn);
      }
      Optional<Long> count =
          noFigure
              ? Optional.empty()
              : Counts.read(countCell, context.at(row, countColumn), rowProblems);
      if (rowProblems.isEmpty() && count.isPresent()) {
        rowCounts.add(
            count(
                site,
                action,
                type.orElseThrow(),
                date,
                specialty,
                count.orElseThrow(),
                context.at(row, countColumn)));
      }
    } else {
      // A blank type cell is "no figure" for that type, as in a table by day and type: a clinic
      // with no inpatient list leaves the column empty, and that is not an error.
      Map<Integer, Long> values = new java.util.LinkedHashMap<>();
      for (Map.Entry<Integer, ActivityType> e : columns.byType().entrySet()) {
        Optional<RawCell> cell = row.cell(e.getKey());
        if (Counts.suppressed(cell)) {
          // A small number withheld: no figure for this type, and the row's others stand.
          problems.add(withheld(row, e.getKey()));
        } else if (Counts.nil(cell)) {
          markedNone(row, e.getKey());
        } else if (!Counts.blank(cell)) {
          Counts.read(cell, context.at(row, e.getKey()), rowProblems)
              .ifPresent(v -> values.put(e.getKey(), v));
        }
      }
      if (rowProblems.isEmpty()) {
        dropRowTotalsCountedAsTotalOnly(row, columns, values);
        for (Map.Entry<Integer, ActivityType> e : columns.byType().entrySet()) {
          if (values.containsKey(e.getKey())) {
            rowCounts.add(
                count(
                    site,
                    action,
                    e.getValue(),
                    date,
                    specialty,
                    values.get(e.getKey()),
                    context.at(row, e.getKey())));
          }
        }
      }
    }

    if (!rowProblems.isEmpty()) {
      problems.addAll(rowProblems);
      rejected.add(new RejectedRow(context.row(row), row.values(), rowProblems));
      return;
    }
    columns
        .index(Field.STAFF)
        .filter(i -> Counts.staffNotGiven(row.cell(i)))
        .ifPresent(
            i -> {
              staffNotGiven.add(context.at(row, i));
              staffNotGivenText.add(row.cell(i).get().text());
            });
    if (staffFigure.isPresent() && site.isPresent() && action.isPresent() && date.isPresent()) {
      staff.add(staffTakingPart(row, columns, site.get(), action.get(), date.get(), staffFigure));
    }
    if (rowCounts.isEmpty()) {
      rowTotal(row, columns, rowCounts);
      return; // every type cell blank: a row read that gives no figure
    }
    rowsUsed++;
    counts.addAll(rowCounts);
    rowTotal(row, columns, rowCounts);
    plannedBeside(row, columns, rowCounts);
    actionsAbove.add(action.orElseThrow().id());
    sitesAbove.add(site.orElseThrow());
    warnIfNotTakingPart(site.get(), action.get().id(), rowCounts.getFirst().provenance());
  }

  /** Count cells that say none in words ("-", "n/a"), by column, for the totals row below. */
  private final Map<Integer, List<RawRow>> markedNone = new java.util.HashMap<>();

  private void markedNone(RawRow row, int column) {
    markedNone.computeIfAbsent(column, k -> new ArrayList<>()).add(row);
  }

  /**
   * A totals cell that states more than the counts above it in its column, where cells above say
   * none in words: each such cell may be a figure withheld ("-" is one in some hands), so each is a
   * WARNING the reconciliation reads, and the total is said to be not checked exactly rather than
   * to disagree. Where the total is borne out, "-" meant none, and nothing is said.
   */
  private void markedNoneUnderTotal(RawRow totals, int column, long stated) {
    List<RawRow> rows = markedNone.getOrDefault(column, List.of());
    if (rows.isEmpty()) {
      return;
    }
    String sheet = context.at(totals, column).sheet();
    String letters = io.strikeimpact.ingest.table.CellReference.of(column, 1).replaceAll("\\d", "");
    long above = 0;
    for (DisruptionCount c : counts) {
      Provenance p = c.provenance();
      if (p.sheet().equals(sheet) && p.cell().replaceAll("\\d", "").equals(letters)) {
        above += c.count();
      }
    }
    if (stated <= above) {
      return;
    }
    for (RawRow row : rows) {
      problems.add(
          new DataProblem(
              Severity.WARNING,
              context.at(row, column),
              row.cell(column).orElseThrow().text(),
              SuppressedCells.NOT_GIVEN,
              "nothing to fix if it means none; if it stands for a figure withheld, ask for the"
                  + " figure: until then the total at "
                  + context.at(totals, column).cell()
                  + " is not checked exactly, and this cell is not counted"));
    }
  }

  /** The WARNING of a count cell withheld as a small number: not counted, and the row stands. */
  private DataProblem withheld(RawRow row, int column) {
    return new DataProblem(
        Severity.WARNING,
        context.at(row, column),
        row.cell(column).orElseThrow().text(),
        SuppressedCells.EXPECTED,
        "nothing to fix if the hospital withholds small numbers: this cell is not counted, so the"
            + " figures for its site are short by that number, and a total that includes it is not"
            + " checked exactly; ask for the unsuppressed figure if the pack must be complete");
  }

  /**
   * The planned activity beside each count of an accepted row: {@code column.planned} in a long
   * layout, the type's column of {@code columns.planned-by-type} in a wide one. A blank or missing
   * planned cell leaves the count unplanned; a bad one is an ERROR naming the cell, and the count
   * stands (it is the planned figure that is wrong, not the count).
   */
  private void plannedBeside(RawRow row, HeaderColumns columns, List<DisruptionCount> rowCounts) {
    for (DisruptionCount c : rowCounts) {
      Optional<Integer> col =
          columns.byType().isEmpty()
              ? columns.index(Field.PLANNED)
              : Optional.ofNullable(columns.plannedByType().get(c.type()));
      Optional<Long> figure =
          col.flatMap(i -> Counts.readPlanned(row.cell(i), context.at(row, i), problems));
      if (figure.isPresent()) {
        planned.add(
            new PlannedActivity(
                c.odsCode(), c.actionId(), c.type(), figure.get(), context.at(row, col.get())));
      } else {
        unplanned.add(c);
      }
    }
  }

  /**
   * The row's staff figure: empty for a blank cell, and for words meaning "no figure" ("n/a", "-",
   * "nil return"), which an accepted row notes once a file with its cell (see {@link
   * #staffNotGivenNote}), so the row's counts stand and the day has no staff figure, never 0; else
   * the cell read as a whole number, an ERROR rejecting the row when it is not one.
   */
  private Optional<Long> staffFigure(RawRow row, int col, List<DataProblem> rowProblems) {
    if (Counts.staffNotGiven(row.cell(col))) {
      return Optional.empty();
    }
    return Counts.readStaff(row.cell(col), context.at(row, col), rowProblems);
  }

  /**
   * One WARNING a file for its staff cells that say "no figure" in words: the cells and what they
   * hold, at the first of them.
   */
  private Optional<DataProblem> staffNotGivenNote() {
    if (staffNotGiven.isEmpty()) {
      return Optional.empty();
    }
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < staffNotGiven.size(); i++) {
      String text = staffNotGivenText.get(i).strip();
      cells.add(
          (text.codePoints().allMatch(Character::isSpaceChar) ? "spaces only" : text)
              + " ("
              + staffNotGiven.get(i).cell()
              + ")");
    }
    return Optional.of(
        new DataProblem(
            Severity.WARNING,
            staffNotGiven.getFirst(),
            io.strikeimpact.model.text.HouseStyle.joinWithAnd(cells),
            Counts.STAFF_EXPECTED,
            "nothing to fix for the counts: "
                + (cells.size() == 1 ? "this row is" : "these " + cells.size() + " rows are")
                + " counted, and the staff figure for "
                + (cells.size() == 1 ? "its day" : "their days")
                + " is not given (never 0), so no rate per staff-day of action taken part is given"
                + " where a day lacks a figure; write the number of staff taking part if it is"
                + " known, or leave the cell blank, and send the return again"));
  }

  /**
   * The staff taking part on an accepted row's day, with its note: the row's {@code
   * column.staff-note}, else the profile's {@code staff.note}. A note holding the word
   * "illustrative" marks the figure illustrative.
   */
  private StaffTakingPart staffTakingPart(
      RawRow row,
      HeaderColumns columns,
      String site,
      IndustrialAction action,
      LocalDate date,
      Optional<Long> figure) {
    int col = columns.index(Field.STAFF).orElseThrow();
    String note =
        columns
            .index(Field.STAFF_NOTE)
            .map(i -> ReturnContext.text(row.cell(i)).strip())
            .filter(n -> !n.isEmpty())
            .or(profile::staffNote)
            .orElse("");
    boolean illustrative = ILLUSTRATIVE.matcher(note).find();
    return new StaffTakingPart(
        site, action.id(), date, figure.orElseThrow(), context.at(row, col), illustrative, note);
  }

  private DisruptionCount count(
      Optional<String> site,
      Optional<IndustrialAction> action,
      ActivityType type,
      Optional<LocalDate> date,
      Optional<String> specialty,
      long count,
      Provenance at) {
    return new DisruptionCount(
        site.orElseThrow(), action.orElseThrow().id(), type, date, specialty, count, at);
  }

  private Optional<String> siteFromColumn(RawRow row, int column, List<DataProblem> rowProblems) {
    return context.site(row.text(column), context.at(row, column), rowProblems);
  }

  private Optional<IndustrialAction> action(
      RawRow row,
      HeaderColumns columns,
      Optional<CellDate> date,
      Provenance dateAt,
      String dateText,
      List<DataProblem> rowProblems) {
    return switch (profile.action().kind()) {
      case FIXED -> context.calendar().find(profile.action().fixedId().orElseThrow());
      case BY_DATE -> date.flatMap(d -> context.actionOn(d, dateAt, dateText, rowProblems));
      case BY_COLUMN -> {
        int col = columns.index(Field.ACTION).orElseThrow();
        yield context.action(row.text(col), context.at(row, col), rowProblems);
      }
    };
  }

  private Optional<ActivityType> type(
      RawRow row, HeaderColumns columns, List<DataProblem> rowProblems) {
    if (profile.fixedType().isPresent()) {
      return profile.fixedType();
    }
    int col = columns.index(Field.TYPE).orElseThrow();
    String word = row.text(col);
    Optional<ActivityType> type = profile.typeWords().typeOf(word);
    if (type.isEmpty()) {
      rowProblems.add(
          new DataProblem(
              Severity.ERROR,
              context.at(row, col),
              word,
              "one of the activity words "
                  + profile.source()
                  + " accepts: "
                  + profile.typeWords().describe(),
              (word.isEmpty()
                      ? "fill in the activity type with a word listed under "
                      : "add \"" + word + "\" to ")
                  + TypeWords.keys()
                  + " in "
                  + profile.source()));
    }
    return type;
  }

  private static Optional<String> specialty(RawRow row, HeaderColumns columns) {
    String code = columns.index(Field.SPECIALTY_CODE).map(row::text).orElse("");
    String name = columns.index(Field.SPECIALTY).map(row::text).orElse("");
    String both = (code + " " + name).strip();
    return both.isEmpty() ? Optional.empty() : Optional.of(both);
  }

  private void warnIfNotTakingPart(String site, String actionId, Provenance at) {
    if (participation.of(site, actionId) == Participation.DID_NOT_TAKE_PART
        && warnedNotTakingPart.add(site + " " + actionId)) {
      String note =
          participation
              .find(site, actionId)
              .map(p -> p.note())
              .filter(n -> !n.isEmpty())
              .map(n -> " (" + n + ")")
              .orElse("");
      problems.add(
          new DataProblem(
              Severity.WARNING,
              at,
              "a count for " + site + " in " + actionId,
              "counts only for sites that took part; reference/participation.csv says "
                  + site
                  + " did not take part in "
                  + actionId
                  + note,
              "check the return is filed under the right action; if the site did take part, correct reference/participation.csv"));
    }
  }

  // ---- row totals ----

  /**
   * A "Total" column mapped in {@code columns.by-type} as total-only beside outpatient and
   * inpatient columns: where a row's total-only figure is the sum of its outpatient and inpatient
   * figures, it adds up the row and is not activity of its own, so it is left out rather than
   * counting the row twice (seen on a return whose profile {@code profile suggest} once wrote so).
   * One warning a file says how to map it. A total-only figure beside no split, or not their sum,
   * is counted as before.
   */
  private void dropRowTotalsCountedAsTotalOnly(
      RawRow row, HeaderColumns columns, Map<Integer, Long> values) {
    long split = 0;
    boolean hasSplit = false;
    for (Map.Entry<Integer, ActivityType> e : columns.byType().entrySet()) {
      if (e.getValue() != ActivityType.TOTAL_ONLY && values.containsKey(e.getKey())) {
        split += values.get(e.getKey());
        hasSplit = true;
      }
    }
    if (!hasSplit) {
      return;
    }
    for (Map.Entry<Integer, ActivityType> e : columns.byType().entrySet()) {
      Long total = values.get(e.getKey());
      if (e.getValue() == ActivityType.TOTAL_ONLY && total != null && total == split) {
        values.remove(e.getKey());
        if (!rowTotalsAsTotalOnlyWarned) {
          rowTotalsAsTotalOnlyWarned = true;
          problems.add(
              new DataProblem(
                  Severity.WARNING,
                  context.at(row, e.getKey()),
                  ReturnContext.text(row.cell(e.getKey())),
                  "in a column mapped as total-only, a figure for activity not split by type, not"
                      + " the sum of the row's outpatient and inpatient figures",
                  "the column adds up each row, so it was not counted again; map it with"
                      + " column.row-total instead of in columns.by-type, so every row is checked"
                      + " against its parts"));
        }
      }
    }
  }

  /**
   * The row's own total ({@code column.row-total}), a stated total over the count cells of this row
   * alone, so a mismatch cites the total cell and the cells it should add up. A blank is no figure;
   * a total beside a row whose count cells are all blank cannot be checked against anything and
   * says so.
   */
  private void rowTotal(RawRow row, HeaderColumns columns, List<DisruptionCount> rowCounts) {
    Optional<Integer> col = columns.index(Field.ROW_TOTAL);
    if (col.isEmpty() || Counts.blank(row.cell(col.get()))) {
      return;
    }
    if (rowCounts.isEmpty()) {
      List<DataProblem> found = new ArrayList<>();
      Counts.read(row.cell(col.get()), context.at(row, col.get()), found)
          .filter(v -> v != 0)
          .ifPresent(
              v ->
                  found.add(
                      new DataProblem(
                          Severity.WARNING,
                          context.at(row, col.get()),
                          ReturnContext.text(row.cell(col.get())),
                          "a row total equal to the sum of the row's count cells, which are all"
                              + " blank",
                          "fill in the row's counts, or clear its total; neither is counted")));
      problems.addAll(found);
      return;
    }
    Set<String> actions = new LinkedHashSet<>();
    rowCounts.forEach(c -> actions.add(c.actionId()));
    CountScope scope =
        new CountScope(
                actions,
                Optional.of(rowCounts.getFirst().odsCode()),
                Optional.empty(),
                Optional.of(context.file()))
            .row(row.number());
    stated(row, col.get(), "Row total", scope);
  }

  // ---- totals rows ----

  private boolean isTotalsRow(RawRow row) {
    return TableEnd.isTotalsRow(profile, row);
  }

  private void totalsRow(RawRow row, HeaderColumns columns) {
    if (actionsAbove.isEmpty()) {
      profile.action().fixedId().ifPresent(actionsAbove::add);
    }
    if (actionsAbove.isEmpty() && !columns.byDayAndType().isEmpty()) {
      actionsAbove.addAll(dayTypeActions.resolved(row, columns));
    }
    if (actionsAbove.isEmpty() && rowsRead == 0 && !atEnd) {
      // A total above the rows it adds up ("All sites" first, as many summaries put it): its
      // actions are those of the rows below, so it is checked once they are read.
      totalsFirst.add(row);
      totalsFirstColumns = columns;
      return;
    }
    if (actionsAbove.isEmpty()) {
      String label = row.values().stream().filter(v -> !v.isEmpty()).findFirst().orElse("");
      // Rows above that were all rejected are not a totals row out of place: say what to mend.
      problems.add(
          rowsRead > 0
              ? new DataProblem(
                  Severity.WARNING,
                  context.row(row),
                  label,
                  // atEnd: a totals row above the table's rows, checked once they were read.
                  (atEnd ? "rows below" : "rows above")
                      + " the totals row that could be counted; all "
                      + rowsRead
                      + (atEnd ? " below" : " above")
                      + " it were rejected",
                  "correct the rejected rows above (see their messages); the totals row is checked"
                      + " once they count")
              : new DataProblem(
                  Severity.WARNING,
                  context.row(row),
                  label,
                  "a totals row above or below rows it adds up; no row of the table gives a figure",
                  "check the rows of the table (see their messages); the totals row is not checked"));
      return;
    }
    CountScope scope =
        new CountScope(
            actionsAbove, Optional.empty(), Optional.empty(), Optional.of(context.file()));
    // One site above is the site of the total only when no row was rejected: in a summary by site
    // whose other sites' rows were refused, the totals row is still every site's, never the one
    // left (it said "4,120 for JPUH" where JPUH's row gave 262).
    Optional<String> site =
        profile
            .site()
            .or(
                () ->
                    sitesAbove.size() == 1 && rejected.isEmpty()
                        ? Optional.of(sitesAbove.iterator().next())
                        : Optional.empty());
    if (site.isPresent()) {
      scope = scope.site(site.get());
    }
    Optional<Integer> rowTotal = columns.index(Field.ROW_TOTAL);
    if (rowTotal.isPresent()) {
      stated(row, rowTotal.get(), "Totals row, all types", scope);
    }
    if (!columns.byDayAndType().isEmpty()) {
      dayTypeTotals(row, columns, scope);
    } else if (columns.byType().isEmpty()) {
      CountScope s = scope;
      if (columns.index(Field.TYPE).isPresent()) {
        Optional<ActivityType> t =
            profile.typeWords().typeOf(row.text(columns.index(Field.TYPE).get()));
        if (t.isPresent()) {
          s = s.type(t.get());
        }
      } else if (profile.fixedType().isPresent()) {
        s = s.type(profile.fixedType().get());
      }
      stated(row, columns.index(Field.COUNT).orElseThrow(), "Totals row", s);
    } else {
      for (Map.Entry<Integer, ActivityType> e : columns.byType().entrySet()) {
        stated(row, e.getKey(), "Totals row, " + e.getValue().heading(), scope.type(e.getValue()));
      }
    }
  }

  /**
   * A totals row of a wide layout by day and type: each cell is that day's and type's total, so it
   * is checked against the cells above it in its own column and cited by its own reference. Adding
   * the row up per type instead would let two day-level errors that cancel out pass as agreeing.
   */
  private void dayTypeTotals(RawRow row, HeaderColumns columns, CountScope scope) {
    for (Map.Entry<Integer, DayTypeColumns.DayType> e : columns.byDayAndType().entrySet()) {
      DayTypeColumns.DayType dayType = e.getValue();
      if (profile.action().kind() != Profile.ActionRule.Kind.BY_COLUMN
          && dayTypeActions.of(row, columns, e.getKey(), dayType, new ArrayList<>()).isEmpty()) {
        continue; // a column on no action day, already an error at its header: nothing to check
      }
      stated(
          row,
          e.getKey(),
          "Totals row, "
              + dayType.type().heading()
              + ", "
              + io.strikeimpact.model.text.HouseStyle.date(dayType.date()),
          scope.type(dayType.type()).day(dayType.date()));
    }
  }

  private void stated(RawRow row, int column, String label, CountScope scope) {
    if (Counts.blank(row.cell(column))) {
      return;
    }
    if (Counts.suppressed(row.cell(column))) {
      // A total withheld is no figure to check against; nothing the counts lack.
      problems.add(Counts.withheldTotal(context.at(row, column), row.cell(column).get(), "counts"));
      return;
    }
    if (row.cell(column).get().isUncalculated()) {
      // The figures are sound; only the check is lost, so a warning, not an error.
      problems.add(
          new DataProblem(
              Severity.WARNING,
              context.at(row, column),
              "a formula with no calculated value",
              "a stated total to check the figures against",
              "open the return in Excel or LibreOffice so that it calculates, save it and send it"
                  + " again; until then this total is not checked (a file written by a script,"
                  + " openpyxl for one, holds its formulas without their results)"));
      return;
    }
    List<DataProblem> found = new ArrayList<>();
    Optional<Long> value = Counts.read(row.cell(column), context.at(row, column), found);
    problems.addAll(found);
    if (value.isPresent() && scope.row().isEmpty()) {
      markedNoneUnderTotal(row, column, value.get());
    }
    value.ifPresent(v -> totals.add(new StatedTotal(label, scope, v, context.at(row, column))));
  }

  @Override
  public ReturnRead result(String sheet, List<DataProblem> fileProblems) {
    atEnd = true;
    for (RawRow row : totalsFirst) {
      totalsRow(row, totalsFirstColumns);
    }
    totalsFirst.clear();
    List<DataProblem> all = new ArrayList<>(fileProblems);
    all.addAll(problems);
    otherSites.warning(sheet).ifPresent(all::add);
    headings.warning(sheet).ifPresent(all::add);
    ofWhich.warning(sheet).ifPresent(all::add);
    staffNotGivenNote().ifPresent(all::add);
    return new ReturnRead(
        sheet,
        counts,
        totals,
        all,
        rejected,
        rowsRead,
        rowsUsed,
        rejected.size(),
        planned,
        unplanned,
        io.strikeimpact.model.RowsNotCounted.NONE,
        staff);
  }
}
