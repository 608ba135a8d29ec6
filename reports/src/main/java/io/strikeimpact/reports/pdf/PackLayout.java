package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Rate;
import io.strikeimpact.model.text.HouseStyle;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The layout every section of the board pack shares: its fonts and colours, the page margins, and
 * the building blocks (headings, paragraphs, tables, charts, boxes) that sections are written with.
 * One per rendering.
 */
final class PackLayout {
  static final float MARGIN = 50;
  static final float TOP = 50;
  static final float BOTTOM = 64;
  static final float COVER_BAND = 210;
  static final float COVER_TOP = COVER_BAND + 36;
  static final String NOT_APPLICABLE = "n/a";
  static final String BASIS_SENTENCE =
      "Rates are per day of action (07:00 to 07:00) and per hour of action, counted in Europe/London; "
          + "ratios are the focus rate divided by the baseline rate on the same basis.";

  final Document document;
  final PdfWriter writer;
  final PdfFonts fonts;
  final Font body;
  final Font bodyBold;
  final Font small;
  final Font smallBold;
  final Font note;
  final Font tableHeader;
  final TaggedLayout layout;

  /** The configured primary colour (NHS Blue by default): the cover band and table headers. */
  final Color primary;

  /** Where a section heading was drawn: its page and the top of its line. */
  record Anchor(int page, float y) {}

  /** The section headings of this rendering, in order, with where they were drawn. */
  final Map<String, Anchor> anchors = new LinkedHashMap<>();

  /**
   * The headings of the rendering before this one: the Contents, drawn before the sections, links
   * to the pages they were found on then. Empty on the first rendering.
   */
  final Map<String, Anchor> previousAnchors;

  /** What the board's cover sheet says. */
  final BoardCover cover;

  PackLayout(
      Analysis analysis,
      BoardCover cover,
      Map<String, Anchor> previousAnchors,
      Document document,
      PdfWriter writer,
      PdfFonts fonts) {
    this.cover = cover;
    this.previousAnchors = Map.copyOf(previousAnchors);
    this.primary = new Color(analysis.settings().branding().primary());
    this.document = document;
    this.writer = writer;
    this.fonts = fonts;
    this.layout = new TaggedLayout(document, writer);
    this.body = fonts.font(10, false, BoardPackPdf.BLACK);
    this.bodyBold = fonts.font(10, true, BoardPackPdf.BLACK);
    this.small = fonts.font(8.5f, false, BoardPackPdf.BLACK);
    this.smallBold = fonts.font(8.5f, true, BoardPackPdf.BLACK);
    this.note = fonts.font(7.5f, false, BoardPackPdf.GREY);
    this.tableHeader = fonts.font(8, true, Color.WHITE);
  }

  static String notApplicable(String why) {
    return "n/a: not applicable \u2014 " + why;
  }

  /**
   * "n/a: no figure — two returns overlap; ...": a site that took part and whose returns could not
   * be counted; never "not applicable", which is for a site that did not take part.
   */
  static String noFigure(String why) {
    return "n/a: no figure \u2014 " + why;
  }

  /**
   * "n/a: no return — took part; no return received", "n/a: no figure — ...", "n/a: not applicable
   * — did not take part": the word the site's standing gives ({@link SiteStatus#absentWord}).
   */
  static String without(io.strikeimpact.model.analysis.SiteStatus status, String why) {
    return "n/a: " + status.absentWord() + " \u2014 " + why;
  }

  /** A rate with its workings below it in grey: "1,150.3" over "3,451 over 3 days". */
  PdfPCell rateCell(Rate rate, Font f, Color fill, boolean total) {
    Phrase p = new Phrase(HouseStyle.shownRate(rate.value()), f);
    p.add(new Chunk("\n" + rate.workings(), note));
    return cell(p, Element.ALIGN_RIGHT, fill, total);
  }

  void heading(String text) throws DocumentException {
    heading(text, 160);
  }

  /**
   * A section heading (H2, bookmarked), on a new page unless {@code keepWith} points fit below it.
   */
  void heading(String text, float keepWith) throws DocumentException {
    layout.ensureSpace(keepWith);
    anchors.put(text, new Anchor(writer.getPageNumber(), layout.y()));
    layout.heading(2, text, fonts.font(16, true, BoardPackPdf.NHS_DARK_BLUE), 18, 8, true);
  }

  void subheading(String text) throws DocumentException {
    layout.ensureSpace(80);
    layout.heading(3, text, fonts.font(11.5f, true, BoardPackPdf.NHS_DARK_BLUE), 8, 4, false);
  }

  void paragraph(String text) throws DocumentException {
    layout.paragraph(new Phrase(text, body), 14, 0, 8);
  }

  void notePara(String text) throws DocumentException {
    layout.block(TaggedLayout.NOTE_ROLE, new Phrase(text, note), 9.5f, 0, 3, 0);
  }

  void warningBox(String message) throws DocumentException {
    Phrase p = new Phrase("", body);
    p.add(new Chunk("Warning: ", bodyBold));
    p.add(new Chunk(message, body));
    layout.box(List.of(p), 14, BoardPackPdf.WARNING_FILL, BoardPackPdf.WARM_YELLOW, 5, 8, 6, 8);
  }

  /** The tallest chart: what is left of a page below a heading and its chart description. */
  static final float MAX_CHART_HEIGHT = 560;

  /**
   * A horizontal bar chart with two bars a category (a legend, an axis and about 38 points a
   * category): tall enough to read, and no taller, so it stays on the page of its section.
   */
  static float barChartHeight(int categories) {
    return Math.min(MAX_CHART_HEIGHT, 80 + 38f * Math.max(1, categories));
  }

  /** A horizontal bar chart with one bar a category. */
  static float singleBarChartHeight(int categories) {
    return Math.min(MAX_CHART_HEIGHT, 62 + 25f * Math.max(1, categories));
  }

  void chart(JFreeChart chart, String altText, float height) throws DocumentException {
    float width = layout.width();
    layout.ensureSpace(height + 54);
    PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
    // A draft only needs the chart's room: drawing it is most of the cost of a large chart.
    if (!layout.isDraft()) {
      Graphics2D g2 = template.createGraphics(width, height, fonts);
      try {
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
      } finally {
        g2.dispose();
      }
    }
    layout.figure(template, width, height, altText, 14);
    layout.paragraph(new Phrase("Chart description: " + altText, note), 9.5f, 2, 6);
  }

  PdfGrid table(float[] widths) {
    PdfGrid grid = new PdfGrid(widths);
    grid.table.headerFill = primary;
    grid.table.headerRule = Color.WHITE;
    grid.table.rule = BoardPackPdf.RULE;
    grid.table.totalRule = BoardPackPdf.GREY;
    grid.table.leading = 10.5f;
    return grid;
  }

  void header(PdfGrid table, String text, int align) {
    PdfPCell cell = new PdfPCell(new Phrase(text, tableHeader));
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(align);
    table.addCell(cell);
  }

  void groupHeader(PdfGrid table, String text, int span) {
    PdfPCell cell = new PdfPCell(new Phrase(text, tableHeader));
    cell.setBackgroundColor(BoardPackPdf.NHS_DARK_BLUE);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    cell.setColspan(span);
    table.addCell(cell);
  }

  PdfPCell cell(String text, Font f, int align, Color fill, boolean total) {
    return cell(new Phrase(text, f), align, fill, total);
  }

  PdfPCell cell(Phrase phrase, int align, Color fill, boolean total) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setHorizontalAlignment(align);
    cell.setBorder(total ? Rectangle.TOP | Rectangle.BOTTOM : Rectangle.BOTTOM);
    if (fill != null) {
      cell.setBackgroundColor(fill);
    }
    return cell;
  }

  void add(PdfGrid grid) throws DocumentException {
    layout.table(grid.build(), 4, 8);
  }

  void add(Paragraph p) throws DocumentException {
    float leading = p.getLeading() > 0 ? p.getLeading() : 14;
    layout.block(
        PdfName.P, p, leading, p.getSpacingBefore(), p.getSpacingAfter(), p.getIndentationLeft());
  }

  void add(org.openpdf.text.List list) throws DocumentException {
    List<Phrase> items = new ArrayList<>();
    for (Object o : list.getItems()) {
      items.add((Phrase) o);
    }
    layout.bullets(items, new Chunk("\u2022", bodyBold), 12, 14, 5);
  }

  void addQuietly(Paragraph e) {
    try {
      add(e);
    } catch (DocumentException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
