package io.strikeimpact.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.ReportSettings;
import io.strikeimpact.model.fixtures.StoryData;
import io.strikeimpact.model.text.HouseStyle;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The board pack read as a board secretary would: from its geometry, its links and its words. */
class BoardPackLayoutTest {
  private static Analysis story;
  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    pdf = render(story, BoardCover.DEFAULT);
  }

  private static byte[] render(Analysis analysis, BoardCover cover) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BoardPackPdf(cover).write(analysis, out);
    return out.toByteArray();
  }

  /** One line of text as PDFBox placed it: its page, its box, and its characters. */
  record Line(int page, String text, float x0, float x1, float top, float bottom) {
    boolean overlaps(Line o) {
      return page == o.page
          && x0 < o.x1 - 0.5
          && o.x0 < x1 - 0.5
          && top < o.bottom - 1
          && o.top < bottom - 1;
    }
  }

  private static List<Line> lines(byte[] bytes) throws IOException {
    List<Line> lines = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              if (text.isBlank()) {
                return;
              }
              float x0 = Float.MAX_VALUE, x1 = 0, top = Float.MAX_VALUE, bottom = 0;
              for (TextPosition p : positions) {
                x0 = Math.min(x0, p.getXDirAdj());
                x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
                top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                bottom = Math.max(bottom, p.getYDirAdj());
              }
              lines.add(new Line(getCurrentPageNo(), text, x0, x1, top, bottom));
            }
          };
      stripper.setSortByPosition(true);
      // Charts are drawn as vector text too: they are checked by their own frame, not here.
      stripper.getText(doc);
    }
    return lines;
  }

  @Test
  void should_keep_every_line_of_text_inside_the_margins() throws IOException {
    for (Line l : lines(pdf)) {
      assertTrue(
          l.x0() >= PackLayout.MARGIN - 1 && l.x1() <= 595.3f - PackLayout.MARGIN + 1,
          "page " + l.page() + ": \"" + l.text() + "\" runs from " + l.x0() + " to " + l.x1());
    }
  }

  @Test
  void should_draw_no_line_of_text_over_another() throws IOException {
    List<Line> lines = lines(pdf);
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < lines.size(); j++) {
        Line a = lines.get(i);
        Line b = lines.get(j);
        assertFalse(
            a.overlaps(b),
            "page " + a.page() + ": \"" + a.text() + "\" overlaps \"" + b.text() + "\"");
      }
    }
  }

  /** The names of a real data folder, one of them too long for the column. */
  private static final List<String> LONG_NAMES =
      List.of(
          "returns/QMM/icb-summary-junior-doctors-march-2023.csv",
          "returns/RCX/qeh-junior-doctors-march-2023.csv",
          "reference/participation.csv",
          "profiles/jpuh.properties",
          "returns/RM1/nnuh-junior-doctors-march-2023-revised-after-validation-by-the-information-team.xlsx");

  @Test
  void should_break_file_names_in_the_sources_table_only_after_a_slash_dash_dot_or_underscore()
      throws IOException {
    Dataset d = story.dataset();
    List<SourceFile> renamed = new ArrayList<>();
    for (int i = 0; i < d.sources().size(); i++) {
      SourceFile f = d.sources().get(i);
      String name = i < LONG_NAMES.size() ? LONG_NAMES.get(i) : f.name();
      renamed.add(
          new SourceFile(
              name,
              f.sha256(),
              f.bytes(),
              f.role(),
              f.profile(),
              f.rowsRead(),
              f.rowsUsed(),
              f.rowsRejected(),
              f.notCounted()));
    }
    Dataset withNames =
        new Dataset(
            d.sites(),
            d.calendar(),
            d.participation(),
            d.counts(),
            d.statedTotals(),
            d.problems(),
            d.rejectedRows(),
            renamed,
            d.planned(),
            d.revisions(),
            d.england());
    byte[] bytes =
        render(ImpactAnalysis.analyse(withNames, StoryData.request()), BoardCover.DEFAULT);
    String column = fileColumn(bytes);
    for (SourceFile f : renamed) {
      String name = f.name().substring(f.name().lastIndexOf('/') + 1);
      String hash = f.sha256().substring(0, 12);
      assertTrue(text(bytes).contains(hash), "short SHA-256 of " + f.name());
      assertFalse(text(bytes).contains(f.sha256()), "full SHA-256 of " + f.name() + " on the page");
      Matcher m = brokenAnywhere(f.name()).matcher(column);
      assertTrue(m.find(), f.name() + " in the file column:\n" + column);
      String found = m.group();
      for (int i = found.indexOf('\n'); i >= 0; i = found.indexOf('\n', i + 1)) {
        char before = found.charAt(i - 1);
        assertTrue(
            "/-._".indexOf(before) >= 0,
            f.name() + " is broken after '" + before + "': " + found.replace("\n", "|"));
      }
      if (!f.name().equals(LONG_NAMES.getLast())) {
        // A name that fits the column is never broken: only its folders are.
        assertTrue(
            column.lines().anyMatch(l -> l.strip().equals(name)) || column.contains(f.name()),
            name + " whole on one line:\n" + column);
      }
    }
  }

  /** The name with a line break allowed between any two of its characters. */
  private static Pattern brokenAnywhere(String name) {
    StringBuilder regex = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (!regex.isEmpty()) {
        regex.append("\n?");
      }
      regex.append(Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString());
  }

  /** The text of the sources table's file column, line by line, on every page it is on. */
  private static String fileColumn(byte[] bytes) throws IOException {
    StringBuilder all = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper whole = new PDFTextStripper();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        whole.setStartPage(page);
        whole.setEndPage(page);
        // The appendix's first page has its introduction; the Contents only name it.
        if (all.isEmpty() && !whole.getText(doc).contains("Every file read")) {
          continue;
        }
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        area.setSortByPosition(true);
        // From the left margin to the start of the Role column (3.3 of 8.1 parts of the width).
        float width = (595.3f - 2 * PackLayout.MARGIN) * 3.3f / 8.1f;
        area.addRegion("file", new Rectangle2D.Float(PackLayout.MARGIN - 1, 0, width, 842));
        area.extractRegions(doc.getPage(page - 1));
        String text = area.getTextForRegion("file").replace("\r", "");
        // Below the table's header (repeated on every page it runs onto): the cells alone.
        int header = text.indexOf("File\n");
        all.append(header < 0 ? "" : text.substring(header + "File\n".length()));
      }
    }
    return all.toString();
  }

  @Test
  void should_link_every_contents_entry_to_the_page_its_section_starts_on() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDPage contents = doc.getPage(1);
      List<String> titles = ContentsSection.titles(story);
      List<PDAnnotationLink> links = new ArrayList<>();
      for (PDAnnotation a : contents.getAnnotations()) {
        if (a instanceof PDAnnotationLink l) {
          links.add(l);
        }
      }
      assertEquals(titles.size(), links.size(), "one link per section");
      PDFTextStripper stripper = new PDFTextStripper();
      for (int i = 0; i < titles.size(); i++) {
        PDActionGoTo go = (PDActionGoTo) links.get(i).getAction();
        int page = doc.getPages().indexOf(((PDPageDestination) go.getDestination()).getPage()) + 1;
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String onPage = stripper.getText(doc).replaceAll("\\s+", " ");
        assertTrue(onPage.contains(titles.get(i)), titles.get(i) + " is not on page " + page);
        assertTrue(
            text(pdf).contains(titles.get(i) + " " + page),
            "the Contents give page " + page + " for " + titles.get(i));
      }
    }
  }

  @Test
  void should_start_with_the_board_cover_sheet_from_its_configuration() throws IOException {
    BoardCover cover =
        new BoardCover(
            "Board of Directors, public session",
            Optional.of(LocalDate.of(2023, 4, 27)),
            "7.2",
            "",
            "Chief Operating Officer",
            "Head of Performance",
            BoardCover.Purpose.ASSURANCE,
            "",
            BoardCover.Assurance.LIMITED,
            "BAF 3: elective recovery");
    String page1 = page(render(story, cover), 1);
    assertTrue(page1.contains("Report to Board of Directors, public session"), page1);
    assertTrue(page1.contains("Meeting date 27 April 2023"), page1);
    assertTrue(page1.contains("Agenda item 7.2"), page1);
    assertTrue(page1.contains("Executive lead Chief Operating Officer"), page1);
    assertTrue(page1.contains("Author Head of Performance"), page1);
    assertTrue(page1.contains("Purpose Assurance"), page1);
    assertTrue(
        page1.contains("Recommendation The Board is asked to take assurance from the activity"),
        page1);
    assertTrue(page1.contains("Level of assurance Limited"), page1);
    assertTrue(page1.contains("Links to strategic risks BAF 3: elective recovery"), page1);
    assertTrue(
        page1.contains("Title Industrial action: activity rescheduled (Junior doctors'"), page1);

    String defaults = page(pdf, 1);
    assertTrue(defaults.contains("Meeting date To be confirmed"), defaults);
    assertTrue(defaults.contains("Purpose Information"), defaults);
  }

  @Test
  void should_keep_the_executive_summary_to_six_bullets_without_paths_and_one_mismatch()
      throws IOException {
    List<String> bullets = BoardSummary.bullets(story);
    assertTrue(bullets.size() <= 6, bullets.toString());
    String text = text(pdf);
    String summary =
        text.substring(
            text.indexOf(ExecutiveSummarySection.TITLE + " \u2022"),
            text.indexOf(SiteAndTypeSection.TITLE + " Activity"));
    assertFalse(summary.contains("returns/"), summary);
    assertFalse(summary.contains(".csv") || summary.contains(".xlsx"), summary);
    assertEquals(1, summary.split("4,736", -1).length - 1, summary);
    assertTrue(summary.contains("each of the 2 earlier actions"), summary);
    assertFalse(summary.contains("in all, a day of action"), summary);
  }

  @Test
  void should_show_the_models_figures_rounded_one_way_on_every_page() throws IOException {
    String text = text(pdf);
    var nn = story.sites().stream().filter(s -> s.label().equals("N&N")).findFirst().orElseThrow();
    String perDay = HouseStyle.shownRate(nn.perDay().orElseThrow().value());
    assertEquals("1,150", perDay);
    assertTrue(text.contains("N&N 2,976 475 n/a [1] 3,451 73% " + perDay), text);
    assertTrue(text.contains(HouseStyle.count(story.allSites().total())), text);
    // The nursing strikes' 376.5 a day reads 377 everywhere: in the summary and the table.
    assertFalse(text.contains("376.5"), text);
    assertTrue(text.contains("1,506 377 31.4"), text);
    assertTrue(
        text.contains("RCN, 15 and 20 December 2022") || !text.contains("December 2022"), text);
  }

  @Test
  void should_keep_each_chart_on_the_page_of_its_section() throws IOException {
    var titles = story.chartTitles();
    int siteAndType = pageOf(pdf, SiteAndTypeSection.TITLE);
    assertEquals(siteAndType, pageOf(pdf, titles.bySiteAndType()), titles.bySiteAndType());
    assertEquals(siteAndType, pageOf(pdf, titles.shareBySite()), titles.shareBySite());
    assertEquals(
        pageOf(pdf, ComparisonSection.TITLE),
        pageOf(pdf, titles.comparison()),
        titles.comparison());
  }

  @Test
  void should_leave_out_a_like_for_like_row_that_repeats_the_only_site_in_both_and_say_so()
      throws IOException {
    String text = text(pdf);
    assertEquals(1, story.comparison().orElseThrow().comparableRows().size());
    assertFalse(text.contains("Like for like (N&N)"), text);
    assertTrue(
        text.contains(
            "The like-for-like comparison is N&N's row: N&N is the only site with figures for"
                + " both"),
        text);
  }

  /** The first page after the Contents on which {@code words} appear. */
  @Test
  void an_estimate_is_something_to_expect_only_for_an_action_still_to_come() throws IOException {
    String announced = page(pdf, 2);
    assertTrue(
        announced.contains(
            "For the junior doctors' strike of 11 to 14 April 2023 (96 hours), expect about 6,300"
                + " to be rescheduled"),
        announced);

    // As at 20 April the April strike is over and no return came in: no "expect" for the past.
    Analysis after =
        ImpactAnalysis.analyse(
            StoryData.dataset(),
            AnalysisRequest.defaults(ReportSettings.norfolkAndWaveney(LocalDate.of(2023, 4, 20))));
    String ended = String.join(" ", BoardSummary.bullets(after));
    assertTrue(
        ended.contains(
            "No returns were received for the junior doctors' strike of 11 to 14 April 2023 (96"
                + " hours, which has ended); it may have seen about 6,300 rescheduled"),
        ended);
    byte[] afterPdf = render(after, BoardCover.DEFAULT);
    String page2 = page(afterPdf, 2);
    assertTrue(page2.contains("it may have seen about 6,300 rescheduled"), page2);
    assertFalse(page2.contains("expect about"), page2);
    String all = page(afterPdf, 1) + " " + text(afterPdf).replaceAll("\\s+", " ");
    assertFalse(all.contains("What to expect next"), all);
    assertTrue(all.contains("An action that ended without returns: an estimate"), all);
    assertTrue(
        all.contains(
            "An estimate, not a count, of what the junior doctors' strike of 11 to 14 April 2023 may"
                + " have rescheduled, which has ended with no returns received (96 hours)."),
        all);
    assertTrue(
        all.contains(
            "and an estimate for the junior doctors' strike of 11 to 14 April 2023, from which no"
                + " returns were received."),
        all);
    assertFalse(all.contains("estimate for the next action"), all);

    // On 12 April it is under way.
    Analysis during =
        ImpactAnalysis.analyse(
            StoryData.dataset(),
            AnalysisRequest.defaults(ReportSettings.norfolkAndWaveney(LocalDate.of(2023, 4, 12))));
    String underWay = String.join(" ", BoardSummary.bullets(during));
    assertTrue(
        underWay.contains(
            "No returns have come in yet for the junior doctors' strike of 11 to 14 April 2023 (96"
                + " hours, under way); it could see about 6,300 rescheduled"),
        underWay);
  }

  private static int pageOf(byte[] bytes, String words) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      for (int n = 3; n <= doc.getNumberOfPages(); n++) {
        if (page(bytes, n).contains(words)) {
          return n;
        }
      }
    }
    return -1;
  }

  @Test
  void should_define_the_terms_the_figures_rest_on() throws IOException {
    String text = text(pdf);
    String definitions =
        text.substring(
            text.lastIndexOf(DefinitionsSection.TITLE), text.lastIndexOf(SourcesSection.TITLE));
    for (var d : DefinitionsSection.DEFINITIONS) {
      assertTrue(definitions.contains(d.term() + ":"), d.term());
    }
    assertTrue(definitions.contains("inpatient plus outpatient"), definitions);
  }

  private static String page(byte[] bytes, int n) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setStartPage(n);
      s.setEndPage(n);
      return s.getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static String text(byte[] bytes) throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(doc).replaceAll("[ \\t\\r]+", " ").replace("\n", " ");
    }
  }
}
