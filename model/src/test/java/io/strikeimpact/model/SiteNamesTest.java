package io.strikeimpact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteNamesTest {
  private static final List<Site> SITES =
      List.of(
          new Site(
              "RM1",
              "Norfolk and Norwich University Hospital",
              "N&N",
              "Norfolk and Norwich University Hospitals NHS Foundation Trust"),
          new Site(
              "RCX",
              "Queen Elizabeth Hospital, King's Lynn",
              "QEH",
              "The Queen Elizabeth Hospital, King's Lynn, NHS Foundation Trust"));

  @Test
  void a_site_is_found_by_code_abbreviation_short_name_official_name_or_whole_words() {
    for (String name :
        List.of(
            "rcx",
            "QEH",
            "Queen Elizabeth Hospital, King's Lynn",
            "The Queen Elizabeth Hospital, King's Lynn, NHS Foundation Trust",
            "king's lynn")) {
      assertEquals(Optional.of("RCX"), SiteNames.find(SITES, name).map(Site::odsCode), name);
    }
    assertEquals(Optional.empty(), SiteNames.find(SITES, "Hospital"));
    assertEquals(2, SiteNames.matching(SITES, "Hospital").size());
  }

  @Test
  void a_site_is_found_by_its_initials_or_its_abbreviation_with_words_of_its_name() {
    for (String name : List.of("NNUH", "nnuh", "NNUHFT", "N&N Norwich", "Norfolk & Norwich")) {
      assertEquals(Optional.of("RM1"), SiteNames.find(SITES, name).map(Site::odsCode), name);
    }
    for (String name :
        List.of(
            "QEHKL",
            "QEH King's Lynn",
            "QEH King\u2019s Lynn",
            "QEH Kings Lynn",
            "Kings Lynn",
            "King's Lynn QEH",
            "QEH\u00a0")) {
      assertEquals(Optional.of("RCX"), SiteNames.find(SITES, name).map(Site::odsCode), name);
    }
    assertEquals(
        java.util.Set.of("qeh", "qehkl", "qehklft"),
        SiteNames.initials(SITES.get(1)),
        "King's is one word");
    assertEquals(Optional.empty(), SiteNames.find(SITES, "QEH Norwich"), "a word of another site");
    assertEquals(Optional.empty(), SiteNames.find(SITES, "NN"));
  }

  @Test
  void the_nearest_site_is_one_whose_name_is_at_least_half_alike() {
    assertEquals(
        Optional.of("RM1"),
        SiteNames.nearest(SITES, "Norfolk & Norwich Univ Hospital").map(Site::odsCode));
    assertEquals(Optional.of("RCX"), SiteNames.nearest(SITES, "QEHH").map(Site::odsCode));
    assertEquals(Optional.empty(), SiteNames.nearest(SITES, "Addenbrooke's"));
    assertEquals(3, SiteNames.distance("kitten", "sitting"));
  }
}
