package io.strikeimpact.reports.pdf;

import io.strikeimpact.reports.chart.LiberationSans;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * Liberation Sans regular and bold, embedded (Identity-H, subset), for the text of one document and
 * for the charts drawn into it: as a {@link FontMapper} it maps every Java2D font to one of the
 * two, so nothing falls back to the unembedded Helvetica.
 *
 * <p>One instance per document: the subset prefix (e.g. {@code AAAAAA+}) comes from a random
 * generator seeded with a constant, so the same document gives the same bytes.
 */
final class PdfFonts implements FontMapper {
  final BaseFont regular;
  final BaseFont bold;

  PdfFonts() throws IOException {
    regular = create(false);
    bold = create(true);
  }

  Font font(float size, boolean isBold, Color colour) {
    return new Font(isBold ? bold : regular, size, Font.NORMAL, colour);
  }

  @Override
  public BaseFont awtToPdf(java.awt.Font font) {
    return font.isBold() ? bold : regular;
  }

  @Override
  public java.awt.Font pdfToAwt(BaseFont font, int size) {
    return LiberationSans.font(font == bold ? java.awt.Font.BOLD : java.awt.Font.PLAIN, size);
  }

  private static BaseFont create(boolean bold) throws IOException {
    try {
      BaseFont font =
          BaseFont.createFont(
              LiberationSans.resourceName(bold),
              BaseFont.IDENTITY_H,
              BaseFont.EMBEDDED,
              false,
              LiberationSans.ttf(bold),
              null);
      font.setSecureRandom(seeded(LiberationSans.resourceName(bold)));
      // OpenPDF's CIDSet lists only the glyphs used, where PDF/A-2 (6.2.11.4.2) and PDF/UA-1
      // (7.21.4.2) want every glyph of the subset; the stream is optional, so leave it out.
      font.setIncludeCidSet(false);
      return font;
    } catch (DocumentException e) {
      throw new IOException("Liberation Sans cannot be embedded", e);
    }
  }

  /** SHA1PRNG seeded before first use is deterministic: the same prefixes every run. */
  private static SecureRandom seeded(String seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
      return random;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA1PRNG is part of every Java runtime", e);
    }
  }
}
