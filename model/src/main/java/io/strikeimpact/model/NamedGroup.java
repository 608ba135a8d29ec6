package io.strikeimpact.model;

import java.util.List;

/**
 * A named group of actions that reports compare as one, kept as data: {@code nursing-2023} is the
 * RCN's strikes of January and February 2023.
 */
public record NamedGroup(String id, String description, List<String> actionIds) {
  public NamedGroup {
    Checks.nonBlank(id, "id");
    description = description == null ? "" : description.strip();
    actionIds = List.copyOf(actionIds);
    if (actionIds.isEmpty()) {
      throw new IllegalArgumentException("Group " + id + " names no action");
    }
  }
}
