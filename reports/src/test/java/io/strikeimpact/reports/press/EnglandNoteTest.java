package io.strikeimpact.reports.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.ReportSettings;
import io.strikeimpact.model.fixtures.StoryData;
import io.strikeimpact.model.text.PressWording.SmallNumbers;
import io.strikeimpact.reports.EnglandFixture;
import io.strikeimpact.reports.pdf.PressBriefingPdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the press briefing's note to editors sets the headline figure beside England's, with
 * the caveat, naming NHS England's published figures as a journalist would, from a national file of
 * published, blank, revised and derived figures ({@link EnglandFixture}).
 */
class EnglandNoteTest {
  private static final PressContact CONTACT =
      new PressContact("Press office", "press@example.nhs.uk", "", List.of());
  private static final PressBriefing.Options SHOW =
      new PressBriefing.Options(Optional.empty(), CONTACT, SmallNumbers.SHOW);

  @Test
  void the_notes_to_editors_give_the_share_of_england_with_the_caveat_and_no_file() {
    PressBriefing b = PressBriefing.of(EnglandFixture.analysis(), SHOW);
    String expected =
        "Across England: the 4,726 appointments and procedures rescheduled in Norfolk and Waveney"
            + " were 2.7% of the 175,122 that NHS England's published figures (17 April 2023) give"
            + " for England for the junior doctors' strike of 13 to 15 March 2023; England's figure"
            + " covers every trust that sent NHS England a return, the Norfolk and Waveney figure"
            + " only those of its hospitals that sent one.";
    assertEquals(expected, b.notesToEditors().get(2), b.notesToEditors().toString());
    String text = PressBriefingText.render(b);
    assertTrue(text.contains("2.7% of the 175,122"), text);
    assertFalse(text.contains("england.csv"), text);
    assertFalse(text.contains("cell F"), text);
  }

  @Test
  void a_strike_england_did_not_publish_is_said_to_have_no_figure_never_a_share_of_0() {
    Analysis february =
        ImpactAnalysis.analyse(
            EnglandFixture.dataset(),
            new AnalysisRequest(
                StoryData.request().settings(),
                Optional.of(StoryData.RCN_FEB),
                List.of(StoryData.RCN_JAN)));
    assertEquals(
        Optional.of(
            "Across England: NHS England's published figures give no figure for England for the"
                + " nursing strike of 6 and 7 February 2023, so the 754 appointments and procedures"
                + " rescheduled in Norfolk and Waveney cannot be set beside one."),
        EnglandNote.of(february, SmallNumbers.SHOW));
  }

  @Test
  void a_figure_derived_by_subtraction_is_said_to_be_implied_not_published() {
    // April's returns in (6,050 here); England's April figure is 471,546 - 275,321 = 196,225.
    Dataset d = EnglandFixture.dataset();
    List<DisruptionCount> counts = new ArrayList<>(d.counts());
    DisruptionCount march = d.counts().getFirst();
    for (long n : List.of(4_400L, 500L, 1_000L, 150L)) {
      counts.add(
          new DisruptionCount(
              march.odsCode(),
              StoryData.JD_APRIL,
              march.type(),
              march.date(),
              march.specialty(),
              n,
              march.provenance()));
    }
    Dataset april =
        new Dataset(
            d.sites(),
            d.calendar(),
            d.participation(),
            counts,
            d.statedTotals(),
            d.problems(),
            d.rejectedRows(),
            d.sources(),
            d.planned(),
            d.revisions(),
            d.england());
    Analysis a =
        ImpactAnalysis.analyse(
            april,
            AnalysisRequest.defaults(ReportSettings.norfolkAndWaveney(LocalDate.of(2023, 5, 1))));
    String note = EnglandNote.of(a, SmallNumbers.SHOW).orElseThrow();
    assertTrue(
        note.startsWith(
            // Only N&N sent April's returns: the figure is that of one of the three hospitals.
            "Across England: the 6,050 appointments and procedures rescheduled at 1 of the 3"
                + " hospitals in Norfolk and Waveney were 3.1% of the 196,225 that NHS England's published figures (2 May"
                + " 2023) imply for England for the junior doctors' strike of 11 to 14 April 2023"
                + " (NHS England published no figure for it; this one is the difference between"
                + " two of its running totals);"),
        note);
  }

  @Test
  void the_briefing_with_the_note_still_fits_on_one_page() throws IOException {
    Analysis a = EnglandFixture.analysis();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PressBriefingPdf().write(a, PressBriefing.of(a, SHOW), out);
    try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
      assertEquals(1, doc.getNumberOfPages());
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(
          text.contains("were 2.7% of the 175,122 that NHS England's published figures"), text);
    }
  }

  @Test
  void without_a_national_file_there_is_no_such_note() {
    Analysis story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    assertEquals(Optional.empty(), EnglandNote.of(story, SmallNumbers.SHOW));
  }
}
