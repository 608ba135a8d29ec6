package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.DayTypeColumns;
import io.strikeimpact.ingest.profile.DayTypeColumns.DayType;
import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.model.ActivityType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the count columns of a wide layout by day and type in a header row. A header reads on its
 * own ("13-Mar-23 Outpatient"), or under a heading in the row above it, as when a date is merged
 * across its type columns: the heading is the nearest cell at or left of the column.
 */
final class DayTypeHeaders {
  private DayTypeHeaders() {}

  static Map<Integer, DayType> find(Profile profile, RawRow row, RawRow above) {
    Map<Integer, DayType> found = new LinkedHashMap<>();
    if (profile.byDayAndType().isEmpty()) {
      return found;
    }
    DayTypeColumns pattern = profile.byDayAndType().get();
    for (RawCell cell : row.cells()) {
      Optional<DayType> dayType =
          pattern.read(cell.text(), profile.dateFormats(), profile.typeWords());
      if (dayType.isEmpty() && above != null) {
        Optional<RawCell> heading = headingOver(above, cell.column());
        if (heading.isPresent()) {
          dayType =
              pattern.read(
                  heading.get().text() + " " + cell.text(),
                  profile.dateFormats(),
                  profile.typeWords());
          if (dayType.isEmpty() && heading.get().date().isPresent()) {
            Optional<ActivityType> type = profile.typeWords().typeOf(cell.text());
            dayType = type.map(t -> new DayType(heading.get().date().get(), t));
          }
        }
      }
      dayType.ifPresent(d -> found.put(cell.column(), d));
    }
    return found;
  }

  private static Optional<RawCell> headingOver(RawRow above, int column) {
    RawCell nearest = null;
    for (RawCell c : above.cells()) {
      if (c.column() <= column) {
        nearest = c;
      }
    }
    return Optional.ofNullable(nearest);
  }
}
