package io.strikeimpact.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NHS England's published figures for England, release by release, as read from the optional
 * national file. Each action's latest release is the one used; earlier releases of the same action
 * are kept as {@link NationalRevision}s.
 *
 * @param figures every row read, in the order of the file
 */
public record NationalFigures(List<NationalFigure> figures) {
  public static final NationalFigures NONE = new NationalFigures(List.of());

  public NationalFigures {
    figures = List.copyOf(figures);
  }

  public boolean isEmpty() {
    return figures.isEmpty();
  }

  /** The latest release of each action, in the order each action first appears. */
  public List<NationalFigure> latest() {
    Map<String, NationalFigure> byAction = new LinkedHashMap<>();
    for (NationalFigure f : figures) {
      byAction.merge(f.actionId(), f, (a, b) -> b.releaseDate().isBefore(a.releaseDate()) ? a : b);
    }
    return List.copyOf(byAction.values());
  }

  /** The latest release for one action, if any release gave a row for it. */
  public Optional<NationalFigure> latest(String actionId) {
    return latest().stream().filter(f -> f.actionId().equals(actionId)).findFirst();
  }

  /** Each earlier release of an action beside the release after it, oldest first. */
  public List<NationalRevision> revisions() {
    Map<String, List<NationalFigure>> byAction = new LinkedHashMap<>();
    figures.forEach(f -> byAction.computeIfAbsent(f.actionId(), k -> new ArrayList<>()).add(f));
    List<NationalRevision> revisions = new ArrayList<>();
    for (List<NationalFigure> releases : byAction.values()) {
      List<NationalFigure> sorted =
          releases.stream().sorted(Comparator.comparing(NationalFigure::releaseDate)).toList();
      for (int i = 1; i < sorted.size(); i++) {
        revisions.add(new NationalRevision(sorted.get(i - 1), sorted.get(i)));
      }
    }
    return List.copyOf(revisions);
  }
}
