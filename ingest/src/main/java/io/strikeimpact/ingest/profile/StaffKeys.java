package io.strikeimpact.ingest.profile;

import io.strikeimpact.ingest.profile.Profile.Field;
import io.strikeimpact.ingest.profile.Profile.Role;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import java.util.List;
import java.util.Map;

/**
 * Checks a profile's keys for staff taking part ({@code column.staff}, {@code column.staff-note},
 * {@code staff.note}): a staff figure is a day's, so it is read from a table of rows with a date,
 * beside the counts of an activity return.
 */
final class StaffKeys {
  private StaffKeys() {}

  static void check(
      Provenance file,
      List<DataProblem> problems,
      Role role,
      Profile.Layout layout,
      Map<Field, ColumnName> columns,
      boolean byDayAndType,
      boolean staffNote) {
    String key = Field.STAFF.key();
    if (!columns.containsKey(Field.STAFF)) {
      if (columns.containsKey(Field.STAFF_NOTE) || staffNote) {
        problems.add(
            error(
                file,
                (columns.containsKey(Field.STAFF_NOTE) ? Field.STAFF_NOTE.key() : "staff.note")
                    + " without "
                    + key,
                "a note on staff figures only with column.staff, the column of staff taking part",
                "add column.staff, or remove the note"));
      }
      return;
    }
    if (role == Role.STATED_TOTALS) {
      problems.add(
          error(
              file,
              key + " with role = stated-totals",
              "staff taking part only in an activity return, beside its counts",
              "remove " + key));
    } else if (layout == Profile.Layout.LINE_LEVEL) {
      problems.add(
          error(
              file,
              key + " with layout = line-level",
              "staff taking part only in a table of figures: a line-level extract has a row per"
                  + " appointment, not per day",
              "remove " + key + ", and read the staff figures from a table of days"));
    } else if (byDayAndType) {
      problems.add(
          error(
              file,
              key + " with columns.by-day-and-type",
              "staff taking part in a table with a row per day (column.date); a table by day and"
                  + " type has no staff column",
              "remove " + key));
    } else if (!columns.containsKey(Field.DATE)) {
      problems.add(
          error(
              file,
              key + " without column.date",
              "column.date naming the column of dates: a staff figure is the staff taking part on"
                  + " one day of action",
              "add column.date, or remove " + key));
    }
  }

  private static DataProblem error(Provenance file, String found, String expected, String fix) {
    return new DataProblem(Severity.ERROR, file, found, expected, fix + " in " + file.file());
  }
}
