package io.strikeimpact.reports.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfBorderArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Lays out a tagged PDF by hand: every block (heading, paragraph, list, table cell, figure) is
 * written on the page's direct content inside a marked-content sequence that belongs to a structure
 * element, created in reading order; rules, fills and repeated table headers are marked as
 * artifacts.
 *
 * <p>Why by hand: OpenPDF's {@code Document.add} lays out paragraphs and tables into content
 * streams it keeps to itself, with no hook to open a marked-content sequence around them, so its
 * output cannot be tagged. {@link ColumnText} does the line breaking here, and this class the rest:
 * the cursor, page breaks, tables, lists and the structure tree.
 */
final class TaggedLayout {
  static final PdfName TR = new PdfName("TR");
  static final PdfName ARTIFACT = new PdfName("Artifact");
  static final PdfName SCOPE = new PdfName("Scope");
  static final PdfName COLUMN = new PdfName("Column");
  static final PdfName ROW = new PdfName("Row");
  static final PdfName COLSPAN = new PdfName("ColSpan");
  static final PdfName LAYOUT = new PdfName("Layout");
  static final PdfName PAGINATION = new PdfName("Pagination");

  /** A note under a table or chart; mapped to P in the role map. */
  static final PdfName NOTE_ROLE = new PdfName("TableNote");

  private final Document document;
  private final PdfWriter writer;
  private final PdfStructureElement root;
  private PdfStructureElement parent;
  private float y;
  private boolean pageHasContent;
  private boolean draft;

  TaggedLayout(Document document, PdfWriter writer) {
    this.document = document;
    this.writer = writer;
    writer.getStructureTreeRoot().mapRole(NOTE_ROLE, PdfName.P);
    this.root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
    this.parent = root;
    this.y = document.top();
  }

  /**
   * Makes this a draft: a rendering whose bytes are thrown away, made only to count the pages and
   * find where the headings fall. Text is laid out line by line as in any rendering, so every page
   * break is where it will be, but not drawn.
   */
  void draft() {
    draft = true;
  }

  /** Whether this is a draft (see {@link #draft()}): what is only drawn may be left out. */
  boolean isDraft() {
    return draft;
  }

  PdfContentByte canvas() {
    return writer.getDirectContent();
  }

  float y() {
    return y;
  }

  void moveTo(float newY) {
    y = newY;
  }

  float left() {
    return document.left();
  }

  float right() {
    return document.right();
  }

  float width() {
    return document.right() - document.left();
  }

  /** Opens a section (Sect) under the document; blocks go into it until the next one. */
  void section() {
    parent = new PdfStructureElement(root, PdfName.SECT);
  }

  void newPage() {
    if (!pageHasContent) {
      y = document.top();
      return;
    }
    document.newPage();
    y = document.top();
    pageHasContent = false;
  }

  /** Starts a new page unless {@code points} fit below the cursor. */
  void ensureSpace(float points) {
    if (y - document.bottom() < points) {
      newPage();
    }
  }

  boolean atTopOfPage() {
    return y >= document.top() - 0.5f;
  }

  void space(float points) {
    if (!atTopOfPage()) {
      y -= points;
    }
  }

  /** Draws decoration that is not content (fills, rules) as an artifact. */
  void artifact(PdfContentByte cb, java.util.function.Consumer<PdfContentByte> drawing) {
    PdfDictionary props = new PdfDictionary();
    props.put(PdfName.TYPE, LAYOUT);
    cb.beginMarkedContentSequence(ARTIFACT, props, true);
    drawing.accept(cb);
    cb.endMarkedContentSequence();
    pageHasContent = true;
  }

  /** A heading H1 to H3, with a bookmark at its place when {@code bookmark}. */
  void heading(int level, String text, Font font, float before, float after, boolean bookmark)
      throws DocumentException {
    space(before);
    PdfName type = level == 1 ? PdfName.H1 : level == 2 ? PdfName.H2 : PdfName.H3;
    float top = y;
    text(
        new PdfStructureElement(parent, type),
        new Phrase(text, font),
        font.getSize() * 1.25f,
        0,
        Element.ALIGN_LEFT,
        left(),
        right());
    if (bookmark) {
      new PdfOutline(
          writer.getRootOutline(),
          new PdfDestination(PdfDestination.XYZ, 0, top + 4, 0),
          text,
          true);
    }
    y -= after;
  }

  /** A paragraph (or another block type) across the full width. */
  void paragraph(Phrase phrase, float leading, float before, float after) throws DocumentException {
    block(PdfName.P, phrase, leading, before, after, 0);
  }

  void block(PdfName type, Phrase phrase, float leading, float before, float after, float indent)
      throws DocumentException {
    space(before);
    text(
        new PdfStructureElement(parent, type),
        phrase,
        leading,
        0,
        Element.ALIGN_LEFT,
        left() + indent,
        right());
    y -= after;
  }

  /** A bulleted list: L, with an LI of Lbl and LBody for each item. */
  void bullets(List<Phrase> items, Chunk bullet, float indent, float leading, float between)
      throws DocumentException {
    PdfStructureElement list = new PdfStructureElement(parent, PdfName.L);
    for (Phrase item : items) {
      ensureSpace(leading * 2);
      PdfStructureElement li = new PdfStructureElement(list, PdfName.LI);
      float top = y;
      PdfStructureElement lbl = new PdfStructureElement(li, PdfName.LBL);
      PdfContentByte cb = canvas();
      cb.beginMarkedContentSequence(lbl);
      ColumnText.showTextAligned(
          cb, Element.ALIGN_LEFT, new Phrase(bullet), left() + 2, top - leading, 0);
      cb.endMarkedContentSequence();
      text(
          new PdfStructureElement(li, PdfName.LBODY),
          item,
          leading,
          0,
          Element.ALIGN_LEFT,
          left() + indent,
          right());
      y -= between;
    }
  }

  /**
   * Paragraphs in a shaded box with a coloured bar on the left, kept on one page: the box is an
   * artifact, each paragraph a P.
   */
  void box(
      List<Phrase> paragraphs,
      float leading,
      Color fill,
      Color bar,
      float barWidth,
      float padding,
      float before,
      float after)
      throws DocumentException {
    space(before);
    float inner = width() - barWidth - 2 * padding;
    float height = 2 * padding;
    for (Phrase p : paragraphs) {
      height += measure(p, leadingFor(p, leading), inner) + 4;
    }
    ensureSpace(height);
    float top = y;
    float boxHeight = height;
    artifact(
        canvas(),
        c -> {
          c.setColorFill(fill);
          c.rectangle(left(), top - boxHeight, width(), boxHeight);
          c.fill();
          c.setColorFill(bar);
          c.rectangle(left(), top - boxHeight, barWidth, boxHeight);
          c.fill();
        });
    y = top - padding;
    for (Phrase p : paragraphs) {
      text(
          new PdfStructureElement(parent, PdfName.P),
          p,
          leadingFor(p, leading),
          0,
          Element.ALIGN_LEFT,
          left() + barWidth + padding,
          right() - padding);
      y -= 4;
    }
    y = top - boxHeight - after;
  }

  /**
   * The first baseline sits one leading below the top: a phrase in a large face (the headline
   * figure) needs a leading of its own, or its capitals rise above the box.
   */
  private static float leadingFor(Phrase p, float leading) {
    return Math.max(leading, p.getFont().getSize() * 1.2f);
  }

  /**
   * A link to a place in this document: the phrase and, right-aligned, {@code right} (a page
   * number), as a Link element inside a P, with a link annotation over the line that is tied to the
   * Link element (an OBJR), as PDF/UA asks.
   */
  void link(Phrase phrase, Phrase right, float leading, int page, float targetY, String description)
      throws DocumentException {
    ensureSpace(leading + 2);
    PdfStructureElement p = new PdfStructureElement(parent, PdfName.P);
    PdfStructureElement link = new PdfStructureElement(p, PdfName.LINK);
    float top = y;
    float baseline = top - leading;
    PdfContentByte cb = canvas();
    cb.beginMarkedContentSequence(link);
    ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, phrase, left(), baseline, 0);
    ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, right, right(), baseline, 0);
    cb.endMarkedContentSequence();
    pageHasContent = true;
    PdfAnnotation annotation =
        new PdfAnnotation(
            writer,
            left(),
            baseline - leading * 0.3f,
            right(),
            top,
            PdfAction.gotoLocalPage(
                page, new PdfDestination(PdfDestination.XYZ, 0, targetY, 0), writer));
    annotation.setBorder(new PdfBorderArray(0, 0, 0));
    annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
    annotation.put(PdfName.CONTENTS, new PdfString(description, PdfString.TEXT_UNICODE));
    int key = writer.getStructureTreeRoot().addExistingObject(link.getReference());
    annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
    writer.addAnnotation(annotation);
    PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
    objr.put(PdfName.OBJ, annotation.getIndirectReference());
    objr.put(PdfName.PG, writer.getCurrentPage());
    PdfObject kids = link.get(PdfName.K);
    PdfArray array;
    if (kids instanceof PdfArray a) {
      array = a;
    } else {
      array = new PdfArray();
      if (kids != null) {
        array.add(kids);
      }
      link.put(PdfName.K, array);
    }
    array.add(objr);
    y = baseline - leading * 0.4f;
  }

  /** A chart or other drawing as a Figure with alternative text, drawn from a template. */
  void figure(PdfTemplate template, float width, float height, String alt, float before) {
    space(before);
    ensureSpace(height);
    float x = left() + (width() - width) / 2;
    float bottom = y - height;
    PdfStructureElement figure = new PdfStructureElement(parent, PdfName.FIGURE);
    figure.put(PdfName.ALT, new PdfString(alt, PdfString.TEXT_UNICODE));
    PdfDictionary layout = new PdfDictionary();
    layout.put(PdfName.O, LAYOUT);
    layout.put(PdfName.BBOX, new PdfArray(new float[] {x, bottom, x + width, y}));
    figure.put(PdfName.A, layout);
    PdfContentByte cb = canvas();
    cb.beginMarkedContentSequence(figure);
    cb.addTemplate(template, x, bottom);
    cb.endMarkedContentSequence();
    pageHasContent = true;
    y = bottom;
  }

  /**
   * An image at a place of its own (not at the cursor, which stays where it was) as a Figure with
   * alternative text: a logo in the cover band.
   */
  void figureAt(
      org.openpdf.text.Image image, float x, float bottom, float width, float height, String alt)
      throws DocumentException {
    PdfStructureElement figure = new PdfStructureElement(parent, PdfName.FIGURE);
    figure.put(PdfName.ALT, new PdfString(alt, PdfString.TEXT_UNICODE));
    PdfDictionary layout = new PdfDictionary();
    layout.put(PdfName.O, LAYOUT);
    layout.put(PdfName.BBOX, new PdfArray(new float[] {x, bottom, x + width, bottom + height}));
    figure.put(PdfName.A, layout);
    PdfContentByte cb = canvas();
    cb.beginMarkedContentSequence(figure);
    cb.addImage(image, width, 0, 0, height, x, bottom);
    cb.endMarkedContentSequence();
    pageHasContent = true;
  }

  /**
   * Writes a phrase into a column from the cursor down, as one structure element; text that does
   * not fit continues on the next page, in the same element.
   */
  void text(
      PdfStructureElement element,
      Phrase phrase,
      float leading,
      float firstIndent,
      int align,
      float x0,
      float x1)
      throws DocumentException {
    ColumnText ct = column(phrase, leading, align, x0, x1, y, document.bottom());
    ct.setIndent(firstIndent);
    // Keep the first two lines together with the block's start.
    if (y - document.bottom() < leading * 2 + 2) {
      newPage();
      ct.setSimpleColumn(x0, document.bottom(), x1, y);
    }
    while (true) {
      PdfContentByte cb = canvas();
      cb.beginMarkedContentSequence(element);
      int status = ct.go(draft);
      cb.endMarkedContentSequence();
      pageHasContent = true;
      if (!ColumnText.hasMoreText(status)) {
        y = ct.getYLine();
        return;
      }
      newPage();
      ct.setSimpleColumn(x0, document.bottom(), x1, y);
    }
  }

  /** The height a phrase needs in a column of the given width. */
  float measure(Phrase phrase, float leading, float width) throws DocumentException {
    float size = OneLine.fontSize(phrase, width);
    if (Float.isNaN(size)) {
      return laidOut(phrase, leading, width);
    }
    // One line is as tall as any other of its leading and font size: measure the first one only.
    long key = (long) Float.floatToIntBits(leading) << 32 | Float.floatToIntBits(size);
    Float height = oneLineHeights.get(key);
    if (height == null) {
      height = laidOut(phrase, leading, width);
      oneLineHeights.put(key, height);
    }
    return height;
  }

  /** The heights of one line, by leading and font size (see {@link OneLine}). */
  private final Map<Long, Float> oneLineHeights = new HashMap<>();

  /** The height a phrase needs in a column of the given width, found by laying it out. */
  float laidOut(Phrase phrase, float leading, float width) throws DocumentException {
    ColumnText ct = column(phrase, leading, Element.ALIGN_LEFT, 0, width, 10_000, 0);
    ct.go(true);
    return 10_000 - ct.getYLine();
  }

  private ColumnText column(
      Phrase phrase, float leading, int align, float x0, float x1, float top, float bottom) {
    ColumnText ct = new ColumnText(canvas());
    ct.setSimpleColumn(x0, bottom, x1, top);
    ct.setLeading(leading);
    ct.setAlignment(align);
    ct.setText(new Phrase(phrase));
    return ct;
  }

  // ------------------------------------------------------------------ tables

  /** A cell of a {@link Table}. */
  record Cell(Phrase phrase, int align, Color fill, int colspan, boolean total) {
    Cell {
      colspan = Math.max(1, colspan);
    }
  }

  /**
   * A table drawn row by row: header rows are TH with a Scope of Column (ColSpan where they span),
   * the first cell of a body row is a TH with a Scope of Row, the rest TD. Header rows repeat on a
   * new page as artifacts; fills and rules are artifacts.
   */
  static final class Table {
    final float[] widths;
    final List<List<Cell>> headerRows = new ArrayList<>();
    final List<List<Cell>> rows = new ArrayList<>();
    Color headerFill;
    Color headerRule;
    Color rule;
    Color totalRule;
    float padding = 4;
    float leading = 10;
    boolean keepTogether;
    boolean rowHeaders = true;

    Table(float[] relativeWidths) {
      this.widths = relativeWidths.clone();
    }
  }

  void table(Table t, float before, float after) throws DocumentException {
    space(before);
    float total = 0;
    for (float w : t.widths) {
      total += w;
    }
    float[] xs = new float[t.widths.length + 1];
    xs[0] = left();
    for (int i = 0; i < t.widths.length; i++) {
      xs[i + 1] = xs[i] + width() * t.widths[i] / total;
    }
    List<Float> headerHeights = new ArrayList<>();
    float headerHeight = 0;
    for (List<Cell> row : t.headerRows) {
      float h = rowHeight(t, row, xs);
      headerHeights.add(h);
      headerHeight += h;
    }
    List<Float> heights = new ArrayList<>();
    float bodyHeight = 0;
    for (List<Cell> row : t.rows) {
      float h = rowHeight(t, row, xs);
      heights.add(h);
      bodyHeight += h;
    }
    float firstRow = heights.isEmpty() ? 0 : heights.getFirst();
    float pageHeight = document.top() - document.bottom();
    if (t.keepTogether && headerHeight + bodyHeight <= pageHeight) {
      ensureSpace(headerHeight + bodyHeight);
    } else {
      ensureSpace(headerHeight + firstRow);
    }
    PdfStructureElement table = new PdfStructureElement(parent, PdfName.TABLE);
    for (int r = 0; r < t.headerRows.size(); r++) {
      drawRow(
          t,
          t.headerRows.get(r),
          xs,
          headerHeights.get(r),
          new PdfStructureElement(table, TR),
          true);
    }
    for (int r = 0; r < t.rows.size(); r++) {
      if (y - heights.get(r) < document.bottom()) {
        newPage();
        for (int h = 0; h < t.headerRows.size(); h++) {
          drawRow(t, t.headerRows.get(h), xs, headerHeights.get(h), null, true);
        }
      }
      drawRow(t, t.rows.get(r), xs, heights.get(r), new PdfStructureElement(table, TR), false);
    }
    y -= after;
  }

  private float rowHeight(Table t, List<Cell> row, float[] xs) throws DocumentException {
    float h = 0;
    int col = 0;
    for (Cell c : row) {
      float w = xs[col + c.colspan()] - xs[col] - 2 * t.padding;
      h = Math.max(h, measure(c.phrase(), t.leading, w) + 2 * t.padding + 1);
      col += c.colspan();
    }
    return h;
  }

  /** Draws one row; {@code tr} null draws it as an artifact (a header repeated on a new page). */
  private void drawRow(
      Table t, List<Cell> row, float[] xs, float height, PdfStructureElement tr, boolean header)
      throws DocumentException {
    float top = y;
    float bottom = y - height;
    PdfContentByte cb = canvas();
    artifact(
        cb,
        c -> {
          int col = 0;
          for (Cell cell : row) {
            float x0 = xs[col];
            float x1 = xs[col + cell.colspan()];
            Color fill = header && cell.fill() == null ? t.headerFill : cell.fill();
            if (fill != null) {
              c.setColorFill(fill);
              c.rectangle(x0, bottom, x1 - x0, height);
              c.fill();
            }
            if (header && col > 0 && t.headerRule != null) {
              c.setColorStroke(t.headerRule);
              c.setLineWidth(1.5f);
              c.moveTo(x0, bottom);
              c.lineTo(x0, top);
              c.stroke();
            }
            col += cell.colspan();
          }
          if (!header) {
            boolean total = row.stream().anyMatch(Cell::total);
            c.setColorStroke(total ? t.totalRule : t.rule);
            c.setLineWidth(total ? 0.8f : 0.5f);
            c.moveTo(xs[0], bottom);
            c.lineTo(xs[xs.length - 1], bottom);
            if (total) {
              c.moveTo(xs[0], top);
              c.lineTo(xs[xs.length - 1], top);
            }
            c.stroke();
          }
        });
    int col = 0;
    for (int i = 0; i < row.size(); i++) {
      Cell cell = row.get(i);
      float x0 = xs[col] + t.padding;
      float x1 = xs[col + cell.colspan()] - t.padding;
      ColumnText ct =
          column(cell.phrase(), t.leading, cell.align(), x0, x1, top - t.padding, bottom);
      if (tr == null) {
        artifact(cb, c -> goQuietly(ct, draft));
      } else {
        boolean th = header || (t.rowHeaders && i == 0);
        PdfStructureElement e = new PdfStructureElement(tr, th ? PdfName.TH : PdfName.TD);
        PdfDictionary attributes = new PdfDictionary();
        attributes.put(PdfName.O, PdfName.TABLE);
        if (th) {
          attributes.put(SCOPE, header ? COLUMN : ROW);
        }
        if (cell.colspan() > 1) {
          attributes.put(COLSPAN, new PdfNumber(cell.colspan()));
        }
        e.put(PdfName.A, attributes);
        if (!cell.phrase().getContent().isEmpty()) {
          cb.beginMarkedContentSequence(e);
          ct.go(draft);
          cb.endMarkedContentSequence();
        }
      }
      col += cell.colspan();
    }
    pageHasContent = true;
    y = bottom;
  }

  private static void goQuietly(ColumnText ct, boolean simulate) {
    try {
      ct.go(simulate);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }
}
