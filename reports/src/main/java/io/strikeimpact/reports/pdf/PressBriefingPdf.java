package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.reports.press.PressBriefing;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A one-page press briefing as a tagged PDF (PDF/UA-1, PDF/A-2a): the release line, the headline
 * figure as a release says it, the exact figure, three bullets, the figures by site and type in a
 * table, ENDS, notes to editors and the press office. The words come from {@link PressBriefing}.
 */
public final class PressBriefingPdf {
  private static final float MARGIN = 46;

  /** The table and the notes to editors: the smallest text on the page, at 9 points or more. */
  static final float NOTE_SIZE = 9;

  /** Writes the briefing for {@code analysis}; does not close {@code out}. */
  public void write(Analysis analysis, PressBriefing briefing, OutputStream out)
      throws IOException {
    int pages = render(analysis, briefing, 0).pages();
    out.write(render(analysis, briefing, pages).bytes());
  }

  private record Rendering(byte[] bytes, int pages) {}

  private Rendering render(Analysis analysis, PressBriefing b, int totalPages) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(128 * 1024);
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, 40, 56);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, buffer);
      PdfFonts fonts = new PdfFonts();
      PageDecorations footer =
          new PageDecorations(fonts, b.title() + " | " + b.release(), totalPages);
      writer.setPageEvent(footer);
      PdfStandards.beforeOpen(writer);
      document.open();
      PdfStandards.afterOpen(
          writer,
          new PdfStandards.Info(
              b.title(),
              analysis.settings().organisation(),
              b.headline(),
              "industrial action, activity rescheduled, press briefing",
              "Strike Impact",
              analysis.settings().asOf(),
              id(b)));
      write(analysis, b, document, writer, fonts);
      document.close();
      return new Rendering(buffer.toByteArray(), footer.pages());
    } catch (DocumentException e) {
      throw new IOException("The press briefing could not be laid out: " + e.getMessage(), e);
    }
  }

  private static void write(
      Analysis analysis, PressBriefing b, Document document, PdfWriter writer, PdfFonts fonts)
      throws DocumentException {
    TaggedLayout layout = new TaggedLayout(document, writer);
    Font body = fonts.font(9.5f, false, BoardPackPdf.BLACK);
    Font bold = fonts.font(9.5f, true, BoardPackPdf.BLACK);
    Font small = fonts.font(NOTE_SIZE, false, BoardPackPdf.BLACK);
    Font smallBold = fonts.font(NOTE_SIZE, true, BoardPackPdf.BLACK);
    Font heading = fonts.font(11.5f, true, BoardPackPdf.NHS_DARK_BLUE);

    layout.section();
    layout.paragraph(
        new Phrase(
            b.release().toUpperCase(java.util.Locale.UK),
            fonts.font(10, true, BoardPackPdf.NHS_BLUE)),
        12,
        0,
        2);
    layout.paragraph(
        new Phrase(b.date() + "  |  " + analysis.settings().organisation(), body), 12, 0, 8);
    layout.heading(1, b.title(), fonts.font(17, true, BoardPackPdf.NHS_DARK_BLUE), 0, 8, true);
    layout.box(
        List.of(new Phrase(b.headline() + ".", fonts.font(13, true, BoardPackPdf.NHS_DARK_BLUE))),
        16,
        BoardPackPdf.PALE_GREY,
        BoardPackPdf.NHS_BLUE,
        5,
        9,
        0,
        8);
    // The exact figure first: the rounded headline would be as true of a wrong total.
    layout.paragraph(new Phrase(b.lead(), bold), 12.5f, 0, 5);
    List<Phrase> bullets = new ArrayList<>();
    for (String s : b.bullets()) {
      bullets.add(new Phrase(s, body));
    }
    layout.bullets(bullets, new Chunk("\u2022", bold), 12, 12.5f, 3);

    // No chart: at a readable height it would not leave room on the page for the notes, and the
    // table below gives the same figures in a form a journalist can copy.
    TaggedLayout.Table table = new TaggedLayout.Table(new float[] {1.2f, 1.6f, 1.9f, 0.9f});
    table.headerFill = BoardPackPdf.NHS_BLUE;
    table.headerRule = Color.WHITE;
    table.rule = BoardPackPdf.RULE;
    table.totalRule = BoardPackPdf.GREY;
    table.padding = 3;
    table.leading = NOTE_SIZE * 1.25f;
    table.keepTogether = true;
    Font th = fonts.font(NOTE_SIZE, true, Color.WHITE);
    List<List<String>> rows = b.table();
    for (int r = 0; r < rows.size(); r++) {
      boolean total = r == rows.size() - 1;
      List<TaggedLayout.Cell> cells = new ArrayList<>();
      for (int c = 0; c < rows.get(r).size(); c++) {
        Font f = r == 0 ? th : total ? smallBold : small;
        cells.add(
            new TaggedLayout.Cell(
                new Phrase(rows.get(r).get(c), f),
                c == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT,
                total ? BoardPackPdf.PALE_GREY : null,
                1,
                total));
      }
      (r == 0 ? table.headerRows : table.rows).add(cells);
    }
    layout.table(table, 8, 4);

    // ENDS closes the story a paper may print, as in the text; what follows is for the journalist.
    layout.paragraph(new Phrase("ENDS", bold), 12, 6, 0);

    layout.heading(2, "Notes to editors", heading, 6, 3, true);
    Font note = fonts.font(NOTE_SIZE, false, BoardPackPdf.BLACK);
    List<Phrase> notes = new ArrayList<>();
    int n = 1;
    for (String s : b.notesToEditors()) {
      notes.add(new Phrase(n++ + ". " + s, note));
    }
    for (Phrase p : notes) {
      layout.paragraph(p, NOTE_SIZE * 1.25f, 0, 2.5f);
    }
    layout.heading(2, "Contact", heading, 6, 3, true);
    for (String line : b.contact().asLines()) {
      layout.paragraph(new Phrase(line, body), 11.5f, 0, 0);
    }
  }

  private static byte[] id(PressBriefing b) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(b.toString().getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(md.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
