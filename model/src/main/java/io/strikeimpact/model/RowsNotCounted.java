package io.strikeimpact.model;

import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The rows of a line-level extract read, not wrong, and not counted: those its filter left out, by
 * the value in the filter column, and those dated on no day of any action (a PAS extract of a whole
 * week). Shown beside the rows read and used so a reader sees what was left out ("40 not counted
 * (Outcome 2: 20, 3: 12, 5: 8)"), in one line rather than a message a row.
 *
 * @param column the filter column's header as the file has it, e.g. "Outcome"; "" with no filter
 * @param byValue each value left out and its number of rows, in order of value; values that are
 *     identifiers never reach here, and a long tail is folded into one entry
 * @param outside the rows dated outside any action
 */
public record RowsNotCounted(String column, Map<String, Integer> byValue, OutsideActions outside) {
  public static final RowsNotCounted NONE = new RowsNotCounted("", Map.of());

  /**
   * Rows dated on no day of any action in reference/calendar.csv.
   *
   * @param rows how many
   * @param firstCell the date cell of the first of them, e.g. {@code H2}
   * @param days the days of action (07:00 to 07:00) they fall in, in order, at most a few named
   * @param moreDays how many further days there were, not named
   */
  public record OutsideActions(int rows, String firstCell, List<LocalDate> days, int moreDays) {
    public static final OutsideActions NONE = new OutsideActions(0, "", List.of(), 0);

    public OutsideActions {
      Checks.nonNegative(rows, "rows");
      Objects.requireNonNull(firstCell, "firstCell");
      days = List.copyOf(days);
      Checks.nonNegative(moreDays, "moreDays");
    }

    /** "dates outside any action: 68 rows (10 March 2023, 16 March 2023), first at cell H2". */
    String describe() {
      String named =
          days.stream().map(HouseStyle::date).collect(Collectors.joining(", "))
              + (moreDays > 0 ? " and " + moreDays + " more days" : "");
      return "dates outside any action: "
          + String.format(Locale.UK, "%,d", rows)
          + (rows == 1 ? " row" : " rows")
          + (named.isEmpty() ? "" : " (" + named + ")")
          + (firstCell.isEmpty() ? "" : ", first at cell " + firstCell);
    }
  }

  /** The rows a filter left out, with none dated outside an action. */
  public RowsNotCounted(String column, Map<String, Integer> byValue) {
    this(column, byValue, OutsideActions.NONE);
  }

  public RowsNotCounted {
    Objects.requireNonNull(column, "column");
    byValue = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byValue));
    for (int n : byValue.values()) {
      Checks.nonNegative(n, "rows");
    }
    Objects.requireNonNull(outside, "outside");
  }

  public int total() {
    int total = outside.rows();
    for (int n : byValue.values()) {
      total += n;
    }
    return total;
  }

  /**
   * "40 not counted (Outcome 2: 20, 3: 12, 5: 8)", with "; dates outside any action: 68 rows …"
   * when some rows were dated outside every action; empty when none were left out.
   */
  public String describe() {
    if (total() == 0) {
      return "";
    }
    List<String> reasons = new ArrayList<>();
    if (!byValue.isEmpty()) {
      reasons.add(
          column
              + " "
              + byValue.entrySet().stream()
                  .map(e -> e.getKey() + ": " + String.format(Locale.UK, "%,d", e.getValue()))
                  .collect(Collectors.joining(", ")));
    }
    if (outside.rows() > 0) {
      reasons.add(outside.describe());
    }
    return String.format(Locale.UK, "%,d", total())
        + " not counted ("
        + String.join("; ", reasons)
        + ")";
  }
}
