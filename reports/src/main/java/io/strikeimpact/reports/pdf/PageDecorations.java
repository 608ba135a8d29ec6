package io.strikeimpact.reports.pdf;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws the footer of every page ("Page 2 of 9" and the short title) and turns every heading
 * tagged with {@link #outlineTag} into a bookmark at the heading's place.
 *
 * <p>The total comes from a first rendering of the same document; {@code totalPages} is 0 on that
 * first pass and the footer then says "Page 2 of ?", which is never kept.
 */
final class PageDecorations extends PdfPageEventHelper {
  private static final Color RULE = new Color(0xD8DDE0);

  private final PdfFonts fonts;
  private final String shortTitle;
  private final int totalPages;
  private final Set<String> outlined = new HashSet<>();
  private int pages;

  PageDecorations(PdfFonts fonts, String shortTitle, int totalPages) {
    this.fonts = fonts;
    this.shortTitle = shortTitle;
    this.totalPages = totalPages;
  }

  /** A generic tag naming a bookmark: the heading's text. */
  static String outlineTag(String heading) {
    return heading;
  }

  int pages() {
    return pages;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    pages = writer.getPageNumber();
    PdfContentByte cb = writer.getDirectContent();
    float y = document.bottom() - 28;
    cb.saveState();
    cb.setColorStroke(RULE);
    cb.setLineWidth(0.5f);
    cb.moveTo(document.left(), y + 12);
    cb.lineTo(document.right(), y + 12);
    cb.stroke();
    cb.restoreState();
    String total = totalPages > 0 ? Integer.toString(totalPages) : "?";
    ColumnText.showTextAligned(
        cb, Element.ALIGN_LEFT, new Phrase(shortTitle, fonts.font(8, false, BoardPackPdf.GREY)), document.left(), y, 0);
    ColumnText.showTextAligned(
        cb,
        Element.ALIGN_RIGHT,
        new Phrase("Page " + pages + " of " + total, fonts.font(8, false, BoardPackPdf.GREY)),
        document.right(),
        y,
        0);
  }

  @Override
  public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
    if (outlined.add(text)) {
      PdfContentByte cb = writer.getDirectContent();
      new PdfOutline(
          cb.getRootOutline(), new PdfDestination(PdfDestination.XYZ, 0, rect.getTop() + 14, 0), text, true);
    }
  }
}
