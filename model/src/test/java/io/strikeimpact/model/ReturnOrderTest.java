package io.strikeimpact.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Which return is the revision: the red team's "v9" against "v10", and dates written as the UK
 * writes them in file names, both took the older return for the later.
 */
class ReturnOrderTest {

  @Test
  void version_numbers_are_compared_by_their_value() {
    assertTrue(
        ReturnOrder.isLater("returns/RM1/nnuh-march-v10.xlsx", "returns/RM1/nnuh-march-v9.xlsx"));
    assertTrue(
        ReturnOrder.isLater("returns/RM1/nnuh-march-v2.xlsx", "returns/RM1/nnuh-march-v01.xlsx"));
    assertFalse(
        ReturnOrder.isLater("returns/RM1/nnuh-march-v9.xlsx", "returns/RM1/nnuh-march-v10.xlsx"));
  }

  @Test
  void a_date_in_a_name_is_read_as_iso_or_as_the_uk_writes_it() {
    assertTrue(
        ReturnOrder.isLater(
            "returns/RM1/nnuh-03-04-2023.xlsx", "returns/RM1/nnuh-20-03-2023.xlsx"));
    assertTrue(
        ReturnOrder.isLater("returns/RM1/nnuh-3.4.2023.xlsx", "returns/RM1/nnuh-2023-03-20.xlsx"));
    assertTrue(
        ReturnOrder.isLater("returns/RM1/nnuh-20230403.xlsx", "returns/RM1/nnuh-20_03_2023.xlsx"));
    // A dated return is later than the same return with no date.
    assertTrue(
        ReturnOrder.isLater(
            "returns/RM1/nnuh-march-2023-03-20.xlsx", "returns/RM1/nnuh-march.xlsx"));
  }

  @Test
  void the_order_is_the_same_whatever_order_the_names_come_in() {
    List<String> ordered =
        List.of(
            "returns/RM1/nnuh-march.xlsx",
            "returns/RM1/nnuh-march-revised.xlsx",
            "returns/RM1/nnuh-march-v2.xlsx",
            "returns/RM1/nnuh-march-v10.xlsx",
            "returns/RM1/nnuh-20-03-2023.xlsx",
            "returns/RM1/nnuh-2023-03-21.xlsx",
            "returns/RM1/nnuh-03-04-2023.xlsx");
    Random random = new Random(20230313);
    for (int i = 0; i < 50; i++) {
      List<String> shuffled = new ArrayList<>(ordered);
      Collections.shuffle(shuffled, random);
      shuffled.sort((a, b) -> ReturnOrder.key(a).compareTo(ReturnOrder.key(b)));
      org.junit.jupiter.api.Assertions.assertEquals(ordered, shuffled);
    }
  }
}
