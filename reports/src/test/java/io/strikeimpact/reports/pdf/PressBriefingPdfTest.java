package io.strikeimpact.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import io.strikeimpact.model.text.PressWording.SmallNumbers;
import io.strikeimpact.reports.press.PressBriefing;
import io.strikeimpact.reports.press.PressContact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PressBriefingPdfTest {
  private static Analysis story;
  private static PressBriefing briefing;
  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    briefing =
        PressBriefing.of(
            story,
            new PressBriefing.Options(
                Optional.of(LocalDateTime.of(2023, 4, 4, 0, 1)),
                new PressContact(
                    "Press office, NHS Norfolk and Waveney ICB",
                    "press@example.nhs.uk",
                    "01603 000000",
                    List.of()),
                SmallNumbers.SHOW));
    pdf = render(briefing);
    Path sample = Path.of("target", "press-briefing-sample.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, pdf);
  }

  private static byte[] render(PressBriefing b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PressBriefingPdf().write(story, b, out);
    return out.toByteArray();
  }

  @Test
  void should_fit_on_one_page_with_the_headline_embargo_bullets_notes_and_contact()
      throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(1, doc.getNumberOfPages());
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      for (String expected :
          List.of(
              "EMBARGOED UNTIL 00:01 ON 4 APRIL 2023",
              "More than 4,700 appointments and procedures were rescheduled in Norfolk and Waveney",
              "Norfolk and Norwich University Hospital (N&N), 3,451",
              "3.1 times as many a day",
              "1.5 times as many",
              "2,976",
              "475",
              "4,726",
              "Notes to editors",
              "likely to understate the impact",
              "a summary of the returns states 4,736, where the returns add to 4,726",
              "press@example.nhs.uk",
              "Page 1 of 1")) {
        assertTrue(
            text.contains(expected),
            () -> "The briefing should contain \"" + expected + "\":\n" + text);
      }
    }
  }

  @Test
  void should_state_the_exact_figure_in_the_first_line_of_the_body_below_the_rounded_headline()
      throws IOException {
    String text = text(pdf);
    String body = text.substring(text.indexOf("More than 4,700"));
    String firstLine = body.substring(body.indexOf("2023.") + "2023.".length()).strip();
    assertTrue(
        firstLine.startsWith(
            "Hospitals in Norfolk and Waveney rescheduled 4,726 appointments and procedures"),
        firstLine);
  }

  @Test
  void should_name_sources_by_organisation_and_never_quote_a_file_path() throws IOException {
    String text = text(pdf);
    String notes = text.substring(text.indexOf("Notes to editors"));
    assertFalse(notes.matches("(?s).*\\.(csv|xlsx|xls)\\b.*"), notes);
    assertFalse(notes.contains("returns/"), notes);
    assertTrue(
        notes.contains(
            "the returns of activity rescheduled of the 3 trusts (Norfolk and Norwich"
                + " University Hospitals NHS Foundation Trust;"),
        notes);
  }

  @Test
  void should_spell_out_each_hospital_before_its_short_name_is_used() throws IOException {
    String text = text(pdf);
    for (var site : story.dataset().sites()) {
      int shortForm = text.indexOf(" " + site.abbreviation() + " ");
      if (shortForm < 0) {
        continue;
      }
      int full = text.indexOf(site.shortName() + " (" + site.abbreviation() + ")");
      assertTrue(full >= 0 && full < shortForm, site.shortName() + " first in full:\n" + text);
    }
  }

  @Test
  void should_end_the_story_before_the_notes_to_editors_as_the_text_does() throws IOException {
    String text = text(pdf);
    int ends = text.indexOf("ENDS Notes to editors");
    assertTrue(ends > text.indexOf("All hospitals 4,120 606 4,726"), text);
    String plain = io.strikeimpact.reports.press.PressBriefingText.render(briefing);
    assertTrue(plain.indexOf("\nENDS\n") < plain.indexOf("NOTES TO EDITORS"), plain);
    assertTrue(plain.indexOf("\nENDS\n") > plain.indexOf("All hospitals"), plain);
  }

  @Test
  void should_print_the_notes_to_editors_and_the_table_at_9_points_or_more() throws IOException {
    List<String> small = new ArrayList<>();
    List<Float> notes = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      float footer = doc.getPage(0).getMediaBox().getHeight() - 56;
      new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition p) {
          if (p.getUnicode().equals("5") && notes.isEmpty()) {
            notes.add(p.getFontSizeInPt());
          }
          // The running footer below the bottom margin is a page artifact, not the briefing.
          if (p.getYDirAdj() < footer && p.getFontSizeInPt() < PressBriefingPdf.NOTE_SIZE) {
            small.add(p.getUnicode() + " at " + p.getFontSizeInPt() + " pt");
          }
        }
      }.getText(doc);
    }
    assertEquals(9, PressBriefingPdf.NOTE_SIZE);
    assertFalse(notes.isEmpty(), "the stripper saw the characters");
    assertTrue(small.isEmpty(), "text smaller than 9 points: " + small);
  }

  @Test
  void should_meet_pdf_ua_1_and_pdf_a_2a_with_no_failures() throws Exception {
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
      List<String> failures = Conformance.failures(pdf, flavour);
      assertTrue(
          failures.isEmpty(), () -> "veraPDF, " + flavour + ":\n" + String.join("\n", failures));
    }
  }

  private static String text(byte[] bytes) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @Test
  void should_give_identical_bytes_when_rendered_twice() throws IOException {
    assertArrayEquals(pdf, render(briefing));
  }
}
