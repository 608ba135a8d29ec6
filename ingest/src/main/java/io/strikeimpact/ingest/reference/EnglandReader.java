package io.strikeimpact.ingest.reference;

import io.strikeimpact.ingest.Read;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.NationalFigure;
import io.strikeimpact.model.NationalFigure.Column;
import io.strikeimpact.model.NationalFigures;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.StrikeCalendar;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads {@code reference/england.csv}, optional: NHS England's published figures for England, one
 * row per action and release: action_id, release_date, source, inpatient, outpatient, acute_total,
 * other_settings, peak_staff_absent, peak_staff_absent_date, cumulative_acute_total. A blank figure
 * is "not published", never 0. The same action in two releases is a revision; the latest release is
 * used (see {@link NationalFigures}). Dates are {@code yyyy-MM-dd}; figures are whole numbers of 0
 * or more, with or without thousands commas.
 */
public final class EnglandReader {
  public static final String FILE = "reference/england.csv";
  static final List<String> COLUMNS = Arrays.stream(Column.values()).map(Column::header).toList();
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final List<Column> FIGURES =
      List.of(
          Column.INPATIENT,
          Column.OUTPATIENT,
          Column.ACUTE_TOTAL,
          Column.OTHER_SETTINGS,
          Column.PEAK_STAFF_ABSENT,
          Column.CUMULATIVE_ACUTE_TOTAL);

  public Read<NationalFigures> read(byte[] bytes, Provenance file, StrikeCalendar calendar) {
    ReferenceTable.Read table = ReferenceTable.read(bytes, file, COLUMNS);
    List<DataProblem> problems = new ArrayList<>(table.problems());
    List<RejectedRow> rejected = new ArrayList<>();
    List<NationalFigure> figures = new ArrayList<>();
    Map<String, Integer> rowOfRelease = new HashMap<>();
    for (ReferenceTable.Row row : table.rows()) {
      List<DataProblem> rowProblems = new ArrayList<>();
      String id = row.get("action_id");
      if (calendar.find(id).isEmpty()) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.at("action_id"),
                id,
                "an action id from " + CalendarReader.FILE + ", e.g. bma-jd-2023-03",
                "correct the id, or add the action to " + CalendarReader.FILE));
      }
      Optional<LocalDate> release = date(row, Column.RELEASE_DATE, true, rowProblems);
      Map<Column, OptionalLong> n = new EnumMap<>(Column.class);
      for (Column c : FIGURES) {
        n.put(c, figure(row, c, rowProblems));
      }
      Optional<LocalDate> peakDate = date(row, Column.PEAK_STAFF_ABSENT_DATE, false, rowProblems);
      if (peakDate.isPresent() && n.get(Column.PEAK_STAFF_ABSENT).isEmpty()) {
        rowProblems.add(
            new DataProblem(
                Severity.ERROR,
                row.at(Column.PEAK_STAFF_ABSENT.header()),
                "",
                "the peak number of staff absent on " + peakDate.get(),
                "fill in peak_staff_absent, or clear peak_staff_absent_date"));
      }
      if (rowProblems.isEmpty()) {
        Integer first = rowOfRelease.putIfAbsent(id + "@" + release.get(), row.number());
        if (first != null) {
          rowProblems.add(
              new DataProblem(
                  Severity.ERROR,
                  row.row(),
                  id + ", " + release.get(),
                  "one row per action and release (row " + first + " has the same)",
                  "delete one of the two rows, or correct its release_date"));
        }
      }
      if (rowProblems.isEmpty()) {
        Map<Column, Provenance> cells = new EnumMap<>(Column.class);
        for (Column c : Column.values()) {
          cells.put(c, row.at(c.header()));
        }
        figures.add(
            new NationalFigure(
                id,
                release.get(),
                row.get(Column.SOURCE.header()),
                n.get(Column.INPATIENT),
                n.get(Column.OUTPATIENT),
                n.get(Column.ACUTE_TOTAL),
                n.get(Column.OTHER_SETTINGS),
                n.get(Column.PEAK_STAFF_ABSENT),
                peakDate,
                n.get(Column.CUMULATIVE_ACUTE_TOTAL),
                row.row(),
                cells));
      } else {
        problems.addAll(rowProblems);
        rejected.add(new RejectedRow(row.row(), row.values(), rowProblems));
      }
    }
    return new Read<>(
        new NationalFigures(figures), problems, rejected, table.rows().size(), figures.size());
  }

  /** A figure: blank is not published; otherwise a whole number of 0 or more. */
  private static OptionalLong figure(
      ReferenceTable.Row row, Column column, List<DataProblem> problems) {
    String text = row.get(column.header()).strip();
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    String digits = text.replace(",", "");
    if (digits.matches("[0-9]{1,18}") && text.matches("[0-9]{1,3}(,[0-9]{3})*|[0-9]+")) {
      return OptionalLong.of(Long.parseLong(digits));
    }
    problems.add(
        new DataProblem(
            Severity.ERROR,
            row.at(column.header()),
            text,
            "a whole number of 0 or more as published, e.g. 175122, or a blank cell where the"
                + " release gave no figure",
            "write the figure as NHS England published it (not a rounded \"about\" figure), or"
                + " leave the cell blank: a blank is \"not published\", never 0"));
    return OptionalLong.empty();
  }

  private static Optional<LocalDate> date(
      ReferenceTable.Row row, Column column, boolean required, List<DataProblem> problems) {
    String text = row.get(column.header()).strip();
    if (text.isEmpty() && !required) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text, DATE));
    } catch (DateTimeParseException e) {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              row.at(column.header()),
              text,
              "a date as yyyy-MM-dd, e.g. 2023-04-17",
              required
                  ? "write the date of the release that published the figures"
                  : "correct the date, or leave it blank"));
      return Optional.empty();
    }
  }
}
