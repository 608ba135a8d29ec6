package io.strikeimpact.model.analysis;

import static io.strikeimpact.model.analysis.TheQuestionAskedTest.JD_JULY;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.JD_JUNE;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.asking;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.count;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.laterCalendar;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.plus;
import static io.strikeimpact.model.analysis.TheQuestionAskedTest.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.fixtures.StoryData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, "Groups of actions" and "Refused is not missing". */
class GroupsAndUnreadableReturnsTest {
  private static final List<String> JD_GROUP =
      List.of(StoryData.JD_MARCH, StoryData.JD_APRIL, JD_JUNE, JD_JULY);

  @Test
  void a_group_with_one_action_reported_divides_by_that_actions_days_and_hours_alone() {
    Dataset d = with(laterCalendar(JD_GROUP), StoryData.counts());
    Analysis a = ImpactAnalysis.analyse(d, asking("jd", List.of(), StoryData.AS_OF));
    // 4,726 over March's 3 days and 72 hours, not over the 4 strikes' 15 days and 360 hours.
    assertEquals(1575.3, a.allSites().perDay().orElseThrow().value(), 0.05);
    assertEquals(65.6, a.allSites().perHour().orElseThrow().value(), 0.05);
    assertEquals("Junior doctors' strike, 13 to 15 March 2023", a.focus().title());
    assertEquals(
        "jd names 4 actions; only the junior doctors' strike of 13 to 15 March 2023 has returns,"
            + " so the figures and rates cover it alone, and the 3 actions without returns are"
            + " left out.",
        a.notes().getFirst());
  }

  @Test
  void a_group_of_one_action_gives_that_actions_rates() {
    Dataset d = with(laterCalendar(List.of(StoryData.JD_MARCH)), StoryData.counts());
    Analysis group = ImpactAnalysis.analyse(d, asking("jd", List.of(), StoryData.AS_OF));
    Analysis action =
        ImpactAnalysis.analyse(d, asking(StoryData.JD_MARCH, List.of(), StoryData.AS_OF));
    for (int i = 0; i < action.sites().size(); i++) {
      assertEquals(action.sites().get(i).perDay(), group.sites().get(i).perDay());
      assertEquals(action.sites().get(i).perHour(), group.sites().get(i).perHour());
    }
    assertEquals(action.allSites().perDay(), group.allSites().perDay());
    assertEquals(action.allSites().perHour(), group.allSites().perHour());
    assertEquals(action.focus().title(), group.focus().title());
  }

  @Test
  void sites_that_reported_different_actions_of_a_group_get_no_all_sites_rate() {
    // N&N sent March and April; QEH and JPUH March alone: no one length of action fits them all.
    Dataset d =
        with(
            laterCalendar(JD_GROUP),
            plus(
                StoryData.counts(),
                count("RM1", StoryData.JD_APRIL, ActivityType.OUTPATIENT, 4000)));
    Analysis a =
        ImpactAnalysis.analyse(d, asking("jd", List.of(), java.time.LocalDate.of(2023, 5, 1)));
    assertEquals(8726, a.allSites().total());
    assertTrue(a.allSites().perDay().isEmpty());
    // N&N's own rate covers its 7 days: (3,451 + 4,000) / 7 = 1,064.4 a day.
    assertEquals(1064.4, a.sites().getFirst().perDay().orElseThrow().value(), 0.05);
    assertTrue(
        a.notes()
            .contains(
                "The sites sent figures for different actions of jd, so no all-sites rate a day or an"
                    + " hour is given: each site's rate covers the actions it sent figures for."),
        () -> String.join("\n", a.notes()));
  }

  private static Dataset jpuhRefused(List<DisruptionCount> counts) {
    Dataset d = StoryData.dataset();
    String file = "returns/RGP/jpuh.xlsx";
    return new Dataset(
        d.sites(),
        d.calendar(),
        d.participation(),
        counts,
        d.statedTotals(),
        List.of(
            new DataProblem(
                Severity.ERROR,
                new Provenance(file, "0".repeat(64), "", ""),
                "an encrypted workbook",
                "a workbook that opens without a password",
                "ask JPUH to send it again without a password")),
        d.rejectedRows(),
        List.of(new SourceFile(file, "0".repeat(64), 100, "activity return", "jpuh", 0, 0, 0)));
  }

  @Test
  void a_site_whose_only_return_was_refused_sent_a_return_that_could_not_be_read() {
    Dataset d =
        jpuhRefused(StoryData.counts().stream().filter(c -> !c.odsCode().equals("RGP")).toList());
    Analysis a = ImpactAnalysis.analyse(d, StoryData.request());
    SiteBreakdown jpuh = a.sites().get(2);
    assertEquals(SiteStatus.UNREADABLE, jpuh.status());
    assertEquals(
        "sent a return that could not be read: an encrypted workbook (returns/RGP/jpuh.xlsx)",
        jpuh.statusText());
    // The total lacks a site that took part: said where it is given, with the site and why.
    assertEquals(
        "Hospitals in Norfolk and Waveney that sent figures rescheduled 4,383 appointments and"
            + " procedures because of the junior doctors' strike of 13 to 15 March 2023. The total"
            + " is partial: JPUH's return could not be read (see Data quality).",
        a.executiveSummary().getFirst());
    assertEquals(
        "partial: JPUH's return could not be read (see Data quality)", a.allSites().statusText());
    assertTrue(
        a.executiveSummary()
            .contains(
                "1 return was received but could not be read, and its figures are not in these"
                    + " totals: JPUH's returns/RGP/jpuh.xlsx (an encrypted workbook)."),
        () -> String.join("\n", a.executiveSummary()));
  }

  @Test
  void a_return_with_every_row_rejected_is_unreadable_not_missing() {
    Dataset d = StoryData.dataset();
    Dataset rejected =
        new Dataset(
            d.sites(),
            d.calendar(),
            d.participation(),
            d.counts(),
            d.statedTotals(),
            d.problems(),
            d.rejectedRows(),
            List.of(
                new SourceFile(
                    "returns/RGP/jpuh.csv",
                    "0".repeat(64),
                    100,
                    "activity return",
                    "jpuh",
                    5,
                    0,
                    5)));
    assertEquals(
        List.of(
            new UnreadableReturn(
                "RGP",
                "returns/RGP/jpuh.csv",
                "all 5 of its rows were rejected",
                "check that the profile 'jpuh' names the file's columns and its words for each"
                    + " activity type, as strike-impact validate lists each row's problem; the file"
                    + " itself may be sound")),
        UnreadableReturn.in(rejected));
  }

  @Test
  void with_no_readable_return_at_all_the_failure_names_the_files_not_add_returns() {
    UnreadableReturnsException e =
        assertThrows(
            UnreadableReturnsException.class,
            () -> ImpactAnalysis.analyse(jpuhRefused(List.of()), StoryData.request()));
    assertTrue(
        e.getMessage()
            .startsWith(
                "No return could be read, so there are no figures to report:"
                    + " returns/RGP/jpuh.xlsx (an encrypted workbook)."),
        e.getMessage());
  }

  /**
   * Red-team defect 18: the fix fits each file's cause. A return whose every row a wrong profile
   * rejected is not sent again without a password: its profile is checked.
   */
  @Test
  void when_no_return_could_be_read_each_file_gets_the_fix_that_fits_its_cause() {
    Dataset refused = jpuhRefused(List.of());
    Dataset both =
        new Dataset(
            refused.sites(),
            refused.calendar(),
            refused.participation(),
            List.of(),
            refused.statedTotals(),
            refused.problems(),
            refused.rejectedRows(),
            List.of(
                refused.sources().getFirst(),
                new SourceFile(
                    "returns/RM1/nnuh.csv",
                    "1".repeat(64),
                    100,
                    "activity return",
                    "N&N",
                    6,
                    0,
                    6)));
    UnreadableReturnsException e =
        assertThrows(
            UnreadableReturnsException.class,
            () -> ImpactAnalysis.analyse(both, StoryData.request()));
    assertEquals(
        "No return could be read, so there are no figures to report: returns/RGP/jpuh.xlsx (an"
            + " encrypted workbook); returns/RM1/nnuh.csv (all 6 of its rows were rejected). Fix:"
            + " for returns/RGP/jpuh.xlsx, ask JPUH to send it again without a password; for"
            + " returns/RM1/nnuh.csv, check that the profile 'N&N' names the file's columns and its"
            + " words for each activity type, as strike-impact validate lists each row's problem;"
            + " the file itself may be sound; then run strike-impact validate.",
        e.getMessage());
  }
}
