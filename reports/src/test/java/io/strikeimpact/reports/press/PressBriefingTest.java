package io.strikeimpact.reports.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import io.strikeimpact.model.text.PressWording.SmallNumbers;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PressBriefingTest {
  private static final PressContact CONTACT =
      new PressContact("Press office", "press@example.nhs.uk", "", List.of());

  @Test
  void should_say_for_immediate_release_without_an_embargo_and_give_every_part_as_text() {
    Analysis story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    String text =
        PressBriefingText.render(
            PressBriefing.of(
                story, new PressBriefing.Options(Optional.empty(), CONTACT, SmallNumbers.SHOW)));
    assertTrue(text.startsWith("FOR IMMEDIATE RELEASE\n3 April 2023\n"), text);
    assertTrue(text.contains("More than 4,700 appointments and procedures were rescheduled"), text);
    assertTrue(
        text.contains("Next: the junior doctors' strike of 11 to 14 April 2023 could see about"),
        text);
    assertTrue(text.contains("NOTES TO EDITORS"), text);
    assertTrue(text.contains("Email: press@example.nhs.uk"), text);
    assertTrue(text.matches("(?s).*\\nAll hospitals +4,120 +606 +4,726\\n.*"), text);
  }

  @Test
  void should_show_counts_of_1_to_7_as_fewer_than_8_only_when_asked() {
    Dataset base = StoryData.dataset();
    List<DisruptionCount> counts =
        base.counts().stream()
            .map(
                c ->
                    c.odsCode().equals("RCX") && c.type() == ActivityType.INPATIENT
                        ? new DisruptionCount(
                            c.odsCode(),
                            c.actionId(),
                            c.type(),
                            c.date(),
                            c.specialty(),
                            5,
                            c.provenance())
                        : c)
            .toList();
    Dataset small =
        new Dataset(
            base.sites(),
            base.calendar(),
            base.participation(),
            counts,
            base.statedTotals(),
            base.problems(),
            base.rejectedRows(),
            base.sources());
    Analysis analysis = ImpactAnalysis.analyse(small, StoryData.request());
    PressBriefing open =
        PressBriefing.of(
            analysis, new PressBriefing.Options(Optional.empty(), CONTACT, SmallNumbers.SHOW));
    PressBriefing suppressed =
        PressBriefing.of(
            analysis, new PressBriefing.Options(Optional.empty(), CONTACT, SmallNumbers.SUPPRESS));
    assertEquals(List.of("QEH", "882", "5", "887"), open.table().get(2));
    // QEH's 882 beside its total 887 would give the 5 away, so it is withheld; then JPUH's 262
    // would give 882 away from the outpatient total, and its 81 then 262 from its own total.
    assertEquals(List.of("QEH", "withheld", "fewer than 8", "887"), suppressed.table().get(2));
    assertEquals(List.of("JPUH", "withheld", "withheld", "343"), suppressed.table().get(3));
    assertEquals(List.of("N&N", "2,976", "475", "3,451"), suppressed.table().get(1));
    assertTrue(
        PressBriefingText.render(suppressed).contains("Some further figures are withheld"),
        PressBriefingText.render(suppressed));
    assertTrue(PressBriefingText.render(suppressed).contains("shown as \"fewer than 8\""));
    assertFalse(PressBriefingText.render(open).contains("fewer than 8"));
  }

  /**
   * N&amp;N's total for March of 5 is hidden; the like-for-like comparison (N&amp;N took part in
   * both) would give it away as its focus total and its rates, so its figures are withheld too.
   */
  @Test
  void should_withhold_the_comparison_when_it_would_give_a_hidden_total_away() {
    Dataset base = StoryData.dataset();
    boolean[] first = {true};
    List<DisruptionCount> counts =
        base.counts().stream()
            .map(
                c -> {
                  if (!c.odsCode().equals("RM1") || c.type() == ActivityType.TOTAL_ONLY) {
                    return c;
                  }
                  long n = c.type() == ActivityType.INPATIENT && first[0] ? 5 : 0;
                  first[0] &= n == 0;
                  return new DisruptionCount(
                      c.odsCode(),
                      c.actionId(),
                      c.type(),
                      c.date(),
                      c.specialty(),
                      n,
                      c.provenance());
                })
            .toList();
    Dataset small =
        new Dataset(
            base.sites(),
            base.calendar(),
            base.participation(),
            counts,
            base.statedTotals(),
            base.problems(),
            base.rejectedRows(),
            base.sources());
    Analysis analysis = ImpactAnalysis.analyse(small, StoryData.request());
    PressBriefing suppressed =
        PressBriefing.of(
            analysis, new PressBriefing.Options(Optional.empty(), CONTACT, SmallNumbers.SUPPRESS));
    assertEquals(List.of("N&N", "0", "fewer than 8", "fewer than 8"), suppressed.table().get(1));
    String comparison = suppressed.bullets().get(1);
    assertTrue(
        comparison.startsWith("A like-for-like comparison with earlier strikes is withheld"),
        comparison);
    PressBriefing open =
        PressBriefing.of(
            analysis, new PressBriefing.Options(Optional.empty(), CONTACT, SmallNumbers.SHOW));
    assertTrue(open.bullets().get(1).contains(" a day against "), open.bullets().get(1));
  }

  @Test
  void should_describe_a_hypothetical_next_action_without_dates_and_with_the_hours_given() {
    Analysis a = StoryData.withFurtherStrikeOf(96);
    String next =
        PressBriefing.of(a, new PressBriefing.Options(Optional.empty(), CONTACT, SmallNumbers.SHOW))
            .bullets()
            .getLast();
    assertTrue(next.startsWith("Next: a further junior doctors' strike could see about"), next);
    assertTrue(next.endsWith("times the 96 hours given."), next);
    assertFalse(next.contains("April"), next);
  }
}
