package io.strikeimpact.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The rows of a line-level extract that its filter left out, by the value in the filter column:
 * read, not wrong, and not counted. Shown beside the rows read and used so a reader sees what the
 * filter did ("40 not counted (Outcome 2: 20, 3: 12, 5: 8)").
 *
 * @param column the filter column's header as the file has it, e.g. "Outcome"
 * @param byValue each value left out and its number of rows, in order of value; values that are
 *     identifiers never reach here, and a long tail is folded into one entry
 */
public record RowsNotCounted(String column, Map<String, Integer> byValue) {
  public static final RowsNotCounted NONE = new RowsNotCounted("", Map.of());

  public RowsNotCounted {
    Objects.requireNonNull(column, "column");
    byValue = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byValue));
    byValue.values().forEach(n -> Checks.nonNegative(n, "rows"));
  }

  public int total() {
    return byValue.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** "40 not counted (Outcome 2: 20, 3: 12, 5: 8)", or empty when the filter left none out. */
  public String describe() {
    if (total() == 0) {
      return "";
    }
    return String.format(java.util.Locale.UK, "%,d", total())
        + " not counted ("
        + column
        + " "
        + byValue.entrySet().stream()
            .map(e -> e.getKey() + ": " + String.format(java.util.Locale.UK, "%,d", e.getValue()))
            .collect(Collectors.joining(", "))
        + ")";
  }
}
