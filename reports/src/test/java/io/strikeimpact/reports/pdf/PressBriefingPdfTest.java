package io.strikeimpact.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
              "Norfolk and Norwich University Hospital, 3,451",
              "3.1 times as many a day",
              "1.5 times as many",
              "2,976",
              "475",
              "4,726",
              "Notes to editors",
              "likely to understate the impact",
              "icb-summary.csv states 4,736, where the returns add to 4,726",
              "press@example.nhs.uk",
              "Page 1 of 1")) {
        assertTrue(
            text.contains(expected),
            () -> "The briefing should contain \"" + expected + "\":\n" + text);
      }
    }
  }

  @Test
  void should_meet_pdf_ua_1_and_pdf_a_2a_with_no_failures() throws Exception {
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
      List<String> failures = Conformance.failures(pdf, flavour);
      assertTrue(
          failures.isEmpty(), () -> "veraPDF, " + flavour + ":\n" + String.join("\n", failures));
    }
  }

  @Test
  void should_give_identical_bytes_when_rendered_twice() throws IOException {
    assertArrayEquals(pdf, render(briefing));
  }
}
