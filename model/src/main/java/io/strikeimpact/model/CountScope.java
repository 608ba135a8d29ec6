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
 */
public record CountScope(
    Set<String> actionIds,
    Optional<String> odsCode,
    Optional<ActivityType> type,
    Optional<String> sourceFile,
    Optional<LocalDate> date) {

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
  }

  public static CountScope action(String actionId) {
    return new CountScope(Set.of(actionId), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public CountScope site(String code) {
    return new CountScope(actionIds, Optional.of(code), type, sourceFile, date);
  }

  public CountScope type(ActivityType t) {
    return new CountScope(actionIds, odsCode, Optional.of(t), sourceFile, date);
  }

  public CountScope file(String name) {
    return new CountScope(actionIds, odsCode, type, Optional.of(name), date);
  }

  public CountScope day(LocalDate d) {
    return new CountScope(actionIds, odsCode, type, sourceFile, Optional.of(d));
  }

  public boolean includes(DisruptionCount c) {
    return actionIds.contains(c.actionId())
        && odsCode.map(c.odsCode()::equals).orElse(true)
        && type.map(t -> t == c.type()).orElse(true)
        && sourceFile.map(c.provenance().file()::equals).orElse(true)
        && date.map(d -> c.date().equals(Optional.of(d))).orElse(true);
  }
}
