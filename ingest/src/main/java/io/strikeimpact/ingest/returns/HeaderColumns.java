package io.strikeimpact.ingest.returns;

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
 */
record HeaderColumns(int headerRow, Map<Field, Integer> fields, Map<Integer, ActivityType> byType) {
  HeaderColumns {
    fields = Map.copyOf(fields);
    byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
  }

  Optional<Integer> index(Field field) {
    return Optional.ofNullable(fields.get(field));
  }
}
