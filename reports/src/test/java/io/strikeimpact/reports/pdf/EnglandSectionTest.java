package io.strikeimpact.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.EnglandShare;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import io.strikeimpact.reports.EnglandFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Issue 14: the board pack's England section, from a national file of published, blank, revised and
 * derived figures ({@link EnglandFixture}).
 */
class EnglandSectionTest {
  private static final String INTRO = "The sites here beside NHS England's published figures";

  private static byte[] pdf;
  private static String text;
  private static String section;

  @BeforeAll
  static void render() throws IOException {
    pdf = render(EnglandFixture.analysis());
    Path sample = Path.of("target", "boardpack-england-sample.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, pdf);
    text = text(pdf);
    int start = text.indexOf(INTRO);
    assertTrue(start >= 0, text);
    section = text.substring(start, text.indexOf(BoardPackPdf.PROJECTION_TITLE, start));
  }

  @Test
  void the_focus_shares_of_england_are_given_with_the_caveat() {
    for (String expected :
        List.of(
            "4,726 of the 175,122 rescheduled in England, 2.7%",
            "606 of the 17,866 inpatient procedures rescheduled in England, 3.4%",
            "4,120 of the 157,256 outpatient appointments rescheduled in England, 2.6%",
            "6,232 of the 275,321 rescheduled since the first action in England, 2.3%",
            EnglandShare.CAVEAT)) {
      assertTrue(section.contains(expected), () -> expected + " not in: " + section);
    }
    // The table names the cell each of England's figures was read from.
    assertTrue(
        section.contains("Acute total (inpatient and outpatient) 4,726 175,122 2.7%"), section);
    assertTrue(section.contains("reference/england.csv, cell F6, release of 2023-04-17"), section);
  }

  @Test
  void the_history_says_not_published_where_england_is_blank_and_labels_the_derived_figure() {
    // January: 752 here, England blank: not published, never 0, nor a 0% share.
    assertTrue(
        section.contains(
            "Nursing strike, 18 and 19 January 2023 752 not published not published 752 not"
                + " published not published"),
        section);
    assertTrue(
        section.contains(
            "Junior doctors' strike, 13 to 15 March 2023 (focus) 4,726 175,122 2.7% 6,232 275,321"
                + " 2.3%"),
        section);
    // April: England's figure derived from two cumulative totals, labelled, with how.
    assertTrue(section.contains("196,225 (derived by subtraction, not published) [1]"), section);
    assertTrue(
        section.contains(
            "[1] Derived: 196,225 = the cumulative 471,546 to bma-jd-2023-04 (reference/england.csv,"
                + " cell J7) minus the cumulative 275,321 to bma-jd-2023-03"),
        section);
    // Nothing unpublished became 0 in the tables (the chart's axis starts at 0.0%).
    String tables = section.substring(0, section.indexOf(chartTitle()));
    assertFalse(tables.contains("0.0%"), tables);
    assertFalse(tables.matches(".* 0 .*"), tables);
  }

  @Test
  void the_checks_that_fail_name_both_figures_the_difference_and_the_sources() {
    assertTrue(
        section.contains(
            "Warning: England's cumulative acute total to rcn-2022-12, 29,600 (reference/england.csv,"
                + " cell J2, release of 2023-04-17), does not agree with the sum since the first"
                + " action, rcn-2022-12 29,576, which is 29,576: the stated total is 24 more"
                + " (difference +24)"),
        section);
    assertTrue(
        section.contains("cannot be checked: rcn-2023-01 and rcn-2023-02 have no published figure"),
        section);
    // The two parts checks agree, said once after the three that are shown.
    assertTrue(
        section.contains("2 other stated totals of England's agree with the sum of their parts."),
        section);
    assertTrue(
        section.contains(
            "bma-jd-2023-03 revised: release of 2023-03-20 gave an acute total of 170,000, release"
                + " of 2023-04-17 gives an acute total of 175,122 (+5,122)"),
        section);
  }

  @Test
  void the_chart_of_the_share_by_action_leaves_a_gap_with_a_note_where_england_is_blank() {
    assertTrue(
        section.contains(
            "Chart description: Bar chart: Sites here rescheduled 2.7% of England's total in March"
                + " 2023."),
        section);
    assertTrue(
        section.contains(
            "Nurses, January 2023, not published, so no bar; Nurses, February 2023, not published,"
                + " so no bar; Junior doctors, March 2023, 2.7% (4,726 of 175,122)"),
        section);
  }

  @Test
  void the_contents_lists_the_section_and_the_pack_stays_tagged_and_archivable() throws Exception {
    int at = text.indexOf("Contents Executive summary");
    assertTrue(at >= 0, text);
    String contents = text.substring(at, at + 400);
    // After the history, with the page it is on.
    assertTrue(contents.matches(".*History of industrial action \\d+ England \\d+ .*"), contents);
    List<String> failures = Conformance.failures(pdf, PDFAFlavour.PDFUA_1);
    assertTrue(failures.isEmpty(), () -> "veraPDF, PDF/UA-1:\n" + String.join("\n", failures));
    List<String> archive = Conformance.failures(pdf, PDFAFlavour.PDFA_2_A);
    assertTrue(archive.isEmpty(), () -> "veraPDF, PDF/A-2a:\n" + String.join("\n", archive));
  }

  @Test
  void with_every_figure_published_each_nursing_strike_has_its_share_and_every_check_agrees()
      throws IOException {
    String all =
        text(
            render(
                ImpactAnalysis.analyse(
                    EnglandFixture.dataset(EnglandFixture.PUBLISHED), StoryData.request())));
    String published =
        all.substring(
            all.indexOf(INTRO), all.indexOf(BoardPackPdf.PROJECTION_TITLE, all.indexOf(INTRO)));
    // 752 of 27,826 and 754 of 42,897; since the first, 752 + 754 of 29,576 + 27,826 + 42,897.
    assertTrue(
        published.contains(
            "Nursing strike, 18 and 19 January 2023 752 27,826 2.7% 752 57,402 1.3%"),
        published);
    assertTrue(
        published.contains(
            "Nursing strike, 6 and 7 February 2023 754 42,897 1.8% 1,506 100,299 1.5%"),
        published);
    assertTrue(
        published.contains("All 5 of England's stated totals agree with the sum of their parts."),
        published);
    assertFalse(published.contains("not published [") || published.contains("Warning:"), published);
  }

  @Test
  void without_a_national_file_there_is_no_england_section() throws IOException {
    Analysis story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    assertFalse(ContentsSection.titles(story).contains(EnglandSection.TITLE));
    assertFalse(text(render(story)).contains(INTRO));
  }

  @Test
  void the_executive_summary_gives_england_only_when_it_stays_at_six_bullets() {
    // The story has six bullets already: England's line does not push one out.
    List<String> full = BoardSummary.bullets(EnglandFixture.analysis());
    assertEquals(BoardSummary.MAX_BULLETS, full.size());
    assertFalse(full.stream().anyMatch(b -> b.startsWith("Beside England")), full.toString());
    // Without the ICB's stated total there is no data-quality bullet, so England's line fits.
    Dataset d = EnglandFixture.dataset();
    Dataset noStatedTotal =
        new Dataset(
            d.sites(),
            d.calendar(),
            d.participation(),
            d.counts(),
            List.of(),
            d.problems(),
            d.rejectedRows(),
            d.sources(),
            d.planned(),
            d.revisions(),
            d.england());
    List<String> bullets =
        BoardSummary.bullets(ImpactAnalysis.analyse(noStatedTotal, StoryData.request()));
    assertEquals(BoardSummary.MAX_BULLETS, bullets.size());
    assertEquals(
        "Beside England: 4,726 of the 175,122 rescheduled in England, 2.7% (England's figure"
            + " covers every trust that sent NHS England a return, the local figure only the sites"
            + " here that sent one).",
        bullets.getLast());
  }

  private static String chartTitle() {
    return "Sites here rescheduled 2.7% of England's total in March 2023";
  }

  private static byte[] render(Analysis a) throws IOException {
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
