package io.strikeimpact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.strikeimpact.model.analysis.ActionGroup;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Staff groups are the calendar's words, not a closed list: radiographers, physiotherapists and
 * paramedics have struck, and a calendar naming them was refused with every return of their strike.
 */
class StaffGroupTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Test
  void known_groups_are_read_from_their_names_in_any_case_and_their_singular() {
    assertEquals(StaffGroup.JUNIOR_DOCTORS, StaffGroup.parse("JUNIOR_DOCTORS"));
    assertEquals(StaffGroup.JUNIOR_DOCTORS, StaffGroup.parse(" Junior  doctor "));
    assertEquals(StaffGroup.NURSES, StaffGroup.parse("Nurses"));
    assertEquals("physiotherapists", StaffGroup.parse("Physiotherapists").label());
  }

  @Test
  void a_name_with_figures_or_separators_is_no_staff_group() {
    assertThrows(IllegalArgumentException.class, () -> StaffGroup.parse(""));
    assertThrows(IllegalArgumentException.class, () -> StaffGroup.parse("porters 2"));
    assertThrows(IllegalArgumentException.class, () -> StaffGroup.parse("nurses, doctors"));
  }

  @Test
  void sentences_list_known_groups_in_their_order_then_others_by_name_then_other_staff() {
    TreeSet<StaffGroup> groups =
        new TreeSet<>(
            List.of(
                StaffGroup.OTHER,
                StaffGroup.parse("radiographers"),
                StaffGroup.CONSULTANTS,
                StaffGroup.parse("midwives"),
                StaffGroup.JUNIOR_DOCTORS));
    assertEquals(
        List.of("junior doctors", "consultants", "midwives", "radiographers", "other staff"),
        groups.stream().map(StaffGroup::label).toList());
  }

  @Test
  void a_strike_is_named_for_its_group_with_the_right_possessive() {
    assertEquals("radiographers' strike", group("radiographers").noun());
    assertEquals("other staff's strike", group("other staff").noun());
    assertEquals("Radiographers' strike, 5 September 2023", group("radiographers").title());
  }

  private static ActionGroup group(String staff) {
    ActionPeriod day =
        new ActionPeriod(
            ZonedDateTime.of(2023, 9, 5, 8, 0, 0, 0, LONDON),
            ZonedDateTime.of(2023, 9, 5, 20, 0, 0, 0, LONDON));
    return ActionGroup.of(
        new IndustrialAction("x", "SoR", Set.of(StaffGroup.parse(staff)), List.of(day)));
  }
}
