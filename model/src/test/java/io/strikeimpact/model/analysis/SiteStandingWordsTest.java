package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.CountScope;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.StatedTotal;
import io.strikeimpact.model.fixtures.StoryData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Red-team defects 3, 4, 5, 7 and 14: what the model says of a site's figures, or of their absence,
 * is one rule that every output takes from {@link SiteBreakdown#statusText}, {@link
 * SiteBreakdown#caveat}, {@link TimelineEntry} and {@link Reconciliation}.
 */
class SiteStandingWordsTest {
  private static final String SHA = "0".repeat(64);

  @Test
  void a_site_whose_two_returns_overlap_is_not_a_site_that_sent_no_return() {
    Dataset d =
        with(
            withoutSite("RCX"),
            List.of(),
            List.of(
                source("returns/RCX/qeh-march.csv", SourceFile.ROLE_OVERLAPPING, 1, 1, 0),
                source("returns/RCX/qeh-march.xlsx", SourceFile.ROLE_OVERLAPPING, 2, 2, 0)));
    Analysis a = ImpactAnalysis.analyse(d, StoryData.request());
    SiteBreakdown qeh = site(a, "RCX");
    assertEquals(SiteStatus.OVERLAPPING, qeh.status());
    assertEquals(
        "2 returns overlap; neither counted (see Data quality): returns/RCX/qeh-march.csv and"
            + " returns/RCX/qeh-march.xlsx",
        qeh.statusText());
    String reason =
        a.comparison().orElseThrow().rows().stream()
            .filter(r -> r.odsCode().equals("RCX"))
            .findFirst()
            .orElseThrow()
            .notApplicableReason();
    assertFalse(reason.contains("sent no return"), reason);
    assertTrue(reason.startsWith("2 returns overlap; neither counted"), reason);
  }

  @Test
  void zeros_from_a_site_that_did_not_take_part_are_not_figures_and_the_action_has_no_returns() {
    // N&N took part in January and sent nothing; JPUH did not take part and sent 0 for both days.
    List<DisruptionCount> counts = new ArrayList<>(StoryData.counts());
    counts.removeIf(c -> c.odsCode().equals("RM1") && c.actionId().equals(StoryData.RCN_JAN));
    counts.add(count("RGP", StoryData.RCN_JAN, 0, "returns/RGP/jpuh-nursing.csv"));
    counts.add(count("RGP", StoryData.RCN_JAN, 0, "returns/RGP/jpuh-nursing.csv"));
    Analysis a =
        ImpactAnalysis.analyse(
            with(counts, List.of(), List.of()),
            TheQuestionAskedTest.asking(
                StoryData.JD_MARCH,
                List.of(StoryData.RCN_JAN, StoryData.RCN_FEB),
                StoryData.AS_OF));
    TimelineEntry january =
        a.timeline().stream()
            .filter(e -> e.action().id().equals(StoryData.RCN_JAN))
            .findFirst()
            .orElseThrow();
    assertEquals(TimelineEntry.Status.NO_RETURNS, january.status());
    assertTrue(january.figures().isEmpty(), "no Total 0 and Cumulative 0 for January");
    ComparisonRow jpuh =
        a.comparison().orElseThrow().rows().stream()
            .filter(r -> r.odsCode().equals("RGP"))
            .findFirst()
            .orElseThrow();
    assertTrue(jpuh.baseline().isEmpty(), "JPUH has no nursing figure, not 0");
    assertTrue(
        jpuh.notApplicableReason().startsWith("did not take part in the nursing strike"),
        jpuh.notApplicableReason());
  }

  @Test
  void when_every_return_was_refused_all_sites_received_returns_none_of_which_could_be_read() {
    // Only N&N's February nursing return was read: March has returns from all three, none read.
    List<DisruptionCount> counts =
        StoryData.counts().stream().filter(c -> !c.actionId().equals(StoryData.JD_MARCH)).toList();
    List<DataProblem> problems = new ArrayList<>();
    List<SourceFile> sources = new ArrayList<>();
    for (String file :
        List.of("returns/RM1/pas.csv", "returns/RCX/qeh.xlsx", "returns/RGP/jpuh.xlsx")) {
      problems.add(
          new DataProblem(
              Severity.ERROR,
              new Provenance(file, SHA, "", ""),
              "a damaged workbook",
              "a workbook or csv that opens",
              "send the return again"));
      sources.add(source(file, "activity return", 0, 0, 0));
    }
    Analysis a =
        ImpactAnalysis.analyse(
            with(counts, problems, sources),
            TheQuestionAskedTest.asking(StoryData.JD_MARCH, List.of(), StoryData.AS_OF));
    assertEquals(SiteStatus.UNREADABLE, a.allSites().status());
    assertEquals(
        "returns received from N&N, QEH and JPUH, but none could be read (see Data quality)",
        a.allSites().statusText());
  }

  @Test
  void figures_with_rejected_rows_are_marked_partial_and_the_summary_says_so() {
    List<SourceFile> sources = List.of(source("nnuh.xlsx", "activity return", 8, 2, 6));
    Analysis a = ImpactAnalysis.analyse(with(StoryData.counts(), List.of(), sources), request());
    SiteBreakdown nnuh = site(a, "RM1");
    assertTrue(nnuh.reported());
    assertEquals(
        Optional.of("partial: 6 rows rejected (nnuh.xlsx); see Data quality"), nnuh.caveat());
    assertEquals(
        Optional.of(
            "partial: the figures of N&N are partial or may be out of date; see Data quality"),
        a.allSites().caveat());
    assertTrue(site(a, "RCX").caveat().isEmpty());
    assertTrue(
        a.executiveSummary().stream()
            .anyMatch(
                s ->
                    s.startsWith("Of these, ")
                        && s.contains(", as far as the returns could be read (partial:")),
        () -> String.join("\n", a.executiveSummary()));
  }

  @Test
  void figures_of_an_earlier_return_stand_marked_when_the_later_revision_could_not_be_read() {
    List<DisruptionCount> counts = new ArrayList<>(withoutSite("RCX"));
    String earlier = "returns/RCX/qeh-2023-03-20.csv";
    String later = "returns/RCX/qeh-2023-03-27.csv";
    counts.add(count("RCX", StoryData.JD_MARCH, 840, earlier));
    Analysis a =
        ImpactAnalysis.analyse(
            with(
                counts,
                List.of(
                    new DataProblem(
                        Severity.ERROR,
                        new Provenance(later, SHA, "", ""),
                        "a file that cannot be read as csv",
                        "a csv file",
                        "send the return again")),
                List.of(
                    source(earlier, "activity return", 1, 1, 0),
                    source(later, "activity return", 0, 0, 0))),
            request());
    assertEquals(
        Optional.of(
            "later revision could not be read (returns/RCX/qeh-2023-03-27.csv); earlier figures"
                + " used (returns/RCX/qeh-2023-03-20.csv)"),
        site(a, "RCX").caveat());
  }

  @Test
  void a_stated_zero_for_a_site_that_did_not_take_part_is_not_checked_and_does_not_disagree() {
    StatedTotal zero =
        new StatedTotal(
            "QEH nurses",
            new CountScope(
                java.util.Set.of(StoryData.RCN_JAN),
                Optional.of("RCX"),
                Optional.empty(),
                Optional.empty()),
            0,
            new Provenance("returns/QMM/icb summary march.csv", SHA, "", "D7"));
    Dataset d = StoryData.dataset();
    Dataset withZero =
        new Dataset(
            d.sites(),
            d.calendar(),
            d.participation(),
            d.counts(),
            List.of(zero),
            d.problems(),
            d.rejectedRows(),
            d.sources());
    Reconciliation r = ImpactAnalysis.reconcile(withZero).getFirst();
    assertFalse(r.checkable());
    assertFalse(r.disagrees());
    assertEquals(
        "returns/QMM/icb summary march.csv, cell D7 states 0 for the nursing strike of 18 and 19"
            + " January 2023, QEH; not checked (did not take part): QEH did not take part in it.",
        r.message());
    assertTrue(ImpactAnalysis.analyse(withZero, request()).disagreeingTotals().isEmpty());
  }

  private static AnalysisRequest request() {
    return StoryData.request();
  }

  private static SiteBreakdown site(Analysis a, String odsCode) {
    return a.sites().stream().filter(s -> s.odsCode().equals(odsCode)).findFirst().orElseThrow();
  }

  private static List<DisruptionCount> withoutSite(String odsCode) {
    return StoryData.counts().stream().filter(c -> !c.odsCode().equals(odsCode)).toList();
  }

  private static DisruptionCount count(String site, String action, long n, String file) {
    LocalDate day = action.equals(StoryData.RCN_JAN) ? LocalDate.of(2023, 1, 18) : null;
    return new DisruptionCount(
        site,
        action,
        action.equals(StoryData.JD_MARCH) ? ActivityType.OUTPATIENT : ActivityType.TOTAL_ONLY,
        Optional.ofNullable(day),
        Optional.empty(),
        n,
        new Provenance(file, SHA, "", "C2"));
  }

  private static SourceFile source(String name, String role, int read, int used, int rejected) {
    return new SourceFile(name, SHA, 100, role, "qeh", read, used, rejected);
  }

  private static Dataset with(
      List<DisruptionCount> counts, List<DataProblem> problems, List<SourceFile> sources) {
    Dataset d = StoryData.dataset();
    return new Dataset(
        d.sites(),
        d.calendar(),
        d.participation(),
        counts,
        d.statedTotals(),
        problems,
        d.rejectedRows(),
        sources);
  }
}
