package io.strikeimpact.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every industrial action known, in order of start, and the named groups reports compare as one.
 */
public record StrikeCalendar(List<IndustrialAction> actions, List<NamedGroup> groups) {
  private static final Comparator<IndustrialAction> BY_START =
      new Comparator<>() {
        @Override
        public int compare(IndustrialAction a, IndustrialAction b) {
          return a.start().compareTo(b.start());
        }
      };

  public StrikeCalendar(List<IndustrialAction> actions) {
    this(actions, List.of());
  }

  public StrikeCalendar {
    groups = List.copyOf(groups);
    // Loops, not streams and collectors: every ingest makes a calendar cold, and the collectors
    // spin a dozen classes at run time for it.
    List<IndustrialAction> sorted = new ArrayList<>(actions);
    sorted.sort(BY_START);
    actions = Collections.unmodifiableList(sorted);
    Map<String, Long> ids = new HashMap<>();
    for (IndustrialAction a : actions) {
      Long before = ids.get(a.id());
      ids.put(a.id(), before == null ? 1L : before + 1);
    }
    for (Map.Entry<String, Long> e : ids.entrySet()) {
      if (e.getValue() > 1) {
        throw new IllegalArgumentException(
            "Action id " + e.getKey() + " appears " + e.getValue() + " times");
      }
    }
    Set<String> known = ids.keySet();
    for (NamedGroup g : groups) {
      for (String member : g.actionIds()) {
        if (!known.contains(member)) {
          throw new IllegalArgumentException(
              "Group " + g.id() + " names an action not in the calendar: " + member);
        }
      }
      if (known.contains(g.id())) {
        throw new IllegalArgumentException("Group id " + g.id() + " is also an action id");
      }
    }
  }

  /**
   * The actions an id stands for: one action, or every action of a named group.
   *
   * @throws IllegalArgumentException naming the known action and group ids
   */
  public List<IndustrialAction> resolve(String id) {
    Optional<IndustrialAction> action = find(id);
    if (action.isPresent()) {
      return List.of(action.get());
    }
    for (NamedGroup g : groups) {
      if (g.id().equals(id)) {
        return g.actionIds().stream().map(this::get).toList();
      }
    }
    throw new IllegalArgumentException(
        "No action or group with id \""
            + id
            + "\" in the strike calendar; known actions: "
            + actions.stream().map(IndustrialAction::id).collect(Collectors.joining(", "))
            + (groups.isEmpty()
                ? ""
                : "; known groups: "
                    + groups.stream().map(NamedGroup::id).collect(Collectors.joining(", ")))
            + ". Fix: give one of the known ids, or add the action to reference/calendar.csv (a group"
            + " to reference/action-groups.csv).");
  }

  public Optional<IndustrialAction> find(String id) {
    // Loops, here and in on(): both run for every return, cold, where a lambda is linked the
    // first time it runs.
    for (IndustrialAction a : actions) {
      if (a.id().equals(id)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * @throws IllegalArgumentException naming the known ids
   */
  public IndustrialAction get(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No action with id \""
                        + id
                        + "\" in the strike calendar; known ids: "
                        + actions.stream()
                            .map(IndustrialAction::id)
                            .collect(Collectors.joining(", "))));
  }

  /** The actions whose days include the date; usually one, two for overlapping actions. */
  public List<IndustrialAction> on(LocalDate date) {
    List<IndustrialAction> on = new ArrayList<>(1);
    for (IndustrialAction a : actions) {
      if (a.covers(date)) {
        on.add(a);
      }
    }
    return Collections.unmodifiableList(on);
  }
}
