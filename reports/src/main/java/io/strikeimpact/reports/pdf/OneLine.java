package io.strikeimpact.reports.pdf;

import java.util.Set;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;

/**
 * Whether a phrase sits on one line of a column, from its glyphs' widths, without laying it out.
 *
 * <p>A table is measured before it is drawn, and most cells of a long table (a national pack's
 * Sources and sites) hold a name or a figure that is nowhere near the edge of its column. Laying
 * each out with {@link org.openpdf.text.pdf.ColumnText} to learn it takes one line was a fifth of
 * writing the PDF; a line's height does not depend on its words, so it is measured once (see {@link
 * TaggedLayout#measure}). Anything this does not read plainly (a link, an image, any attribute but
 * where a line may break, a tab, a line break, a font without its own metrics) or that comes within
 * {@link #MARGIN} of the edge is laid out as before.
 */
final class OneLine {
  /** Room kept short of the column's edge, in points, so rounding cannot wrap a line it passed. */
  static final float MARGIN = 2f;

  private OneLine() {}

  /**
   * The size of the largest font of a phrase that plainly fits on one line of this width, or NaN
   * when it may not (or is empty).
   */
  static float fontSize(Phrase phrase, float width) {
    float used = 0;
    float largest = Float.NaN;
    for (Element element : phrase.getChunks()) {
      if (element.getClass() != Chunk.class || !onlyBreaks((Chunk) element)) {
        return Float.NaN;
      }
      Chunk chunk = (Chunk) element;
      String text = chunk.getContent();
      Font font = chunk.getFont();
      BaseFont base = font.getBaseFont();
      if (base == null || !plain(text)) {
        return Float.NaN;
      }
      float size = font.getCalculatedSize();
      used += base.getWidthPoint(text, size);
      if (used > width - MARGIN) {
        return Float.NaN;
      }
      if (!text.isEmpty()) {
        largest = Float.isNaN(largest) ? size : Math.max(largest, size);
      }
    }
    return largest;
  }

  /**
   * A chunk with no attributes but where its line may break (a path's {@link PathBreaks}), which
   * does not matter on a line it fits.
   */
  private static boolean onlyBreaks(Chunk chunk) {
    return !chunk.hasAttributes()
        || chunk.getChunkAttributes().keySet().equals(Set.of(Chunk.SPLITCHARACTER));
  }

  /** Text with nothing that breaks or moves a line: no line break, tab or other control. */
  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < ' ') {
        return false;
      }
    }
    return true;
  }
}
