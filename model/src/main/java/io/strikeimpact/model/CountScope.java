package io.strikeimpact.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The counts a stated total claims to add up: every count for these actions, narrowed to one site,
 * one activity type, one source file or one day where given.
 *
 * @param date one day: a totals cell of a table by day and type adds up that day's column only
 * @param row one row of the source file (1-based, as a spreadsheet numbers it): a row-total cell at
 *     the end of a wide row adds up the cells of its own row only, whatever else the file holds for
 *     the same site
 */
public record CountScope(
    Set<String> actionIds,
    Optional<String> odsCode,
    Optional<ActivityType> type,
    Optional<String> sourceFile,
    Optional<LocalDate> date,
    Optional<Integer> row) {

  /** A scope over every row of its source. */
  public CountScope(
      Set<String> actionIds,
      Optional<String> odsCode,
      Optional<ActivityType> type,
      Optional<String> sourceFile,
      Optional<LocalDate> date) {
    this(actionIds, odsCode, type, sourceFile, date, Optional.empty());
  }

  /** A scope over every day of its actions. */
  public CountScope(
      Set<String> actionIds,
      Optional<String> odsCode,
      Optional<ActivityType> type,
      Optional<String> sourceFile) {
    this(actionIds, odsCode, type, sourceFile, Optional.empty());
  }

  public CountScope {
    actionIds = Set.copyOf(actionIds);
    if (actionIds.isEmpty()) {
      throw new IllegalArgumentException("A scope names at least one action");
    }
    Objects.requireNonNull(odsCode, "odsCode");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(row, "row");
    if (row.isPresent() && sourceFile.isEmpty()) {
      throw new IllegalArgumentException("A scope of one row names the file it is in");
    }
  }

  public static CountScope action(String actionId) {
    return new CountScope(Set.of(actionId), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public CountScope site(String code) {
    return new CountScope(actionIds, Optional.of(code), type, sourceFile, date, row);
  }

  public CountScope type(ActivityType t) {
    return new CountScope(actionIds, odsCode, Optional.of(t), sourceFile, date, row);
  }

  public CountScope file(String name) {
    return new CountScope(actionIds, odsCode, type, Optional.of(name), date, row);
  }

  public CountScope day(LocalDate d) {
    return new CountScope(actionIds, odsCode, type, sourceFile, Optional.of(d), row);
  }

  /** The same scope narrowed to one row of its file. */
  public CountScope row(int number) {
    return new CountScope(actionIds, odsCode, type, sourceFile, date, Optional.of(number));
  }

  public boolean includes(DisruptionCount c) {
    return actionIds.contains(c.actionId())
        && odsCode.map(c.odsCode()::equals).orElse(true)
        && type.map(t -> t == c.type()).orElse(true)
        && sourceFile.map(c.provenance().file()::equals).orElse(true)
        && date.map(d -> c.date().equals(Optional.of(d))).orElse(true)
        && row.map(r -> r == rowOf(c.provenance().cell())).orElse(true);
  }

  /** The row of an A1 reference ("D7" is 7); -1 for a reference to no single cell. */
  static int rowOf(String cell) {
    int i = 0;
    while (i < cell.length() && Character.isLetter(cell.charAt(i))) {
      i++;
    }
    if (i == 0 || i == cell.length()) {
      return -1;
    }
    for (int j = i; j < cell.length(); j++) {
      if (!Character.isDigit(cell.charAt(j))) {
        return -1;
      }
    }
    return cell.length() - i > 9 ? -1 : Integer.parseInt(cell.substring(i));
  }
}
