package io.strikeimpact.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every industrial action known, in order of start. */
public record StrikeCalendar(List<IndustrialAction> actions) {
  public StrikeCalendar {
    actions = actions.stream().sorted(Comparator.comparing(IndustrialAction::start)).toList();
    Map<String, Long> ids =
        actions.stream().collect(Collectors.groupingBy(IndustrialAction::id, Collectors.counting()));
    ids.forEach(
        (id, n) -> {
          if (n > 1) {
            throw new IllegalArgumentException("Action id " + id + " appears " + n + " times");
          }
        });
  }

  public Optional<IndustrialAction> find(String id) {
    return actions.stream().filter(a -> a.id().equals(id)).findFirst();
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
                        + actions.stream().map(IndustrialAction::id).collect(Collectors.joining(", "))));
  }

  /** The actions whose days include the date; usually one, two for overlapping actions. */
  public List<IndustrialAction> on(LocalDate date) {
    return actions.stream().filter(a -> a.covers(date)).toList();
  }

  public Map<String, IndustrialAction> byId() {
    return actions.stream()
        .collect(
            Collectors.toMap(
                IndustrialAction::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
