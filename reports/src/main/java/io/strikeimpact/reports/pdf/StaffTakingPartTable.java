package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.analysis.SiteStaff;
import io.strikeimpact.model.text.HouseStyle;
import java.awt.Color;
import java.util.List;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPCell;

/**
 * The staff taking part beside the activity: for each reporting site, the peak and the average a
 * day over the days of action its returns give a figure for, where they came from, and whether they
 * are illustrative. Written under the table by site and type, only when a return gives staff
 * figures.
 */
final class StaffTakingPartTable {
  static final String TITLE = "Staff taking part";

  /** The definitions a pack adds when some return gives staff figures. */
  static final List<DefinitionsSection.Definition> DEFINITIONS =
      List.of(
          new DefinitionsSection.Definition(
              "Staff taking part",
              "The staff on strike at a site on a day of action, as its return gives them (the"
                  + " figure of the workforce situation report trusts send NHS England). The peak is"
                  + " the most on any one day of action; the average is over the days with a"
                  + " figure."),
          new DefinitionsSection.Definition(
              "Per staff-day of action taken part",
              "The total rescheduled divided by the staff-days of the action: the staff taking part"
                  + " on each day of action, added up over its days. Given only where every site and"
                  + " day of both sides of a comparison has a figure, never as 0. A rate that rests on"
                  + " an illustrative figure is illustrative."));

  private StaffTakingPartTable() {}

  static boolean any(Analysis analysis) {
    return analysis.sites().stream().anyMatch(s -> s.staff().isPresent());
  }

  static void write(Analysis analysis, PackLayout out) throws DocumentException {
    if (!any(analysis)) {
      return;
    }
    out.subheading(TITLE);
    out.paragraph(
        "Staff taking part in the action a day, as the returns gave them: the peak is the most on"
            + " any one day of action, the average is over the days with a figure. Figures marked"
            + " illustrative are not a trust's or a publication's.");
    PdfGrid table = out.table(new float[] {0.8f, 1.5f, 1.1f, 0.8f, 2.6f});
    out.header(table, "Site", Element.ALIGN_LEFT);
    out.header(table, "Days of action with a figure", Element.ALIGN_LEFT);
    out.header(table, "Peak a day", Element.ALIGN_RIGHT);
    out.header(table, "Average a day", Element.ALIGN_RIGHT);
    out.header(table, "Figures and source", Element.ALIGN_LEFT);
    table.setHeaderRows(1);
    int row = 0;
    for (SiteBreakdown site : analysis.sites()) {
      Color fill = row++ % 2 == 1 ? BoardPackPdf.ROW_SHADE : null;
      Font f = out.small;
      table.addCell(out.cell(site.label(), f, Element.ALIGN_LEFT, fill, false));
      if (!site.reported()) {
        // Named with the reason, as in the table above: a site left out says nothing of why.
        PdfPCell none =
            out.cell(
                "n/a: no figures \u2014 " + site.statusText(), f, Element.ALIGN_LEFT, fill, false);
        none.setColspan(4);
        table.addCell(none);
        continue;
      }
      if (site.staff().isEmpty()) {
        PdfPCell none =
            out.cell(
                "n/a: no staff figures \u2014 the return gave none",
                f,
                Element.ALIGN_LEFT,
                fill,
                false);
        none.setColspan(4);
        table.addCell(none);
        continue;
      }
      SiteStaff staff = site.staff().get();
      table.addCell(out.cell(days(staff), f, Element.ALIGN_LEFT, fill, false));
      table.addCell(
          out.cell(
              HouseStyle.count(staff.peak().staff())
                  + " ("
                  + HouseStyle.date(staff.peak().date())
                  + ")",
              f,
              Element.ALIGN_RIGHT,
              fill,
              false));
      table.addCell(
          out.cell(HouseStyle.hours(staff.average()), f, Element.ALIGN_RIGHT, fill, false));
      table.addCell(
          out.cell(staff.standing() + "; " + staff.sources(), f, Element.ALIGN_LEFT, fill, false));
    }
    table.setKeepTogether(analysis.sites().size() < 20);
    out.add(table);
  }

  /** "18 and 19 January 2023", with the days without a figure named. */
  private static String days(SiteStaff staff) {
    return staff.complete()
        ? staff.daysWithFigures()
        : staff.daysWithFigures() + " (no figure for " + HouseStyle.days(staff.daysWithout()) + ")";
  }
}
