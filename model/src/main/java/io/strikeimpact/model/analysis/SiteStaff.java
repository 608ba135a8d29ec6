package io.strikeimpact.model.analysis;

import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.StaffTakingPart;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff taking part at one site on the days of action its figures are for: the peak and the
 * average a day, shown beside the activity, and the staff-days a rate {@link Basis#PER_STAFF_DAY}
 * divides by when every day has a figure.
 *
 * @param figures one a day of action with a figure, in date order
 * @param daysWithout the days of action the returns give no staff figure for
 */
public record SiteStaff(List<StaffTakingPart> figures, List<LocalDate> daysWithout) {
  public SiteStaff {
    figures = List.copyOf(figures);
    daysWithout = List.copyOf(daysWithout);
    if (figures.isEmpty()) {
      throw new IllegalArgumentException("Staff taking part needs at least one day's figure");
    }
  }

  /**
   * The staff figures of a site for the days of some actions, or empty when no day has one: for
   * each day of each action, the site's figure for that action and day.
   */
  static Optional<SiteStaff> of(
      Collection<StaffTakingPart> all, String odsCode, List<IndustrialAction> actions) {
    if (all.isEmpty()) {
      return Optional.empty();
    }
    List<StaffTakingPart> found = new ArrayList<>();
    List<LocalDate> without = new ArrayList<>();
    for (IndustrialAction action : actions) {
      for (LocalDate day : action.days()) {
        all.stream()
            .filter(s -> s.odsCode().equals(odsCode))
            .filter(s -> s.actionId().equals(action.id()) && s.date().equals(day))
            .findFirst()
            .ifPresentOrElse(found::add, () -> without.add(day));
      }
    }
    found.sort(Comparator.comparing(StaffTakingPart::date));
    without.sort(Comparator.naturalOrder());
    return found.isEmpty() ? Optional.empty() : Optional.of(new SiteStaff(found, without));
  }

  /** The day with the most staff taking part; the earlier of two with the same figure. */
  public StaffTakingPart peak() {
    return figures.stream()
        .max(
            Comparator.comparingLong(StaffTakingPart::staff)
                .thenComparing(StaffTakingPart::date, Comparator.reverseOrder()))
        .orElseThrow();
  }

  /** The average a day over the days with a figure: 302 and 272 average 287. */
  public double average() {
    return (double) staffDays() / figures.size();
  }

  /** The sum over the days with a figure: 302 and 272 are 574 staff-days. */
  public long staffDays() {
    return figures.stream().mapToLong(StaffTakingPart::staff).sum();
  }

  /** Whether every day of action has a figure. */
  public boolean complete() {
    return daysWithout.isEmpty();
  }

  /** Whether any of the figures is illustrative. */
  public boolean illustrative() {
    return figures.stream().anyMatch(StaffTakingPart::illustrative);
  }

  /** The days with a figure: "18 and 19 January 2023". */
  public String daysWithFigures() {
    return HouseStyle.days(figures.stream().map(StaffTakingPart::date).toList());
  }

  /**
   * What the figures are, in words for a table: the note the return gives ("public: Eastern Daily
   * Press"), "illustrative", or day by day when they differ: "18 and 19 January 2023 public:
   * Eastern Daily Press; 6 and 7 February 2023 illustrative". A figure that is not illustrative and
   * has no note is "as returned".
   */
  public String standing() {
    Map<String, List<LocalDate>> byStanding = new LinkedHashMap<>();
    for (StaffTakingPart s : figures) {
      byStanding.computeIfAbsent(standing(s), k -> new ArrayList<>()).add(s.date());
    }
    if (byStanding.size() == 1) {
      return byStanding.keySet().iterator().next();
    }
    List<String> parts = new ArrayList<>();
    byStanding.forEach((k, days) -> parts.add(HouseStyle.days(days) + " " + k));
    return String.join("; ", parts);
  }

  private static String standing(StaffTakingPart s) {
    if (s.illustrative()) {
      return "illustrative";
    }
    return s.note().isEmpty() ? "as returned" : s.note();
  }

  /**
   * Where the figures came from, file by file: "nnuh-nursing-strikes-2023.csv, cells E2 and E3".
   */
  public String sources() {
    Map<String, List<String>> cells = new LinkedHashMap<>();
    for (StaffTakingPart s : figures) {
      Provenance p = s.provenance();
      cells
          .computeIfAbsent(
              new Provenance(p.file(), p.sha256(), p.sheet(), "").describe(),
              k -> new ArrayList<>())
          .add(p.cell());
    }
    List<String> parts = new ArrayList<>();
    cells.forEach(
        (file, at) ->
            parts.add(
                file
                    + (at.size() == 1 ? ", cell " : ", cells ")
                    + HouseStyle.joinWithAnd(at.stream().distinct().toList())));
    return String.join("; ", parts);
  }
}
