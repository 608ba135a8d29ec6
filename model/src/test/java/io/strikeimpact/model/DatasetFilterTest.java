package io.strikeimpact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.fixtures.StoryData;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetFilterTest {
  private final Dataset story = StoryData.dataset();

  private static long total(Dataset d) {
    return d.counts().stream().mapToLong(DisruptionCount::count).sum();
  }

  @Test
  void sites_are_found_by_code_abbreviation_or_part_of_a_name_ignoring_case() {
    assertEquals(Set.of("RM1"), DatasetFilter.resolveSites(story.sites(), List.of("rm1")));
    assertEquals(Set.of("RM1"), DatasetFilter.resolveSites(story.sites(), List.of("n&n")));
    assertEquals(Set.of("RCX"), DatasetFilter.resolveSites(story.sites(), List.of("king's lynn")));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DatasetFilter.resolveSites(story.sites(), List.of("hospital")));
    assertTrue(e.getMessage().contains("matches more than one site"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DatasetFilter.resolveSites(story.sites(), List.of("Addenbrooke's")));
    assertTrue(
        e.getMessage().contains("known sites: RM1 (N&N), RCX (QEH), RGP (JPUH)"), e.getMessage());
  }

  @Test
  void sites_are_found_by_the_names_people_write() {
    for (String n :
        List.of(
            "Norfolk & Norwich",
            "the N&N",
            "The Norfolk and Norwich",
            "N & N",
            "NORFOLK AND NORWICH UNIVERSITY HOSPITAL.")) {
      assertEquals(Set.of("RM1"), DatasetFilter.resolveSites(story.sites(), List.of(n)), n);
    }
    assertEquals(
        Set.of("RCX"),
        DatasetFilter.resolveSites(story.sites(), List.of("Queen Elizabeth Hospital King's Lynn")));
    assertEquals(Set.of("RCX"), DatasetFilter.resolveSites(story.sites(), List.of("the QEH")));
    assertEquals(
        Set.of("RCX"), DatasetFilter.resolveSites(story.sites(), List.of("King\u2019s Lynn")));
  }

  @Test
  void a_site_filter_keeps_that_site_and_drops_stated_totals_for_all_sites() {
    Dataset d =
        new DatasetFilter(Set.of("RCX"), Set.of(), Optional.empty(), Optional.empty()).apply(story);
    assertEquals(932, total(d));
    assertTrue(
        d.statedTotals().isEmpty(), "the all-sites 4,736 cannot be checked against one site");
  }

  @Test
  void a_type_filter_keeps_only_that_type_and_never_splits_total_only_returns() {
    Dataset d =
        new DatasetFilter(
                Set.of(), Set.of(ActivityType.OUTPATIENT), Optional.empty(), Optional.empty())
            .apply(story);
    assertEquals(4120, total(d));
  }

  @Test
  void dates_keep_the_actions_that_overlap_them() {
    Dataset d =
        new DatasetFilter(
                Set.of(),
                Set.of(),
                Optional.of(LocalDate.of(2023, 2, 1)),
                Optional.of(LocalDate.of(2023, 3, 13)))
            .apply(story);
    assertEquals(754 + 4726, total(d));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DatasetFilter(
                Set.of(),
                Set.of(),
                Optional.of(LocalDate.of(2023, 3, 1)),
                Optional.of(LocalDate.of(2023, 2, 1))));
  }

  @Test
  void the_row_of_every_site_together_is_all_selected_sites_once_sites_are_chosen() {
    assertEquals("All sites", DatasetFilter.NONE.allSitesLabel());
    DatasetFilter typesOnly =
        new DatasetFilter(
            Set.of(), Set.of(ActivityType.INPATIENT), Optional.empty(), Optional.empty());
    assertEquals("All sites", typesOnly.allSitesLabel());
    DatasetFilter sites =
        new DatasetFilter(Set.of("RM1"), Set.of(), Optional.empty(), Optional.empty());
    assertEquals("All selected sites", sites.allSitesLabel());
  }
}
