package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.EstimateAgainstOutcome;
import io.strikeimpact.model.analysis.EstimateAgainstOutcome.Outcome;
import io.strikeimpact.model.text.HouseStyle;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;

/**
 * The board pack's section that sets the estimate the earlier actions gave for the focus action
 * beside what its returns say it rescheduled, site by site, with the method: a board learns from it
 * how far to trust the next estimate. Written only when the analysis has one.
 *
 * <p>A class of its own, called from {@link BoardPackPdf}, so the pack's other sections can change
 * without touching it. Figures and words come from the analysis; nothing is computed here.
 */
final class EstimateAgainstOutcomeSection implements PackSection {
  static final String TITLE = "How the estimate compared with what happened";

  private final TaggedLayout layout;
  private final PdfFonts fonts;
  private final Color primary;

  private final Analysis analysis;
  private final PackLayout out;

  EstimateAgainstOutcomeSection(Pack pack) {
    this.analysis = pack.analysis();
    this.out = pack.out();
    this.layout = pack.out().layout;
    this.fonts = pack.out().fonts;
    this.primary = pack.out().primary;
  }

  @Override
  public void write() throws DocumentException {
    if (analysis.estimateAgainstOutcome().isPresent()) {
      write(analysis.estimateAgainstOutcome().get());
    }
  }

  /** The section's title for the contents, when the analysis has the section. */
  static Optional<String> title(Analysis analysis) {
    return analysis.estimateAgainstOutcome().map(o -> TITLE);
  }

  private void write(EstimateAgainstOutcome o) throws DocumentException {
    Font body = fonts.font(10, false, BoardPackPdf.BLACK);
    Font small = fonts.font(8.5f, false, BoardPackPdf.BLACK);
    Font smallBold = fonts.font(8.5f, true, BoardPackPdf.BLACK);
    Font header = fonts.font(8, true, Color.WHITE);

    // Through the pack's heading, so the Contents links to it.
    out.heading(TITLE, 150 + 26f * (o.sites().size() + 2));
    Outcome all = o.allSites();
    layout.paragraph(
        new Phrase(
            "The comparable actions before it gave an estimate for "
                + o.estimate().describeAction()
                + " ("
                + HouseStyle.quantity(o.estimate().hours(), "hour", "hours")
                + "). Across the sites with both figures: "
                + all.describe()
                + ".",
            body),
        14,
        0,
        8);

    PdfGrid grid = new PdfGrid(new float[] {1.3f, 1f, 1f, 1f, 2.6f});
    grid.table.headerFill = primary;
    grid.table.headerRule = Color.WHITE;
    grid.table.rule = BoardPackPdf.RULE;
    grid.table.totalRule = BoardPackPdf.GREY;
    grid.table.leading = 10.5f;
    headerCell(grid, "Site", Element.ALIGN_LEFT, header);
    headerCell(grid, "Estimated", Element.ALIGN_RIGHT, header);
    headerCell(grid, "Rescheduled", Element.ALIGN_RIGHT, header);
    headerCell(grid, "Difference", Element.ALIGN_RIGHT, header);
    headerCell(grid, "Against the estimate", Element.ALIGN_LEFT, header);
    grid.setHeaderRows(1);
    List<Outcome> rows = new ArrayList<>(o.sites());
    for (int i = 0; i < rows.size(); i++) {
      row(grid, rows.get(i), small, i % 2 == 1 ? BoardPackPdf.ROW_SHADE : null, false);
    }
    row(grid, all, smallBold, BoardPackPdf.PALE_GREY, true);
    grid.setKeepTogether(rows.size() < 20);
    layout.table(grid.build(), 4, 8);
    layout.paragraph(new Phrase(o.method(), body), 14, 0, 8);
  }

  private static void row(PdfGrid grid, Outcome r, Font f, Color fill, boolean total) {
    long estimated = Math.round(r.estimated());
    long difference = r.rescheduled() - estimated;
    grid.addCell(cell(r.label(), f, Element.ALIGN_LEFT, fill, total));
    grid.addCell(cell(HouseStyle.count(estimated), f, Element.ALIGN_RIGHT, fill, total));
    grid.addCell(cell(HouseStyle.count(r.rescheduled()), f, Element.ALIGN_RIGHT, fill, total));
    grid.addCell(
        cell(
            (difference > 0 ? "+" : difference < 0 ? "\u2212" : "")
                + HouseStyle.count(Math.abs(difference)),
            f,
            Element.ALIGN_RIGHT,
            fill,
            total));
    grid.addCell(cell(r.describe(), f, Element.ALIGN_LEFT, fill, total));
  }

  private static void headerCell(PdfGrid grid, String text, int align, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(align);
    grid.addCell(cell);
  }

  private static PdfPCell cell(String text, Font f, int align, Color fill, boolean total) {
    PdfPCell cell = new PdfPCell(new Phrase(text, f));
    cell.setHorizontalAlignment(align);
    // A top border marks the total row, which the layout tags as such.
    cell.setBorder(total ? Rectangle.TOP | Rectangle.BOTTOM : Rectangle.BOTTOM);
    if (fill != null) {
      cell.setBackgroundColor(fill);
    }
    return cell;
  }
}
