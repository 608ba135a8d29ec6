package io.strikeimpact.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.PlannedActivity;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.ReturnRevision;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
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
    List<String> failures =
        Conformance.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1);
    assertTrue(failures.isEmpty(), () -> "veraPDF, PDF/UA-1:\n" + String.join("\n", failures));
  }

  @Test
  void should_meet_pdf_a_2a_with_no_failures() throws Exception {
    List<String> failures =
        Conformance.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A);
    assertTrue(failures.isEmpty(), () -> "veraPDF, PDF/A-2a:\n" + String.join("\n", failures));
  }

  @Test
  void should_show_the_story_figures_as_text() throws IOException {
    String text = text(pdf);
    for (String expected :
        List.of(
            "4,726",
            "3,451",
            "2,976",
            "475",
            "932",
            "343",
            "3.1 times",
            "1.5 times",
            "4,736",
            "did not take part in the nursing strikes",
            "Junior doctors' strike, 13 to 15 March 2023",
            "Made on 3 April 2023")) {
      assertTrue(text.contains(expected), () -> "The pack should contain \"" + expected + "\"");
    }
  }

  @Test
  void should_show_sites_outside_the_baseline_as_not_applicable_never_zero_or_infinite()
      throws IOException {
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
        assertTrue(
            pageText.contains(footer), () -> "page should say \"" + footer + "\": " + pageText);
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

  private static void collectFonts(
      PDResources resources, List<String> out, int[] formsWithFonts, int depth) throws IOException {
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
    for (String title :
        List.of(titles.bySiteAndType(), titles.shareBySite(), titles.comparison())) {
      assertTrue(inCharts.contains(squash(title)), () -> "chart title not drawn as text: " + title);
    }
    assertTrue(inCharts.contains("2,976"), "bar value labels should be text");
    assertTrue(
        inCharts.contains(squash("Rescheduled a day of action")),
        "the basis should label the axis");
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
          "Industrial action: activity rescheduled (Junior doctors' strike, 13 to 15 March 2023)",
          info.getTitle());
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
              "Contents",
              "Executive summary",
              "Rescheduled by site and type",
              "Comparison with the baseline",
              "History of industrial action",
              "What to expect next: an estimate",
              "Data quality",
              "Definitions",
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
                StoryData.request().settings(),
                Optional.of(StoryData.RCN_FEB),
                List.of(StoryData.RCN_JAN)));
    byte[] bytes = render(nursing);
    Files.write(Path.of("target", "boardpack-total-only-sample.pdf"), bytes);
    String text = text(bytes);
    assertTrue(text.contains("n/a: not split"), text);
    assertTrue(text.contains("n/a: not applicable \u2014 did not take part"), text);
    assertFalse(
        text.matches("(?s).*QEH\\s+0\\s.*"), "a site that did not take part must not show 0");
  }

  @Test
  void should_list_every_action_of_the_timeline_with_its_status_in_place_of_figures()
      throws IOException {
    String history = section(text(pdf), "History of industrial action", "What to expect next");
    for (String expected :
        List.of(
            "Nursing strike, 18 and 19 January 2023 Nurses 24 1 752 752",
            "Nursing strike, 6 and 7 February 2023 Nurses 24 1 754 1,506",
            "Junior doctors' strike, 13 to 15 March 2023 (focus) Junior doctors 72 3 4,726 6,232",
            "Junior doctors' strike, 11 to 14 April 2023 Junior doctors 96 announced; not yet started",
            // Running totals by site after March: N&N 752 + 754 + 3,451.
            "N&N RM1 3,451 4,957",
            "QEH RCX 932 932",
            "JPUH RGP 343 343",
            "All sites 4,726 6,232",
            "Running total reached 6,232 after 3 actions")) {
      assertTrue(
          history.contains(expected), () -> "history lacks \"" + expected + "\": " + history);
    }

    // Without returns for February, the action is listed with its status, never as 0.
    Dataset d = StoryData.dataset();
    List<DisruptionCount> noFebruary =
        d.counts().stream().filter(c -> !c.actionId().equals(StoryData.RCN_FEB)).toList();
    Analysis a = ImpactAnalysis.analyse(with(noFebruary, List.of()), StoryData.request());
    String text = section(text(render(a)), "History of industrial action", "What to expect next");
    assertTrue(
        text.contains("Nursing strike, 6 and 7 February 2023 Nurses 24 ended; no returns received"),
        text);
    assertFalse(text.matches("(?s).*February 2023 Nurses 24 0 .*"), text);
  }

  @Test
  void should_show_what_to_expect_next_as_an_estimate_with_its_method() throws IOException {
    String next = section(text(pdf), "What to expect next: an estimate", "Data quality");
    // All sites: 4,726 over 72 hours times 96 = 6,301.3; N&N 3,451 / 72 x 96 = 4,601.3.
    assertTrue(next.contains("All sites 5,493 808 6,301"), next);
    assertTrue(next.contains("N&N 3,968 633 4,601"), next);
    assertTrue(next.contains("Total (estimate)"), next);
    assertTrue(next.contains("65.6 an hour"), next);
    assertTrue(next.contains("announced for 96 hours"), next);
    assertTrue(next.contains(story.projection().orElseThrow().method()), next);
    assertTrue(
        text(pdf)
            .matches("(?s).*Contents.*What to expect next: an estimate \\d+ Data quality \\d+.*"),
        "listed in the contents");
  }

  @Test
  void should_describe_a_hypothetical_projection_without_dates() throws IOException {
    Analysis a = StoryData.withFurtherStrikeOf(96);
    String next = section(text(render(a)), "What to expect next: an estimate", "Data quality");
    assertTrue(
        next.contains(
            "a further junior doctors' strike may reschedule, assuming 96 hours of action"),
        next);
    assertTrue(next.contains("6,301"), next);
    assertFalse(next.contains("April"), next);
  }

  @Test
  void should_add_a_per_1000_planned_column_only_when_returns_give_planned_activity()
      throws Exception {
    assertFalse(
        text(pdf).contains("per 1,000 planned"), "no return gives planned activity in the story");

    Analysis a = ImpactAnalysis.analyse(with(StoryData.counts(), planned()), StoryData.request());
    byte[] bytes = render(a);
    Files.write(Path.of("target", "boardpack-planned-sample.pdf"), bytes);
    String text = text(bytes);
    String bySite =
        section(text, "Rescheduled by site and type Activity", "Comparison with the baseline");
    assertTrue(bySite.contains("Rescheduled per 1,000 planned"), bySite);
    // N&N: 3,451 of 40,000 planned = 86.3 per 1,000; QEH gave no planned figure.
    assertTrue(bySite.contains("86.3 3,451 over 40,000 planned"), bySite);
    assertTrue(
        bySite.contains("n/a: not applicable \u2014 the return gave no planned activity"), bySite);
    assertTrue(
        bySite.contains("n/a: not applicable \u2014 not every return gave planned activity"),
        bySite);
    String comparison =
        section(text, "Comparison with the baseline", "History of industrial action");
    assertTrue(comparison.contains("Per 1,000 planned"), comparison);
    // Nursing 1,506 of 30,000 = 50.2 per 1,000: 86.275 / 50.2 = 1.7 times at N&N, the one site in
    // both, so no like-for-like row repeats it.
    assertTrue(comparison.matches("(?s).*N&N 3,451 .* 1\\.7 times.*"), comparison);
    assertFalse(comparison.contains("Like for like (N&N)"), comparison);

    List<String> failures =
        Conformance.failures(bytes, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1);
    assertTrue(failures.isEmpty(), () -> "veraPDF, PDF/UA-1:\n" + String.join("\n", failures));
  }

  @Test
  void should_say_what_changed_since_last_month_in_a_monthly_pack() throws IOException {
    Analysis march =
        ImpactAnalysis.analyse(
            StoryData.dataset(), StoryData.request().forMonth(YearMonth.of(2023, 3)));
    String text = text(render(march));
    String changes = section(text, "Changes since last month", "What to expect next");
    assertTrue(changes.contains("Since the pack for February 2023"), changes);
    assertTrue(
        changes.contains("New: Junior doctors' strike, 13 to 15 March 2023, 4,726 rescheduled"),
        changes);
    assertTrue(changes.contains("No earlier figures were revised."), changes);
    assertFalse(text(pdf).contains("Changes since last month"), "only a monthly pack has the part");

    // A revised return for January, dated within March: before and now, with the file.
    Dataset d = StoryData.dataset();
    Dataset revised =
        new Dataset(
            d.sites(),
            d.calendar(),
            d.participation(),
            d.counts(),
            d.statedTotals(),
            d.problems(),
            d.rejectedRows(),
            d.sources(),
            List.of(),
            List.of(
                new ReturnRevision(
                    "RM1",
                    StoryData.RCN_JAN,
                    "nnuh-rcn-2023-02-01.csv",
                    "nnuh-rcn-2023-03-10.csv",
                    Optional.of(java.time.LocalDate.of(2023, 3, 10)),
                    740,
                    752)));
    byte[] monthly =
        render(
            ImpactAnalysis.analyse(revised, StoryData.request().forMonth(YearMonth.of(2023, 3))));
    Files.write(Path.of("target", "boardpack-monthly-sample.pdf"), monthly);
    String withRevision = section(text(monthly), "Changes since last month", "What to expect next");
    assertTrue(
        withRevision.contains(
            "Revised: N&N, Nursing strike, 18 and 19 January 2023: 740 \u2192 752 (+12), from nnuh-rcn-2023-03-10.csv"),
        withRevision);
  }

  @Test
  void should_not_write_a_share_of_0_percent_when_no_site_rescheduled_anything()
      throws IOException {
    List<DisruptionCount> zeros =
        StoryData.counts().stream()
            .map(
                c ->
                    new DisruptionCount(
                        c.odsCode(),
                        c.actionId(),
                        c.type(),
                        c.date(),
                        c.specialty(),
                        0,
                        c.provenance()))
            .toList();
    Analysis none = ImpactAnalysis.analyse(with(zeros, List.of()), StoryData.request());
    String bySite =
        section(text(render(none)), "Rescheduled by site and type", "Comparison with the baseline");
    // The table, up to its notes (the model's chart title is not the table's to mend).
    String table = bySite.substring(0, bySite.indexOf("[1] n/a"));
    assertFalse(table.contains("%"), table);
    assertTrue(table.matches("(?s).*All sites 0 0 n/a \\[\\d\\] 0 n/a \\[\\d\\] .*"), table);
    assertTrue(bySite.contains(BoardPackPdf.NO_SHARE), bySite);
  }

  private static List<PlannedActivity> planned() {
    Provenance somewhere = new Provenance("planned.csv", "0".repeat(64), "", "A1");
    return List.of(
        new PlannedActivity("RM1", StoryData.JD_MARCH, ActivityType.OUTPATIENT, 40_000, somewhere),
        new PlannedActivity("RM1", StoryData.RCN_JAN, ActivityType.TOTAL_ONLY, 15_000, somewhere),
        new PlannedActivity("RM1", StoryData.RCN_FEB, ActivityType.TOTAL_ONLY, 15_000, somewhere));
  }

  private static Dataset with(List<DisruptionCount> counts, List<PlannedActivity> planned) {
    Dataset d = StoryData.dataset();
    return new Dataset(
        d.sites(),
        d.calendar(),
        d.participation(),
        counts,
        d.statedTotals(),
        d.problems(),
        d.rejectedRows(),
        d.sources(),
        planned);
  }

  /**
   * The text from the last occurrence of {@code from} (past the contents) to the next {@code to}.
   */
  private static String section(String text, String from, String to) {
    int start = text.lastIndexOf(from);
    assertTrue(start >= 0, () -> "no \"" + from + "\" in " + text);
    int end = text.indexOf(to, start + from.length());
    return text.substring(start, end < 0 ? text.length() : end);
  }

  /** The text of the whole document, runs of white space (line breaks in cells) made one space. */
  private static String text(byte[] bytes) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
