package io.strikeimpact.model.analysis;

import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One action, or several compared as one: the RCN's strikes of 18 and 19 January and 6 and 7
 * February 2023 are "the nursing strikes".
 */
public record ActionGroup(String id, List<IndustrialAction> actions) {
  public ActionGroup {
    actions = List.copyOf(actions);
    if (actions.isEmpty()) {
      throw new IllegalArgumentException("Action group " + id + " is empty");
    }
  }

  public static ActionGroup of(IndustrialAction action) {
    return new ActionGroup(action.id(), List.of(action));
  }

  public Set<String> actionIds() {
    return actions.stream().map(IndustrialAction::id).collect(Collectors.toUnmodifiableSet());
  }

  public List<LocalDate> days() {
    return actions.stream()
        .flatMap(a -> a.days().stream())
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .toList();
  }

  public Set<StaffGroup> staffGroups() {
    return actions.stream()
        .flatMap(a -> a.staffGroups().stream())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** "junior doctors' strike" or "nursing strikes": the noun, without dates. */
  public String noun() {
    Set<StaffGroup> groups = staffGroups();
    String plural = actions.size() > 1 ? "strikes" : "strike";
    if (groups.equals(Set.of(StaffGroup.NURSES))) {
      return "nursing " + plural;
    }
    List<String> who = groups.stream().map(StaffGroup::possessive).toList();
    return HouseStyle.joinWithAnd(who) + " " + plural;
  }

  /** "the junior doctors' strike of 13 to 15 March 2023". */
  public String describe() {
    return "the " + noun() + " of " + HouseStyle.days(days());
  }

  /** For headings: "Junior doctors' strike, 13 to 15 March 2023". */
  public String title() {
    String noun = noun();
    return Character.toUpperCase(noun.charAt(0))
        + noun.substring(1)
        + ", "
        + HouseStyle.days(days());
  }

  /** A short label for chart axes and table columns: "Junior doctors, March 2023". */
  public String shortLabel() {
    Set<StaffGroup> groups = staffGroups();
    String who =
        groups.equals(Set.of(StaffGroup.NURSES))
            ? "Nurses"
            : HouseStyle.capitalise(
                HouseStyle.joinWithAnd(groups.stream().map(StaffGroup::label).toList()));
    LocalDate first = days().getFirst();
    LocalDate last = days().getLast();
    String when =
        first.getMonth() == last.getMonth() && first.getYear() == last.getYear()
            ? HouseStyle.month(first)
            : first.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                + (first.getYear() == last.getYear() ? "" : " " + first.getYear())
                + " to "
                + HouseStyle.month(last);
    return who + ", " + when;
  }
}
