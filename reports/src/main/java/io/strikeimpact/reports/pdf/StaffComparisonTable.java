package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Comparison;
import io.strikeimpact.model.analysis.ComparisonRow;
import io.strikeimpact.model.analysis.Rate;
import io.strikeimpact.model.analysis.Ratio;
import io.strikeimpact.model.text.HouseStyle;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPCell;

/**
 * The comparison on a further basis, rescheduled per staff-day of action taken part, for each
 * comparable site and like for like: given only where every site and day of both sides has a staff
 * figure, otherwise "not available" with the sites and days missing. Written below the comparison
 * table, only when some return gives staff figures.
 */
final class StaffComparisonTable {
  static final String TITLE = HouseStyle.capitalise(Basis.PER_STAFF_DAY.phrase());

  private StaffComparisonTable() {}

  static void write(Analysis analysis, Comparison c, PackLayout out) throws DocumentException {
    if (analysis.dataset().staff().isEmpty() || c.comparableRows().isEmpty()) {
      return;
    }
    out.subheading(TITLE);
    out.paragraph(
        "The comparison on a further basis: the total rescheduled divided by the staff-days of the"
            + " action, the staff taking part on each day of action added up over its days (302 on"
            + " one day and 272 on the next are 574 staff-days). Given only where the returns give"
            + " the staff taking part on every day of action of both sides.");
    PdfGrid table = out.table(new float[] {1.1f, 1.4f, 1.4f, 1.9f});
    out.header(table, "Site", Element.ALIGN_LEFT);
    out.header(table, c.focus().shortLabel(), Element.ALIGN_RIGHT);
    out.header(table, c.baseline().shortLabel(), Element.ALIGN_RIGHT);
    out.header(table, "Ratio, focus to baseline", Element.ALIGN_RIGHT);
    table.setHeaderRows(1);
    List<ComparisonRow> rows = new ArrayList<>(c.comparableRows());
    boolean likeForLike = c.likeForLike().isPresent() && c.comparableRows().size() > 1;
    int i = 0;
    for (ComparisonRow row : rows) {
      row(out, table, row, row.label(), i++ % 2 == 1, false);
    }
    if (likeForLike) {
      row(out, table, c.likeForLike().get(), "Like for like", false, true);
    }
    table.setKeepTogether(rows.size() < 20);
    out.add(table);
    boolean illustrative =
        rows.stream()
            .anyMatch(r -> r.ratio(Basis.PER_STAFF_DAY).isPresent() && r.staffIllustrative());
    if (illustrative) {
      out.notePara(
          "Illustrative: some staff figures behind these rates are illustrative, not a trust's or a"
              + " publication's, so the rates and ratios per staff-day are illustrative too.");
    }
  }

  private static void row(
      PackLayout out,
      PdfGrid table,
      ComparisonRow row,
      String label,
      boolean shaded,
      boolean total) {
    Font f = total ? out.smallBold : out.small;
    Color fill = total ? BoardPackPdf.PALE_GREY : shaded ? BoardPackPdf.ROW_SHADE : null;
    table.addCell(out.cell(label, f, Element.ALIGN_LEFT, fill, total));
    Optional<Ratio> ratio = row.ratio(Basis.PER_STAFF_DAY);
    if (ratio.isEmpty()) {
      PdfPCell na =
          out.cell(row.staffNotAvailable().orElse(""), f, Element.ALIGN_LEFT, fill, total);
      na.setColspan(3);
      table.addCell(na);
      return;
    }
    for (Rate rate : List.of(ratio.get().focus(), ratio.get().baseline())) {
      table.addCell(out.rateCell(rate, f, fill, total));
    }
    table.addCell(
        out.cell(
            ratio.get().times() + (row.staffIllustrative() ? " (illustrative)" : ""),
            f,
            Element.ALIGN_RIGHT,
            fill,
            total));
  }
}
