package io.strikeimpact.reports.pdf;

import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * A file name that wraps only after a {@code /}, {@code -} or {@code .}, so a narrow cell shows
 * "returns/RM1/nnuh-junior-" over "doctors-march-2023.xlsx", never "jpuh.propertie" over "s".
 */
final class PathBreaks implements SplitCharacter {
  static final PathBreaks INSTANCE = new PathBreaks();

  private PathBreaks() {}

  static Phrase phrase(String path, Font font) {
    Chunk chunk = new Chunk(path, font);
    chunk.setSplitCharacter(INSTANCE);
    return new Phrase(chunk);
  }

  @Override
  public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
    char c = cc[current];
    return c == '/' || c == '-' || c == '.' || c == ' ';
  }
}
