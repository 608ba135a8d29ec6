package io.strikeimpact.reports.pdf;

import java.awt.Color;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws the footer of every page ("Page 2 of 9" and the short title) as a pagination artifact, so a
 * screen reader does not read it as part of the text.
 *
 * <p>The total comes from a first rendering of the same document; {@code totalPages} is 0 on that
 * first pass and the footer then says "Page 2 of ?", which is never kept.
 */
final class PageDecorations extends PdfPageEventHelper {
  private static final Color RULE = new Color(0xD8DDE0);
  private static final PdfName FOOTER = new PdfName("Footer");

  private final PdfFonts fonts;
  private final String shortTitle;
  private final int totalPages;
  private int pages;

  PageDecorations(PdfFonts fonts, String shortTitle, int totalPages) {
    this.fonts = fonts;
    this.shortTitle = shortTitle;
    this.totalPages = totalPages;
  }

  int pages() {
    return pages;
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    pages = writer.getPageNumber();
    PdfContentByte cb = writer.getDirectContent();
    PdfDictionary artifact = new PdfDictionary();
    artifact.put(PdfName.TYPE, TaggedLayout.PAGINATION);
    artifact.put(PdfName.SUBTYPE, FOOTER);
    cb.beginMarkedContentSequence(TaggedLayout.ARTIFACT, artifact, true);
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
        cb,
        Element.ALIGN_LEFT,
        new Phrase(shortTitle, fonts.font(8, false, BoardPackPdf.GREY)),
        document.left(),
        y,
        0);
    ColumnText.showTextAligned(
        cb,
        Element.ALIGN_RIGHT,
        new Phrase("Page " + pages + " of " + total, fonts.font(8, false, BoardPackPdf.GREY)),
        document.right(),
        y,
        0);
    cb.endMarkedContentSequence();
  }
}
