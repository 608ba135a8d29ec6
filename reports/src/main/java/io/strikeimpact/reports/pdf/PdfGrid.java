package io.strikeimpact.reports.pdf;

import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;

/**
 * A table built like OpenPDF's {@code PdfPTable} (cells added left to right, the first rows marked
 * as header rows) and drawn tagged by {@link TaggedLayout}: header cells as TH with a scope, a cell
 * with a top border as part of a total row.
 */
final class PdfGrid {
  final TaggedLayout.Table table;
  private final int columns;
  private final List<List<TaggedLayout.Cell>> all = new ArrayList<>();
  private List<TaggedLayout.Cell> current = new ArrayList<>();
  private int filled;
  private int headerRows;

  PdfGrid(float[] widths) {
    this.table = new TaggedLayout.Table(widths);
    this.columns = widths.length;
  }

  void addCell(PdfPCell cell) {
    Phrase phrase = cell.getPhrase() != null ? cell.getPhrase() : new Phrase("");
    boolean total = (cell.getBorder() & Rectangle.TOP) != 0;
    current.add(
        new TaggedLayout.Cell(
            phrase,
            cell.getHorizontalAlignment(),
            cell.getBackgroundColor(),
            cell.getColspan(),
            total));
    filled += Math.max(1, cell.getColspan());
    if (filled >= columns) {
      all.add(current);
      current = new ArrayList<>();
      filled = 0;
    }
  }

  void setHeaderRows(int n) {
    headerRows = n;
  }

  void setKeepTogether(boolean keep) {
    table.keepTogether = keep;
  }

  /** Splits the rows into header and body rows; call once, before drawing. */
  TaggedLayout.Table build() {
    if (!current.isEmpty()) {
      throw new IllegalStateException(
          "The last row of a table has " + filled + " of " + columns + " cells");
    }
    table.headerRows.clear();
    table.rows.clear();
    for (int i = 0; i < all.size(); i++) {
      (i < headerRows ? table.headerRows : table.rows).add(all.get(i));
    }
    return table;
  }
}
