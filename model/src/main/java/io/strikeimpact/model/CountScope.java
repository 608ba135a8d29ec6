package io.strikeimpact.model;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The counts a stated total claims to add up: every count for these actions, narrowed to one site,
 * one activity type or one source file where given.
 */
public record CountScope(
    Set<String> actionIds,
    Optional<String> odsCode,
    Optional<ActivityType> type,
    Optional<String> sourceFile) {

  public CountScope {
    actionIds = Set.copyOf(actionIds);
    if (actionIds.isEmpty()) {
      throw new IllegalArgumentException("A scope names at least one action");
    }
    Objects.requireNonNull(odsCode, "odsCode");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sourceFile, "sourceFile");
  }

  public static CountScope action(String actionId) {
    return new CountScope(Set.of(actionId), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public CountScope site(String code) {
    return new CountScope(actionIds, Optional.of(code), type, sourceFile);
  }

  public CountScope type(ActivityType t) {
    return new CountScope(actionIds, odsCode, Optional.of(t), sourceFile);
  }

  public CountScope file(String name) {
    return new CountScope(actionIds, odsCode, type, Optional.of(name));
  }

  public boolean includes(DisruptionCount c) {
    return actionIds.contains(c.actionId())
        && odsCode.map(c.odsCode()::equals).orElse(true)
        && type.map(t -> t == c.type()).orElse(true)
        && sourceFile.map(c.provenance().file()::equals).orElse(true);
  }
}
