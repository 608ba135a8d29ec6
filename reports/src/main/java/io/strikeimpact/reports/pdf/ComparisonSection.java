package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Comparison;
import io.strikeimpact.model.analysis.ComparisonRow;
import io.strikeimpact.model.analysis.ComparisonSide;
import io.strikeimpact.model.text.HouseStyle;
import io.strikeimpact.reports.chart.ChartFactory;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPCell;

/** The focus action against the baseline, site by site and like for like, on both bases. */
final class ComparisonSection implements PackSection {
  static final String TITLE = "Comparison with the baseline";

  private final Analysis analysis;
  private final PackLayout out;

  ComparisonSection(Pack pack) {
    this.analysis = pack.analysis();
    this.out = pack.out();
  }

  @Override
  public void write() throws DocumentException, IOException {
    comparison();
  }

  private void comparison() throws DocumentException, IOException {
    if (analysis.comparison().isEmpty()) {
      return;
    }
    Comparison c = analysis.comparison().get();
    out.heading(TITLE, 120 + 26f * (c.rows().size() + 3));
    out.paragraph(
        HouseStyle.capitalise(c.focus().describe())
            + " (the focus) against "
            + c.baseline().describe()
            + " (the baseline), site by site. "
            + "A site without figures for both is left out of the like-for-like total: not applicable"
            + " where it did not take part, no return or no figure where it took part and sent none or"
            + " none that could be counted.");
    String[] perBasis = {"Total", "A day of action", "An hour of action"};
    boolean planned =
        c.rows().stream().anyMatch(r -> r.ratio(Basis.PER_THOUSAND_PLANNED).isPresent())
            || c.likeForLike().flatMap(r -> r.ratio(Basis.PER_THOUSAND_PLANNED)).isPresent();
    PdfGrid table =
        out.table(
            planned
                ? new float[] {1.15f, 0.85f, 0.95f, 0.95f, 0.85f, 0.95f, 0.95f, 0.9f, 0.9f, 0.95f}
                : new float[] {1.2f, 0.9f, 1f, 1f, 0.9f, 1f, 1f, 0.95f, 0.95f});
    out.header(table, "", Element.ALIGN_LEFT);
    out.groupHeader(table, c.focus().shortLabel(), 3);
    out.groupHeader(table, c.baseline().shortLabel(), 3);
    out.groupHeader(table, "Ratio, focus to baseline", planned ? 3 : 2);
    out.header(table, "Site", Element.ALIGN_LEFT);
    for (int i = 0; i < 2; i++) {
      for (String h : perBasis) {
        out.header(table, h, Element.ALIGN_RIGHT);
      }
    }
    out.header(table, "A day of action", Element.ALIGN_RIGHT);
    out.header(table, "An hour of action", Element.ALIGN_RIGHT);
    if (planned) {
      out.header(table, "Per 1,000 planned", Element.ALIGN_RIGHT);
    }
    table.setHeaderRows(2);
    Notes notes = new Notes(out);
    int i = 0;
    for (ComparisonRow row : c.rows()) {
      comparisonRow(table, row, row.label(), i++ % 2 == 1, false, planned, notes);
    }
    // With one site in both, the like-for-like row would repeat that site's row.
    if (c.likeForLike().isPresent() && c.comparableRows().size() > 1) {
      ComparisonRow lfl = c.likeForLike().get();
      comparisonRow(
          table,
          lfl,
          "Like for like ("
              + HouseStyle.joinWithAnd(
                  c.comparableRows().stream().map(ComparisonRow::label).toList())
              + ")",
          false,
          true,
          planned,
          notes);
    }
    table.setKeepTogether(c.rows().size() < 20);
    out.add(table);
    notes.write();

    if (c.likeForLike().isEmpty()) {
      out.paragraph("No site sent figures for both, so no like-for-like comparison is possible.");
    } else if (c.comparableRows().size() == 1) {
      // Say why there is no like-for-like row, so its absence is not read as a gap.
      String only = c.comparableRows().getFirst().label();
      out.paragraph(
          "The like-for-like comparison is "
              + only
              + "'s row: "
              + only
              + " is the only site with figures for both, so a separate like-for-like row would"
              + " repeat it.");
    }
    if (!c.excluded().isEmpty()) {
      out.paragraph(
          "Left out of the like-for-like comparison: "
              + String.join(
                  "; ", c.excluded().stream().map(e -> e.label() + " " + e.reason()).toList())
              + ".");
    }
    for (ComparisonRow row : c.comparableRows()) {
      ComparisonSide f = row.focus().orElseThrow();
      ComparisonSide b = row.baseline().orElseThrow();
      out.notePara(
          "Workings, "
              + row.label()
              + ": "
              + f.perDay().workings()
              + " ("
              + f.perHour().workings()
              + ") against "
              + b.perDay().workings()
              + " ("
              + b.perHour().workings()
              + ").");
    }
    StaffComparisonTable.write(analysis, c, out);
    out.paragraph(
        planned
            ? PackLayout.BASIS_SENTENCE
                + " Rates per 1,000 planned divide by the activity the returns say was planned for the days of action."
            : PackLayout.BASIS_SENTENCE);
    var chart = ChartFactory.comparison(analysis);
    if (chart.isPresent()) {
      // Two bars a site (and the like-for-like total when it adds sites) in each of two panels,
      // under a title, a subtitle and the legend, and over two axes.
      int groups = c.comparableRows().size() + (c.comparableRows().size() > 1 ? 1 : 0);
      out.chart(
          chart.get(),
          ChartFactory.comparisonAltText(analysis),
          Math.min(PackLayout.MAX_CHART_HEIGHT, 125 + 42f * groups));
    }
  }

  private void comparisonRow(
      PdfGrid table,
      ComparisonRow row,
      String label,
      boolean shaded,
      boolean total,
      boolean planned,
      Notes notes) {
    Font f = total ? out.smallBold : out.small;
    Color fill = total ? BoardPackPdf.PALE_GREY : shaded ? BoardPackPdf.ROW_SHADE : null;
    // Rates and ratios from figures that lack a day or a return are partial: the note says which.
    String site = row.partialNote().isEmpty() ? label : notes.mark(label, row.partialNote());
    table.addCell(out.cell(site, f, Element.ALIGN_LEFT, fill, total));
    for (var side : List.of(row.focus(), row.baseline())) {
      if (side.isPresent()) {
        table.addCell(
            out.cell(HouseStyle.count(side.get().total()), f, Element.ALIGN_RIGHT, fill, total));
        table.addCell(
            out.cell(
                HouseStyle.shownRate(side.get().perDay().value()),
                f,
                Element.ALIGN_RIGHT,
                fill,
                total));
        table.addCell(
            out.cell(
                HouseStyle.shownRate(side.get().perHour().value()),
                f,
                Element.ALIGN_RIGHT,
                fill,
                total));
      } else {
        // A site whose returns came and could not be counted took part: it has no figure.
        PdfPCell na = out.cell(row.absentWord(), f, Element.ALIGN_CENTER, fill, total);
        na.setColspan(3);
        table.addCell(na);
      }
    }
    if (row.comparable()) {
      table.addCell(
          out.cell(
              row.ratio(Basis.PER_DAY).orElseThrow().times(), f, Element.ALIGN_RIGHT, fill, total));
      table.addCell(
          out.cell(
              row.ratio(Basis.PER_HOUR).orElseThrow().times(),
              f,
              Element.ALIGN_RIGHT,
              fill,
              total));
      if (planned) {
        var perPlanned = row.ratio(Basis.PER_THOUSAND_PLANNED);
        String text =
            perPlanned.isPresent()
                ? perPlanned.get().times()
                : notes.mark(
                    PackLayout.NOT_APPLICABLE,
                    out.notApplicable(
                        "the returns did not give planned activity for both actions"));
        table.addCell(out.cell(text, f, Element.ALIGN_RIGHT, fill, total));
      }
    } else {
      PdfPCell na = out.cell(row.withoutRatio(), f, Element.ALIGN_LEFT, fill, total);
      na.setColspan(planned ? 3 : 2);
      table.addCell(na);
    }
  }
}
