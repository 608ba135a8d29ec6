package io.strikeimpact.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BoardPackPdfTest {
  private static Analysis story;
  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    pdf = render(story);
    Path sample = Path.of("target", "boardpack-sample.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, pdf);
  }

  private static byte[] render(Analysis analysis) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BoardPackPdf().write(analysis, out);
    return out.toByteArray();
  }

  @Test
  void should_meet_pdf_ua_1_with_no_failures() throws Exception {
    List<String> failures = Conformance.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1);
    assertTrue(failures.isEmpty(), () -> "veraPDF, PDF/UA-1:\n" + String.join("\n", failures));
  }

  @Test
  void should_meet_pdf_a_2a_with_no_failures() throws Exception {
    List<String> failures = Conformance.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A);
    assertTrue(failures.isEmpty(), () -> "veraPDF, PDF/A-2a:\n" + String.join("\n", failures));
  }

  @Test
  void should_show_the_story_figures_as_text() throws IOException {
    String text = text(pdf);
    for (String expected :
        List.of(
            "4,726", "3,451", "2,976", "475", "932", "343", "3.1 times", "1.5 times", "4,736",
            "did not take part in the nursing strikes",
            "Junior doctors' strike, 13 to 15 March 2023",
            "Made on 3 April 2023")) {
      assertTrue(text.contains(expected), () -> "The pack should contain \"" + expected + "\"");
    }
  }

  @Test
  void should_show_sites_outside_the_baseline_as_not_applicable_never_zero_or_infinite() throws IOException {
    String text = text(pdf);
    assertTrue(text.contains("not applicable: did not take part in the nursing strikes"), text);
    assertFalse(text.contains("Infinity") || text.contains("\u221e") || text.contains("NaN"), text);
  }

  @Test
  void should_number_every_page_as_page_n_of_m() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int n = doc.getNumberOfPages();
      assertTrue(n >= 4, "expected a pack of several pages, got " + n);
      for (int page = 1; page <= n; page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String pageText = stripper.getText(doc);
        String footer = "Page " + page + " of " + n;
        assertTrue(pageText.contains(footer), () -> "page should say \"" + footer + "\": " + pageText);
      }
    }
  }

  @Test
  void should_embed_every_font_including_those_inside_charts() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      int[] formsWithFonts = {0};
      for (PDPage page : doc.getPages()) {
        collectFonts(page.getResources(), fonts, formsWithFonts, 0);
      }
      assertFalse(fonts.isEmpty());
      assertTrue(formsWithFonts[0] >= 3, "the three charts should be forms with their own fonts");
      for (String f : fonts) {
        assertTrue(f.startsWith("embedded "), () -> "not embedded: " + f);
        assertTrue(f.contains("LiberationSans"), () -> "not Liberation Sans: " + f);
      }
    }
  }

  private static void collectFonts(PDResources resources, List<String> out, int[] formsWithFonts, int depth)
      throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      out.add((font.isEmbedded() ? "embedded " : "NOT embedded ") + font.getName());
      if (depth > 0) {
        formsWithFonts[0]++;
      }
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject x = resources.getXObject(name);
      if (x instanceof PDFormXObject form) {
        collectFonts(form.getResources(), out, formsWithFonts, depth + 1);
      }
    }
  }

  @Test
  void should_draw_chart_titles_as_vector_text_inside_the_charts() throws IOException {
    String inCharts;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      FormTextStripper stripper = new FormTextStripper();
      stripper.getText(doc);
      inCharts = squash(stripper.formText.toString());
    }
    var titles = story.chartTitles();
    for (String title : List.of(titles.bySiteAndType(), titles.shareBySite(), titles.comparison())) {
      assertTrue(inCharts.contains(squash(title)), () -> "chart title not drawn as text: " + title);
    }
    assertTrue(inCharts.contains("2,976"), "bar value labels should be text");
    assertTrue(inCharts.contains(squash("Rescheduled a day of action")), "the basis should label the axis");
  }

  /** Collects only the text drawn inside form XObjects (the charts). */
  private static final class FormTextStripper extends PDFTextStripper {
    final StringBuilder formText = new StringBuilder();
    private int depth;

    @Override
    public void showForm(PDFormXObject form) throws IOException {
      depth++;
      try {
        super.showForm(form);
      } finally {
        depth--;
      }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (depth > 0) {
        formText.append(text.getUnicode());
      }
      super.processTextPosition(text);
    }
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Test
  void should_give_identical_bytes_when_rendered_twice() throws IOException {
    byte[] again = render(ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request()));
    assertArrayEquals(pdf, again);
  }

  @Test
  void should_set_title_author_language_dates_and_bookmarks() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var info = doc.getDocumentInformation();
      assertEquals(
          "Industrial action: activity rescheduled: Junior doctors' strike, 13 to 15 March 2023", info.getTitle());
      assertEquals("NHS Norfolk and Waveney Integrated Care Board", info.getAuthor());
      assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
      Calendar created = info.getCreationDate();
      Calendar expected = Calendar.getInstance(TimeZone.getTimeZone("Europe/London"));
      expected.clear();
      expected.set(2023, Calendar.APRIL, 3, 0, 0, 0);
      assertEquals(expected.getTimeInMillis(), created.getTimeInMillis());
      assertEquals(expected.getTimeInMillis(), info.getModificationDate().getTimeInMillis());

      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      assertEquals(
          List.of(
              "Executive summary",
              "Rescheduled by site and type",
              "Comparison with the baseline",
              "History of industrial action",
              "Data quality",
              "Appendix: sources"),
          bookmarks);
    }
  }

  @Test
  void should_list_reconciliations_and_say_when_no_rows_were_rejected() throws IOException {
    String text = text(pdf);
    assertTrue(text.contains("Warning: icb-summary.csv"), text);
    assertTrue(text.contains("No rows were rejected."), text);
    assertTrue(text.contains("nnuh.xlsx"), "sources appendix should list the files");
  }

  @Test
  void should_write_n_a_with_a_reason_for_a_total_only_return_and_sites_that_did_not_take_part()
      throws IOException {
    Analysis nursing =
        ImpactAnalysis.analyse(
            StoryData.dataset(),
            new AnalysisRequest(
                StoryData.request().settings(), Optional.of(StoryData.RCN_FEB), List.of(StoryData.RCN_JAN)));
    byte[] bytes = render(nursing);
    Files.write(Path.of("target", "boardpack-total-only-sample.pdf"), bytes);
    String text = text(bytes);
    assertTrue(text.contains("n/a: not split"), text);
    assertTrue(text.contains("n/a: not applicable \u2014 did not take part"), text);
    assertFalse(text.matches("(?s).*QEH\\s+0\\s.*"), "a site that did not take part must not show 0");
  }

  /** The text of the whole document, runs of white space (line breaks in cells) made one space. */
  private static String text(byte[] bytes) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
