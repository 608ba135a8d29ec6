package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.analysis.StatedTotalsNotRead;
import io.strikeimpact.model.text.HouseStyle;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;

/** Stated totals reconciled with the returns, problems found in the data and rejected rows. */
final class DataQualitySection implements PackSection {
  static final String TITLE = "Data quality";

  private final Analysis analysis;
  private final PackLayout out;

  DataQualitySection(Pack pack) {
    this.analysis = pack.analysis();
    this.out = pack.out();
  }

  @Override
  public void write() throws DocumentException, IOException {
    dataQuality();
  }

  private void dataQuality() throws DocumentException {
    out.heading(TITLE);
    out.subheading("Stated totals checked against the returns");
    StatedTotalsNotRead notRead = StatedTotalsNotRead.in(analysis.dataset());
    if (analysis.reconciliations().isEmpty() && notRead.none()) {
      out.paragraph("No stated totals were given, so there was nothing to reconcile.");
    }
    if (!notRead.none()) {
      // Sent but unread: never checked, so never counted among those that agree.
      out.warningBox(
          HouseStyle.capitalise(notRead.describe()) + " (see Problems found in the data below).");
    }
    for (Reconciliation r : analysis.reconciliations()) {
      if (r.agrees()) {
        Paragraph p = new Paragraph("", out.body);
        p.add(new Chunk("Agrees: ", out.bodyBold));
        p.add(new Chunk(r.message(), out.body));
        p.setSpacingAfter(6);
        out.add(p);
      } else {
        out.warningBox(r.message());
      }
    }

    out.subheading("Problems found in the data");
    List<DataProblem> problems = analysis.dataset().problems();
    if (problems.isEmpty()) {
      out.paragraph("No problems were found in the data.");
    }
    for (DataProblem p : problems) {
      Paragraph para = new Paragraph("", out.body);
      para.add(
          new Chunk(
              HouseStyle.capitalise(p.severity().name().toLowerCase(Locale.UK)) + ": ",
              out.bodyBold));
      para.add(new Chunk(p.message(), out.body));
      para.setSpacingAfter(4);
      out.add(para);
    }

    out.subheading("Rejected rows");
    List<RejectedRow> rejected = analysis.dataset().rejectedRows();
    if (rejected.isEmpty()) {
      out.paragraph("No rows were rejected.");
      return;
    }
    PdfGrid table = out.table(new float[] {1.6f, 1.6f, 3f});
    out.header(table, "Where", Element.ALIGN_LEFT);
    out.header(table, "Values", Element.ALIGN_LEFT);
    out.header(table, "Problems", Element.ALIGN_LEFT);
    table.setHeaderRows(1);
    for (RejectedRow r : rejected) {
      table.addCell(out.cell(r.row().describe(), out.small, Element.ALIGN_LEFT, null, false));
      table.addCell(
          out.cell(String.join(" | ", r.values()), out.small, Element.ALIGN_LEFT, null, false));
      table.addCell(
          out.cell(
              String.join("\n", r.problems().stream().map(DataProblem::message).toList()),
              out.small,
              Element.ALIGN_LEFT,
              null,
              false));
    }
    out.add(table);
  }
}
