package io.strikeimpact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A calendar lists its actions in order of start, and refuses an id given twice. */
class StrikeCalendarTest {
  private static IndustrialAction action(String id, int day) {
    LocalDateTime start = LocalDateTime.of(2023, 1, 1, 7, 0).plusDays(day);
    return new IndustrialAction(
        id,
        "BMA",
        Set.of(StaffGroup.JUNIOR_DOCTORS),
        List.of(ActionPeriod.london(start, start.plusDays(1))));
  }

  @Test
  void actions_in_order_of_start_whatever_order_they_are_given_in() {
    Random random = new Random(15);
    for (int round = 0; round < 200; round++) {
      List<IndustrialAction> given = new ArrayList<>();
      int n = random.nextInt(12);
      for (int i = 0; i < n; i++) {
        // Days may repeat: actions starting together keep the order they were given in.
        given.add(action("a" + i, random.nextInt(6)));
      }
      Collections.shuffle(given, random);
      List<IndustrialAction> sorted =
          given.stream().sorted(java.util.Comparator.comparing(IndustrialAction::start)).toList();
      List<IndustrialAction> listed = new StrikeCalendar(given).actions();
      assertEquals(sorted, listed);
      assertThrows(UnsupportedOperationException.class, () -> listed.add(action("x", 1)));
    }
  }

  @Test
  void an_id_given_twice_is_refused_with_how_many_times() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new StrikeCalendar(
                    List.of(action("march", 1), action("april", 2), action("march", 3))));
    assertEquals("Action id march appears 2 times", e.getMessage());
  }
}
