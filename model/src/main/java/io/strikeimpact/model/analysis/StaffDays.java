package io.strikeimpact.model.analysis;

import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * The staff-days behind one side of a comparison, the denominator of a rate {@link
 * Basis#PER_STAFF_DAY}: present only when every site and every day of action on the side has a
 * staff figure; otherwise what is missing, so the rate is "not available", never 0.
 *
 * @param total the staff-days, when every site and day has a figure
 * @param missing the sites and days with no figure, for sentences: "N&amp;N on 13 to 15 March 2023"
 * @param illustrative whether any figure behind the total is illustrative
 */
public record StaffDays(OptionalLong total, List<String> missing, boolean illustrative) {
  /** No staff figures were looked for (a side built without them). */
  public static final StaffDays NOT_GIVEN = new StaffDays(OptionalLong.empty(), List.of(), false);

  public StaffDays {
    java.util.Objects.requireNonNull(total, "total");
    missing = List.copyOf(missing);
    if (total.isPresent() && !missing.isEmpty()) {
      throw new IllegalArgumentException("Staff-days are given only when no day is missing");
    }
  }

  /** One site's staff-days over the days of the actions it reported. */
  static StaffDays of(Optional<SiteStaff> staff, String label, List<IndustrialAction> actions) {
    if (staff.isPresent() && staff.get().complete()) {
      return new StaffDays(
          OptionalLong.of(staff.get().staffDays()), List.of(), staff.get().illustrative());
    }
    List<LocalDate> days =
        staff
            .map(SiteStaff::daysWithout)
            .orElseGet(
                () ->
                    actions.stream()
                        .flatMap(a -> a.days().stream())
                        .collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                        .stream()
                        .toList());
    return new StaffDays(
        OptionalLong.empty(),
        List.of(label + " on " + HouseStyle.days(days)),
        staff.map(SiteStaff::illustrative).orElse(false));
  }

  /** Several sites together: the sum when every one has its total, else all that is missing. */
  static StaffDays sum(List<StaffDays> sides) {
    boolean illustrative = sides.stream().anyMatch(StaffDays::illustrative);
    if (sides.stream().allMatch(s -> s.total().isPresent())) {
      return new StaffDays(
          OptionalLong.of(sides.stream().mapToLong(s -> s.total().getAsLong()).sum()),
          List.of(),
          illustrative);
    }
    List<String> missing = new ArrayList<>();
    sides.forEach(s -> missing.addAll(s.missing()));
    return new StaffDays(OptionalLong.empty(), missing, illustrative);
  }
}
