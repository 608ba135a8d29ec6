package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.analysis.Analysis;
import java.io.IOException;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.ListItem;

/** The executive summary: the analysis's sentences as bullets, then any reconciliation warning. */
final class ExecutiveSummarySection implements PackSection {
  static final String TITLE = "Executive summary";

  private final Analysis analysis;
  private final PackLayout out;

  ExecutiveSummarySection(Pack pack) {
    this.analysis = pack.analysis();
    this.out = pack.out();
  }

  @Override
  public void write() throws DocumentException, IOException {
    executiveSummary();
  }

  private void executiveSummary() throws DocumentException {
    out.heading(TITLE);
    org.openpdf.text.List bullets = new org.openpdf.text.List(false, 12);
    bullets.setListSymbol(new Chunk("\u2022", out.bodyBold));
    for (String sentence : BoardSummary.bullets(analysis)) {
      ListItem item = new ListItem(sentence, out.body);
      item.setSpacingAfter(5);
      item.setLeading(14);
      bullets.add(item);
    }
    out.add(bullets);
    out.paragraph(BoardSummary.CAVEAT);
  }
}
