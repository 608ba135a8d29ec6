package io.strikeimpact.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Narrows a dataset to some sites, some activity types and actions within some dates, before any
 * figure is computed, so every report of a filtered run agrees with every other. A stated total is
 * kept only when its whole scope lies inside the filter: a total for all sites cannot be checked
 * against one site's counts.
 *
 * @param odsCodes the sites kept; empty keeps every site
 * @param types the activity types kept; empty keeps every type
 * @param from actions whose last day is before this are dropped
 * @param to actions whose first day is after this are dropped
 */
public record DatasetFilter(
    Set<String> odsCodes,
    Set<ActivityType> types,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  /** The row of every site together, when no --site narrowed them. */
  public static final String ALL_SITES = "All sites";

  /** The row of the sites --site chose, together: never "All sites", which would claim the rest. */
  public static final String ALL_SELECTED_SITES = "All selected sites";

  public static final DatasetFilter NONE =
      new DatasetFilter(Set.of(), Set.of(), Optional.empty(), Optional.empty());

  public DatasetFilter {
    odsCodes = Set.copyOf(odsCodes);
    types = Set.copyOf(types);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException(
          "--to (" + to.get() + ") is before --from (" + from.get() + ")");
    }
  }

  /** What the row of every site together is called under this filter. */
  public String allSitesLabel() {
    return odsCodes.isEmpty() ? ALL_SITES : ALL_SELECTED_SITES;
  }

  /** The dates alone: which actions are in the question. */
  public DatasetFilter datesOnly() {
    return new DatasetFilter(Set.of(), Set.of(), from, to);
  }

  /** The dates and sites, without the types: what the data held before --type narrowed it. */
  public DatasetFilter withoutTypes() {
    return new DatasetFilter(odsCodes, Set.of(), from, to);
  }

  /** Whether sites or types are narrowed, which can leave an action without some figures. */
  public boolean narrowsFigures() {
    return !odsCodes.isEmpty() || !types.isEmpty();
  }

  /**
   * The options as a user gave them, for sentences: {@code --site RCX, --type inpatient}. Sites by
   * ODS code, types by their option words, in a fixed order.
   */
  public String describe(List<Site> sites) {
    List<String> parts = new java.util.ArrayList<>();
    if (!odsCodes.isEmpty()) {
      parts.add(
          "--site "
              + sites.stream()
                  .filter(s -> odsCodes.contains(s.odsCode()))
                  .map(Site::abbreviation)
                  .collect(Collectors.joining(",")));
    }
    if (!types.isEmpty()) {
      parts.add(
          "--type "
              + types.stream()
                  .sorted()
                  .map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                  .collect(Collectors.joining(",")));
    }
    from.ifPresent(f -> parts.add("--from " + f));
    to.ifPresent(t -> parts.add("--to " + t));
    return String.join(", ", parts);
  }

  public boolean isNone() {
    return odsCodes.isEmpty() && types.isEmpty() && from.isEmpty() && to.isEmpty();
  }

  public Dataset apply(Dataset d) {
    if (isNone()) {
      return d;
    }
    Set<String> actions =
        d.calendar().actions().stream()
            .filter(this::keeps)
            .map(IndustrialAction::id)
            .collect(Collectors.toSet());
    return new Dataset(
        d.sites().stream()
            .filter(s -> odsCodes.isEmpty() || odsCodes.contains(s.odsCode()))
            .toList(),
        d.calendar(),
        d.participation(),
        d.counts().stream()
            .filter(c -> actions.contains(c.actionId()))
            .filter(c -> odsCodes.isEmpty() || odsCodes.contains(c.odsCode()))
            .filter(c -> types.isEmpty() || types.contains(c.type()))
            .toList(),
        d.statedTotals().stream().filter(t -> within(t.scope(), actions)).toList(),
        d.problems(),
        d.rejectedRows(),
        d.sources(),
        d.planned().stream()
            .filter(p -> actions.contains(p.actionId()))
            .filter(p -> odsCodes.isEmpty() || odsCodes.contains(p.odsCode()))
            .filter(p -> types.isEmpty() || types.contains(p.type()))
            .toList(),
        d.revisions().stream()
            .filter(r -> actions.contains(r.actionId()))
            .filter(r -> odsCodes.isEmpty() || odsCodes.contains(r.odsCode()))
            .toList(),
        // England's figures are national: a site, type or date filter leaves them whole.
        d.england(),
        // Staff take part in an action, not in an activity type: --type leaves them whole.
        d.staff().stream()
            .filter(s -> actions.contains(s.actionId()))
            .filter(s -> odsCodes.isEmpty() || odsCodes.contains(s.odsCode()))
            .toList());
  }

  private boolean keeps(IndustrialAction a) {
    return from.map(f -> !a.lastDay().isBefore(f)).orElse(true)
        && to.map(t -> !a.firstDay().isAfter(t)).orElse(true);
  }

  private boolean within(CountScope scope, Set<String> actions) {
    return actions.containsAll(scope.actionIds())
        && (odsCodes.isEmpty() || scope.odsCode().map(odsCodes::contains).orElse(false))
        && (types.isEmpty() || scope.type().map(types::contains).orElse(false));
  }

  /**
   * A name as people write it, made comparable: case, "&" for "and", a leading "the", and
   * punctuation are ignored, so "the N&N", "Norfolk & Norwich" and "Queen Elizabeth Hospital King's
   * Lynn" find their sites.
   */
  static String comparable(String name) {
    String n =
        name.toLowerCase(Locale.UK)
            .replace("&", " and ")
            .replaceAll("[\\p{Punct}\u2018\u2019]", " ")
            .replaceAll("\\s+", " ")
            .strip();
    return n.startsWith("the ") ? n.substring(4) : n;
  }

  /**
   * Finds sites by ODS code, abbreviation or name, ignoring case, "&" against "and", a leading
   * "the" and punctuation: "rm1", "the N&N", "Norfolk & Norwich", "norwich" (whole words of a name,
   * when they match one site only).
   *
   * @throws IllegalArgumentException naming the sites known, or the sites a part matches
   */
  public static Set<String> resolveSites(List<Site> sites, List<String> wanted) {
    return wanted.stream().map(w -> resolveSite(sites, w)).collect(Collectors.toUnmodifiableSet());
  }

  private static String resolveSite(List<Site> sites, String wanted) {
    String w = comparable(wanted);
    for (Site s : sites) {
      if (List.of(s.odsCode(), s.abbreviation(), s.shortName(), s.officialName()).stream()
          .anyMatch(n -> comparable(n).equals(w))) {
        return s.odsCode();
      }
    }
    List<Site> partial =
        w.isEmpty()
            ? List.of()
            : sites.stream()
                .filter(
                    s ->
                        (" " + comparable(s.shortName() + " " + s.officialName()) + " ")
                            .contains(" " + w + " "))
                .toList();
    if (partial.size() == 1) {
      return partial.getFirst().odsCode();
    }
    String known =
        sites.stream()
            .map(s -> s.odsCode() + " (" + s.abbreviation() + ")")
            .collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        partial.isEmpty()
            ? "No site matches \""
                + wanted
                + "\"; known sites: "
                + known
                + ". Fix: give an ODS code, abbreviation, name or whole words of a name from reference/sites.csv"
            : "\""
                + wanted
                + "\" matches more than one site: "
                + partial.stream().map(Site::odsCode).collect(Collectors.joining(", "))
                + ". Fix: give the ODS code");
  }
}
