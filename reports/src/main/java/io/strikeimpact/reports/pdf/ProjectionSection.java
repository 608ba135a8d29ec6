package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Estimate;
import io.strikeimpact.model.analysis.Projection;
import io.strikeimpact.model.analysis.SiteProjection;
import io.strikeimpact.model.text.HouseStyle;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPCell;

/** The estimate for the next action, by site and type, with its range and method. */
final class ProjectionSection implements PackSection {
  private final Analysis analysis;
  private final PackLayout out;

  ProjectionSection(Pack pack) {
    this.analysis = pack.analysis();
    this.out = pack.out();
  }

  @Override
  public void write() throws DocumentException, IOException {
    projection();
  }

  /**
   * The section's title, as the contents list it: "What to expect next" only while the action is
   * still to come; an action under way or over without returns is named for what it is.
   */
  static String title(Projection p) {
    if (p.announced() || p.hypothetical()) {
      return BoardPackPdf.PROJECTION_TITLE;
    }
    return p.standing() == Projection.Standing.NOT_READ
        ? "An action that ended without returns that could be read: an estimate"
        : p.ended()
            ? "An action that ended without returns: an estimate"
            : "An action under way without returns: an estimate";
  }

  private void projection() throws DocumentException {
    if (analysis.projection().isEmpty()) {
      return;
    }
    Projection p = analysis.projection().get();
    out.heading(title(p), 150 + 26f * (p.sites().size() + 2));
    String hours = HouseStyle.quantity(p.hours(), "hour", "hours");
    boolean ended = p.ended();
    String basis =
        p.hypothetical()
            ? "assuming " + hours + " of action, as given"
            : p.announced()
                ? "announced for " + hours
                : p.standing() == Projection.Standing.NOT_READ
                    ? "which has ended with returns received, none of which could be read (see"
                        + " Data quality) ("
                        + hours
                        + ")"
                    : ended
                        ? "which has ended with no returns received (" + hours + ")"
                        : "which is under way with no returns yet (" + hours + ")";
    out.paragraph(
        "An estimate, not a count, of what "
            + p.describeAction()
            + (ended && !p.hypothetical() ? " may have rescheduled, " : " may reschedule, ")
            + basis
            + ". Estimates are rounded to whole numbers; the low and high run from the lowest to the highest"
            + " rate of the comparable actions.");
    Notes notes = new Notes(out);
    PdfGrid table = out.table(new float[] {1.2f, 1.05f, 1.05f, 1.05f, 0.95f, 0.95f, 1.3f});
    out.header(table, "Site", Element.ALIGN_LEFT);
    out.header(table, ActivityType.OUTPATIENT.heading() + " (estimate)", Element.ALIGN_RIGHT);
    out.header(table, ActivityType.INPATIENT.heading() + " (estimate)", Element.ALIGN_RIGHT);
    out.header(table, "Total (estimate)", Element.ALIGN_RIGHT);
    out.header(table, "Low (estimate)", Element.ALIGN_RIGHT);
    out.header(table, "High (estimate)", Element.ALIGN_RIGHT);
    out.header(table, "Rate an hour of action it rests on", Element.ALIGN_RIGHT);
    table.setHeaderRows(1);
    int i = 0;
    for (SiteProjection s : p.sites()) {
      projectionRow(table, p, s, notes, i++ % 2 == 1, false);
    }
    projectionRow(table, p, p.allSites(), notes, false, true);
    table.setKeepTogether(p.sites().size() < 20);
    out.add(table);
    notes.write();
    out.paragraph(p.method());
  }

  private void projectionRow(
      PdfGrid table, Projection p, SiteProjection s, Notes notes, boolean shaded, boolean total) {
    Font f = total ? out.smallBold : out.small;
    Color fill = total ? BoardPackPdf.PALE_GREY : shaded ? BoardPackPdf.ROW_SHADE : null;
    table.addCell(out.cell(s.label(), f, Element.ALIGN_LEFT, fill, total));
    for (ActivityType type : List.of(ActivityType.OUTPATIENT, ActivityType.INPATIENT)) {
      Estimate e = s.byType().get(type);
      String text =
          e != null
              ? HouseStyle.wholeRate(e.central())
              : notes.mark(PackLayout.NOT_APPLICABLE, out.notApplicable(p.noEstimateOf(type)));
      table.addCell(out.cell(text, f, Element.ALIGN_RIGHT, fill, total));
    }
    Estimate t = s.total();
    table.addCell(out.cell(HouseStyle.wholeRate(t.central()), f, Element.ALIGN_RIGHT, fill, total));
    if (t.hasRange()) {
      table.addCell(out.cell(HouseStyle.wholeRate(t.low()), f, Element.ALIGN_RIGHT, fill, total));
      table.addCell(out.cell(HouseStyle.wholeRate(t.high()), f, Element.ALIGN_RIGHT, fill, total));
    } else {
      String why =
          p.comparables().size() == 1
              ? "no range: the estimate rests on one comparable action"
              : "no range: the comparable actions give the same rate";
      PdfPCell none = out.cell(notes.mark("no range", why), f, Element.ALIGN_RIGHT, fill, total);
      none.setColspan(2);
      table.addCell(none);
    }
    table.addCell(
        out.cell(
            HouseStyle.shownRate(s.perHour()) + " an hour", f, Element.ALIGN_RIGHT, fill, total));
  }
}
