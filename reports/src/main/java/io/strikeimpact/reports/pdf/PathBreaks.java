package io.strikeimpact.reports.pdf;

import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfChunk;

/**
 * A file path that wraps only where a reader expects it to: after a {@code /} when the file's own
 * name fits on a line ("returns/RCX/" over "qeh-junior-doctors-march-2023.csv"), and after a {@code
 * /}, {@code -}, {@code _} or {@code .} only when it does not; never inside a word, as in
 * "jpuh.propertie" over "s".
 */
final class PathBreaks implements SplitCharacter {
  /** Breaks after a folder only. */
  static final PathBreaks FOLDERS = new PathBreaks(false);

  /** Breaks after a folder or a separator inside the name. */
  static final PathBreaks SEPARATORS = new PathBreaks(true);

  private final boolean insideName;

  private PathBreaks(boolean insideName) {
    this.insideName = insideName;
  }

  /** {@code path} in {@code font}, to be set in a column {@code width} points wide. */
  static Phrase phrase(String path, Font font, float width) {
    Chunk chunk = new Chunk(path, font);
    String name = path.substring(path.lastIndexOf('/') + 1);
    BaseFont base = font.getBaseFont();
    boolean nameFits = base != null && base.getWidthPoint(name, font.getSize()) <= width;
    chunk.setSplitCharacter(nameFits ? FOLDERS : SEPARATORS);
    return new Phrase(chunk);
  }

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    char c = cc[current];
    return c == '/' || c == ' ' || insideName && (c == '-' || c == '.' || c == '_');
  }
}
