package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.fixtures.EnglandData;
import io.strikeimpact.model.fixtures.StoryData;
import org.junit.jupiter.api.Test;

/** The split by type in words, with a type that has no figure said to be missing, not 0. */
class TypeSplitTest {
  @Test
  void both_types_are_counted() {
    assertEquals(
        "Of these, 4,120 were outpatient appointments and 606 inpatient and day case procedures",
        TypeSplit.of(EnglandData.analysis().allSites()));
  }

  @Test
  void a_type_no_return_gave_a_figure_for_is_missing_not_0() {
    assertEquals(
        "Of these, 4,120 were outpatient appointments; no figure for inpatient and day case procedures could be"
            + " read",
        TypeSplit.of(without(ActivityType.INPATIENT).allSites()));
    assertEquals(
        "Of these, 606 were inpatient and day case procedures; no figure for outpatient appointments could be"
            + " read",
        TypeSplit.of(without(ActivityType.OUTPATIENT).allSites()));
  }

  @Test
  void the_summary_says_so_too() {
    String summary = String.join("\n", without(ActivityType.INPATIENT).executiveSummary());
    assertTrue(
        summary.contains("no figure for inpatient and day case procedures could be read"), summary);
    assertFalse(summary.contains(" and 0 inpatient"), summary);
  }

  private static Analysis without(ActivityType type) {
    Dataset d = EnglandData.dataset(EnglandData.mixed());
    Dataset less = d.withCounts(d.counts().stream().filter(c -> c.type() != type).toList());
    return ImpactAnalysis.analyse(less, StoryData.request());
  }
}
