package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.text.HouseStyle;
import java.io.IOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPCell;

/** The appendix of sources: every file read, with its SHA-256 and what became of its rows. */
final class SourcesSection implements PackSection {
  static final String TITLE = "Appendix: sources";

  private final Analysis analysis;
  private final PackLayout out;

  SourcesSection(Pack pack) {
    this.analysis = pack.analysis();
    this.out = pack.out();
  }

  @Override
  public void write() throws DocumentException, IOException {
    sources();
  }

  private void sources() throws DocumentException {
    out.heading(TITLE);
    out.paragraph(
        "Every file read, with the first 12 characters of its SHA-256 fingerprint (the workbook's Sources sheet"
            + " gives it in full) and what became of its rows. Every figure in this pack"
            + " traces to a file, sheet and cell; the Excel pack's Data sheet lists each one.");
    // The file column wide enough for the samples' longest name on one line below its folders.
    float[] widths = {3.3f, 1.6f, 1.15f, 0.65f, 0.65f, 0.75f};
    PdfGrid table = out.table(widths);
    float sum = 0;
    for (float w : widths) {
      sum += w;
    }
    float fileColumn = out.layout.width() * widths[0] / sum - 2 * table.table.padding - 1;
    out.header(table, "File", Element.ALIGN_LEFT);
    out.header(table, "Role", Element.ALIGN_LEFT);
    out.header(table, "SHA-256", Element.ALIGN_LEFT);
    out.header(table, "Rows read", Element.ALIGN_RIGHT);
    out.header(table, "Rows used", Element.ALIGN_RIGHT);
    out.header(table, "Rows rejected", Element.ALIGN_RIGHT);
    table.setHeaderRows(1);
    Font hash = out.fonts.font(8.5f, false, BoardPackPdf.BLACK);
    for (SourceFile f : analysis.dataset().sources()) {
      table.addCell(
          out.cell(
              PathBreaks.phrase(f.name(), out.small, fileColumn), Element.ALIGN_LEFT, null, false));
      table.addCell(
          out.cell(
              f.role()
                  + (f.profile().isEmpty() ? "" : " (" + f.profile() + ")")
                  + (f.notCounted().total() == 0 ? "" : "; " + f.notCounted().describe()),
              out.small,
              Element.ALIGN_LEFT,
              null,
              false));
      table.addCell(
          out.cell(
              f.sha256().substring(0, Math.min(12, f.sha256().length())),
              hash,
              Element.ALIGN_LEFT,
              null,
              false));
      table.addCell(
          out.cell(HouseStyle.count(f.rowsRead()), out.small, Element.ALIGN_RIGHT, null, false));
      table.addCell(
          out.cell(HouseStyle.count(f.rowsUsed()), out.small, Element.ALIGN_RIGHT, null, false));
      table.addCell(
          out.cell(
              HouseStyle.count(f.rowsRejected()), out.small, Element.ALIGN_RIGHT, null, false));
    }
    if (analysis.dataset().sources().isEmpty()) {
      PdfPCell none = out.cell("No files were read.", out.small, Element.ALIGN_LEFT, null, false);
      none.setColspan(6);
      table.addCell(none);
    }
    out.add(table);
  }
}
