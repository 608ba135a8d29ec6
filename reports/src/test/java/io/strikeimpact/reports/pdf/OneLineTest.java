package io.strikeimpact.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A table's cells are measured without laying out the ones that plainly take one line ({@link
 * OneLine}): every height is still the one laying the phrase out gives, whatever was measured
 * before it.
 */
class OneLineTest {
  @Test
  void a_measured_height_is_the_laid_out_height_one_line_or_more() throws IOException {
    PdfFonts fonts = new PdfFonts();
    Font small = fonts.font(8.5f, false, Color.BLACK);
    Font bold = fonts.font(10f, true, Color.BLACK);
    Font large = fonts.font(14f, false, Color.BLACK);
    Phrase mixed = new Phrase("Total: ", bold);
    mixed.add(new Chunk("1,234", large));
    List<Phrase> phrases =
        List.of(
            new Phrase("RGN", small),
            new Phrase("12,345", small),
            new Phrase("Norfolk and Norwich University Hospitals", bold),
            new Phrase("returns/QMM/icb-summary-junior-doctors-march-2023.csv", small),
            new Phrase("two\nlines", small),
            new Phrase("tab\there", small),
            new Phrase("", small),
            new Phrase(
                "a sentence long enough to wrap onto a second line in a narrow column", large),
            mixed,
            PathBreaks.phrase("returns/RCX/qeh-junior-doctors.csv", small, 150),
            PathBreaks.phrase("returns/RCX/qeh-junior-doctors-march-2023-final.csv", small, 60));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      PdfStandards.beforeOpen(writer);
      document.open();
      TaggedLayout layout = new TaggedLayout(document, writer);
      int oneLine = 0;
      for (float leading : new float[] {10, 12.5f}) {
        for (float width : new float[] {20, 60, 150, 400}) {
          for (Phrase p : phrases) {
            float measured = layout.measure(p, leading, width);
            assertEquals(
                layout.laidOut(p, leading, width),
                measured,
                "'" + p.getContent() + "' at leading " + leading + " in " + width + " points");
            if (!Float.isNaN(OneLine.fontSize(p, width))) {
              oneLine++;
            }
          }
        }
      }
      assertTrue(oneLine > 10, "most short phrases are measured as one line, not laid out");
      document.add(new Phrase(" ", small));
    } catch (DocumentException e) {
      throw new AssertionError(e);
    } finally {
      document.close();
    }
  }

  @Test
  void a_line_break_a_tab_an_empty_phrase_or_text_near_the_edge_is_laid_out() throws IOException {
    Font small = new PdfFonts().font(8.5f, false, Color.BLACK);
    assertTrue(Float.isNaN(OneLine.fontSize(new Phrase("two\nlines", small), 400)));
    assertTrue(Float.isNaN(OneLine.fontSize(new Phrase("tab\there", small), 400)));
    assertTrue(Float.isNaN(OneLine.fontSize(new Phrase("", small), 400)));
    float wide = small.getBaseFont().getWidthPoint("RGN", 8.5f);
    assertEquals(8.5f, OneLine.fontSize(new Phrase("RGN", small), wide + OneLine.MARGIN + 0.01f));
    assertTrue(Float.isNaN(OneLine.fontSize(new Phrase("RGN", small), wide + OneLine.MARGIN / 2)));
  }
}
