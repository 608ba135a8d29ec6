package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.Participation;
import io.strikeimpact.model.ParticipationTable;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.SiteParticipation;
import io.strikeimpact.model.fixtures.StoryData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which sites a pack is about, and which of them split their figures: a trust in the register that
 * no return or recorded part mentions is not listed as "no return".
 */
class SitesInScopeTest {

  @Test
  void a_site_the_returns_and_register_do_not_mention_is_not_in_the_pack() {
    Dataset d = StoryData.dataset();
    List<Site> sites = new ArrayList<>(d.sites());
    sites.add(new Site("RQW", "Somewhere Else Hospital", "SEH", "Somewhere Else NHS Trust"));
    sites.add(new Site("RXX", "Unknown Hospital", "UH", "Unknown NHS Trust"));
    List<SiteParticipation> parts = new ArrayList<>(d.participation().entries());
    // Recorded as not known: that is no mention either.
    parts.add(new SiteParticipation(StoryData.JD_MARCH, "RXX", Participation.UNKNOWN, ""));
    Dataset wider =
        new Dataset(
            sites,
            d.calendar(),
            new ParticipationTable(parts),
            d.counts(),
            d.statedTotals(),
            d.problems(),
            d.rejectedRows(),
            d.sources());
    Analysis a = ImpactAnalysis.analyse(wider, StoryData.request());
    assertEquals(
        List.of("N&N", "QEH", "JPUH"), a.sites().stream().map(SiteBreakdown::label).toList());
    assertEquals(
        "Hospitals in Norfolk and Waveney rescheduled 4,726 appointments and procedures because of"
            + " the junior doctors' strike of 13 to 15 March 2023.",
        a.executiveSummary().getFirst());
  }

  @Test
  void nursing_returns_of_totals_only_have_no_split_and_no_type_sentence() {
    Analysis a =
        ImpactAnalysis.analyse(
            StoryData.dataset(),
            new AnalysisRequest(
                StoryData.request().settings(), Optional.of(StoryData.RCN_FEB), List.of()));
    assertFalse(a.allSites().hasSplit());
    assertEquals(754, a.allSites().total());
    assertTrue(
        a.executiveSummary().stream().noneMatch(s -> s.startsWith("Of these")),
        () -> String.join("\n", a.executiveSummary()));
    assertEquals("Activity rescheduled by site", a.chartTitles().bySiteAndType());
  }

  @Test
  void a_return_of_inpatient_figures_alone_is_split() {
    SiteBreakdown inpatientOnly =
        new SiteBreakdown(
            "RCX",
            "QEH",
            SiteStatus.REPORTED,
            "",
            Map.of(ActivityType.INPATIENT, 50L),
            50,
            Optional.empty(),
            Optional.empty(),
            1,
            Optional.empty());
    assertTrue(inpatientOnly.hasSplit());
    assertEquals("reported", inpatientOnly.statusText());
  }
}
