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

  /** Red team: "NNUH return v2" was taken as the revision of "NNUH return FINAL". */
  @Test
  void a_name_marked_final_ranks_above_unmarked_versions_and_a_draft_below() {
    assertTrue(
        ReturnOrder.isLater(
            "returns/RM1/NNUH return FINAL.xlsx", "returns/RM1/NNUH return v2.xlsx"));
    assertTrue(
        ReturnOrder.isLater(
            "returns/RM1/NNUH return FINAL.xlsx", "returns/RM1/NNUH return v10.xlsx"));
    assertTrue(
        ReturnOrder.isLater(
            "returns/RM1/NNUH return final_v2.xlsx", "returns/RM1/NNUH return FINAL.xlsx"));
    assertTrue(
        ReturnOrder.isLater(
            "returns/RM1/NNUH return FINAL v10.xlsx", "returns/RM1/NNUH return FINAL v9.xlsx"));
    assertTrue(
        ReturnOrder.isLater(
            "returns/RM1/NNUH return.xlsx", "returns/RM1/NNUH return v3 draft.xlsx"));
    assertTrue(
        ReturnOrder.isLater(
            "returns/RM1/NNUH return v2.xlsx", "returns/RM1/NNUH return DRAFT v3.xlsx"));
    // The date in the name still comes first: a later return date beats a mark.
    assertTrue(
        ReturnOrder.isLater(
            "returns/RM1/nnuh-2023-03-27.xlsx", "returns/RM1/nnuh-2023-03-20 FINAL.xlsx"));
    // "finals" or "finalise" in another word is not the mark; "draft final" says neither.
    assertTrue(ReturnOrder.isLater("returns/RM1/nnuh v2.xlsx", "returns/RM1/nnuh finalist.xlsx"));
    assertTrue(
        ReturnOrder.isLater("returns/RM1/nnuh-draft-final.xlsx", "returns/RM1/nnuh-draft.xlsx"));
  }

  @Test
  void why_says_which_mark_decided_and_when_the_order_rests_on_the_names_alone() {
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.Optional.of(
            "it is marked final and NNUH return v2.xlsx is not, and a name marked final ranks"
                + " above any other, whatever its version number"),
        ReturnOrder.why("returns/RM1/NNUH return FINAL.xlsx", "returns/RM1/NNUH return v2.xlsx"));
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.Optional.of(
            "both are marked final and its version number is the higher (2, where NNUH return"
                + " FINAL.xlsx has none)"),
        ReturnOrder.why(
            "returns/RM1/NNUH return FINAL v2.xlsx", "returns/RM1/NNUH return FINAL.xlsx"));
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.Optional.of(
            "the order is ambiguous: both are marked final with no version number to tell them"
                + " apart, so it was taken as the later by its name alone, an accident of naming"
                + " (if NNUH final.xlsx is the one meant to count, add a higher version number to"
                + " its name, FINAL v2, or its return date, 2023-03-27)"),
        ReturnOrder.why("returns/RM1/NNUH return final.xlsx", "returns/RM1/NNUH final.xlsx"));
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.Optional.empty(),
        ReturnOrder.why("returns/RM1/nnuh-march-v2.xlsx", "returns/RM1/nnuh-march.xlsx"));
    org.junit.jupiter.api.Assertions.assertEquals(
        java.util.Optional.empty(),
        ReturnOrder.why(
            "returns/RM1/nnuh-2023-03-27.xlsx", "returns/RM1/nnuh-2023-03-20 FINAL.xlsx"));
  }

  @Test
  void the_order_is_the_same_whatever_order_the_names_come_in() {
    List<String> ordered =
        List.of(
            "returns/RM1/nnuh-march-v3-draft.xlsx",
            "returns/RM1/nnuh-march.xlsx",
            "returns/RM1/nnuh-march-revised.xlsx",
            "returns/RM1/nnuh-march-v2.xlsx",
            "returns/RM1/nnuh-march-v10.xlsx",
            "returns/RM1/nnuh-march-final.xlsx",
            "returns/RM1/nnuh-march-FINAL-v2.xlsx",
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
