package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.DayTypeColumns.DayType;
import io.strikeimpact.ingest.profile.Profile.Field;
import io.strikeimpact.model.ActivityType;
import java.util.Map;
import java.util.Optional;

/**
 * Where each mapped column is in a table, found from its header row.
 *
 * @param headerRow the header's row number
 * @param fields the 0-based column index of each single column mapped
 * @param byType the 0-based column index of each count column of a wide layout, in the profile's
 *     order
 * @param byDayAndType the 0-based column index of each count column of a wide layout by day and
 *     type, left to right
 * @param plannedByType the 0-based column index of the planned activity of each type in a wide
 *     layout by type ({@code columns.planned-by-type})
 */
record HeaderColumns(
    int headerRow,
    Map<Field, Integer> fields,
    Map<Integer, ActivityType> byType,
    Map<Integer, DayType> byDayAndType,
    Map<ActivityType, Integer> plannedByType) {
  HeaderColumns {
    fields = Map.copyOf(fields);
    byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
    byDayAndType = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byDayAndType));
    plannedByType = Map.copyOf(plannedByType);
  }

  HeaderColumns(
      int headerRow,
      Map<Field, Integer> fields,
      Map<Integer, ActivityType> byType,
      Map<Integer, DayType> byDayAndType) {
    this(headerRow, fields, byType, byDayAndType, Map.of());
  }

  HeaderColumns(int headerRow, Map<Field, Integer> fields, Map<Integer, ActivityType> byType) {
    this(headerRow, fields, byType, Map.of());
  }

  /**
   * Every column the profile gives a meaning, with the profile key that names it: {@code
   * column.count}, {@code columns.by-type} and so on.
   */
  java.util.SortedMap<Integer, String> mapped() {
    java.util.SortedMap<Integer, String> out = new java.util.TreeMap<>();
    fields.forEach((f, c) -> out.putIfAbsent(c, f.key()));
    byType.keySet().forEach(c -> out.putIfAbsent(c, "columns.by-type"));
    byDayAndType.keySet().forEach(c -> out.putIfAbsent(c, "columns.by-day-and-type"));
    plannedByType.values().forEach(c -> out.putIfAbsent(c, "columns.planned-by-type"));
    return out;
  }

  Optional<Integer> index(Field field) {
    return Optional.ofNullable(fields.get(field));
  }
}
