package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.text.HouseStyle;
import io.strikeimpact.reports.chart.ChartFactory;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;

/** The focus action by site and type, with rates a day and an hour of action, and its charts. */
final class SiteAndTypeSection implements PackSection {
  static final String TITLE = "Rescheduled by site and type";

  private final Analysis analysis;
  private final PackLayout out;

  SiteAndTypeSection(Pack pack) {
    this.analysis = pack.analysis();
    this.out = pack.out();
  }

  @Override
  public void write() throws DocumentException, IOException {
    bySiteAndType();
  }

  private void bySiteAndType() throws DocumentException, IOException {
    boolean planned = anyPlanned();
    // With the column per 1,000 planned, rows wrap their workings: keep the notes with the table.
    out.heading(
        TITLE,
        planned
            ? 150 + 44f * (analysis.sites().size() + 2)
            : 120 + 30f * (analysis.sites().size() + 2));
    out.paragraph(
        "Activity rescheduled because of "
            + analysis.focus().describe()
            + ", by site, as the returns gave it. Rates divide each site's total by the days and hours of action"
            + " (workings in grey).");
    Notes notes = new Notes(out);
    float[] widths =
        planned
            ? new float[] {1.05f, 0.97f, 0.85f, 1f, 0.8f, 0.65f, 1.4f, 1.4f, 1.45f}
            : new float[] {1.25f, 1f, 1f, 1.15f, 1f, 0.8f, 1.35f, 1.35f};
    PdfGrid table = out.table(widths);
    out.header(table, "Site", Element.ALIGN_LEFT);
    for (ActivityType type : ActivityType.values()) {
      out.header(table, type.heading(), Element.ALIGN_RIGHT);
    }
    out.header(table, "Total", Element.ALIGN_RIGHT);
    out.header(table, "Share", Element.ALIGN_RIGHT);
    out.header(table, Basis.PER_DAY.heading(), Element.ALIGN_RIGHT);
    out.header(table, Basis.PER_HOUR.heading(), Element.ALIGN_RIGHT);
    if (planned) {
      out.header(table, BoardPackPdf.PER_THOUSAND_PLANNED_HEADING, Element.ALIGN_RIGHT);
    }
    table.setHeaderRows(1);
    int row = 0;
    for (SiteBreakdown site : analysis.sites()) {
      siteRow(table, site, notes, row++ % 2 == 1, false, planned);
    }
    siteRow(table, analysis.allSites(), notes, false, true, planned);
    table.setKeepTogether(analysis.sites().size() < 20);
    out.add(table);
    notes.write();
    StaffTakingPartTable.write(analysis, out);

    int sites = (int) analysis.sites().stream().filter(SiteBreakdown::reported).count();
    out.chart(
        ChartFactory.bySiteAndType(analysis),
        ChartFactory.bySiteAndTypeAltText(analysis),
        PackLayout.barChartHeight(sites));
    out.chart(
        ChartFactory.shareBySite(analysis),
        ChartFactory.shareBySiteAltText(analysis),
        PackLayout.singleBarChartHeight(sites));
  }

  /** Whether any return gave planned activity: only then has the pack a rate per 1,000 planned. */
  private boolean anyPlanned() {
    return analysis.allSites().perThousandPlanned().isPresent()
        || analysis.sites().stream().anyMatch(s -> s.perThousandPlanned().isPresent());
  }

  private void siteRow(
      PdfGrid table,
      SiteBreakdown site,
      Notes notes,
      boolean shaded,
      boolean total,
      boolean planned) {
    Font f = total ? out.smallBold : out.small;
    Color fill = total ? BoardPackPdf.PALE_GREY : shaded ? BoardPackPdf.ROW_SHADE : null;
    // Figures that are partial or may be out of date carry their caveat where the site is named.
    String label =
        site.caveat()
            .map(c -> notes.mark(site.label(), site.label() + ": " + c))
            .orElse(site.label());
    table.addCell(out.cell(label, f, Element.ALIGN_LEFT, fill, total));
    for (ActivityType type : ActivityType.values()) {
      OptionalLong figure = site.figure(type);
      String text =
          figure.isPresent()
              ? HouseStyle.count(figure.getAsLong())
              : notes.mark(PackLayout.NOT_APPLICABLE, whyEmpty(site, type));
      table.addCell(out.cell(text, f, Element.ALIGN_RIGHT, fill, total));
    }
    String notReported =
        site.reported() ? null : notes.mark(PackLayout.NOT_APPLICABLE, withoutFigures(site));
    table.addCell(
        out.cell(
            site.reported() ? HouseStyle.count(site.total()) : notReported,
            f,
            Element.ALIGN_RIGHT,
            fill,
            total));
    // With nothing rescheduled at any site there is no total to take a share of: not 0%.
    String share =
        !site.reported()
            ? notReported
            : analysis.allSites().total() > 0
                ? HouseStyle.percent(site.share())
                : notes.mark(PackLayout.NOT_APPLICABLE, out.notApplicable(BoardPackPdf.NO_SHARE));
    table.addCell(out.cell(share, f, Element.ALIGN_RIGHT, fill, total));
    for (var rate : List.of(site.perDay(), site.perHour())) {
      if (rate.isPresent()) {
        table.addCell(out.rateCell(rate.get(), f, fill, total));
      } else {
        String why =
            site.reported()
                ? out.notApplicable("no days or hours of action to divide by")
                : withoutFigures(site);
        table.addCell(
            out.cell(
                notes.mark(PackLayout.NOT_APPLICABLE, why), f, Element.ALIGN_RIGHT, fill, total));
      }
    }
    if (planned) {
      if (site.perThousandPlanned().isPresent()) {
        table.addCell(out.rateCell(site.perThousandPlanned().get(), f, fill, total));
      } else {
        String why =
            !site.reported()
                ? withoutFigures(site)
                : out.notApplicable(
                    site.odsCode().isEmpty()
                        ? "not every return gave planned activity"
                        : "the return gave no planned activity");
        table.addCell(
            out.cell(
                notes.mark(PackLayout.NOT_APPLICABLE, why), f, Element.ALIGN_RIGHT, fill, total));
      }
    }
  }

  /**
   * A site with no figures: "not applicable" only when it did not take part; a site whose returns
   * came and could not be counted has "no figure", one that took part and sent none "no return",
   * and each says why.
   */
  private String withoutFigures(SiteBreakdown site) {
    return PackLayout.without(site.status(), site.statusText());
  }

  private String whyEmpty(SiteBreakdown site, ActivityType type) {
    if (!site.reported()) {
      return withoutFigures(site);
    }
    if (type == ActivityType.TOTAL_ONLY) {
      return out.notApplicable(
          "the return gave outpatient and inpatient figures, not a total only");
    }
    return "n/a: not split \u2014 the return gave a total only, with no outpatient and inpatient split";
  }
}
