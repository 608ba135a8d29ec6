package io.strikeimpact.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Issue 12: the board pack sets the estimate the earlier actions gave beside what happened. */
class EstimateAgainstOutcomeSectionTest {

  @Test
  void the_pack_has_the_section_site_by_site_with_the_method_and_stays_tagged() throws Exception {
    byte[] pdf = render(StoryData.withAprilReturns());
    String text = text(pdf);
    int at = text.lastIndexOf(EstimateAgainstOutcomeSection.TITLE);
    assertTrue(at > text.indexOf(EstimateAgainstOutcomeSection.TITLE), "in contents and body");
    String section = text.substring(at, text.indexOf("Data quality", at));
    assertTrue(
        section.contains(
            "The comparable actions before it gave an estimate for the junior doctors' strike of 11"
                + " to 14 April 2023 (96 hours). Across the sites with both figures: estimated"
                + " 6,301; 6,050 rescheduled, 251 fewer (4%)."),
        section);
    assertTrue(
        section.contains("N&N 4,601 4,900 +299 estimated 4,601; 4,900 rescheduled, 299 more (6%)"),
        section);
    assertTrue(section.contains("All sites 6,301 6,050 \u2212251"), section);
    assertTrue(section.contains("What the earlier actions gave as an estimate for"), section);
    List<String> failures = Conformance.failures(pdf, PDFAFlavour.PDFUA_1);
    assertTrue(failures.isEmpty(), () -> "veraPDF, PDF/UA-1:\n" + String.join("\n", failures));
  }

  @Test
  void a_pack_without_an_estimate_against_outcome_has_no_such_section() throws IOException {
    String text = text(render(ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request())));
    assertFalse(text.contains(EstimateAgainstOutcomeSection.TITLE), text);
  }

  private static byte[] render(io.strikeimpact.model.analysis.Analysis a) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BoardPackPdf().write(a, out);
    return out.toByteArray();
  }

  private static String text(byte[] bytes) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
