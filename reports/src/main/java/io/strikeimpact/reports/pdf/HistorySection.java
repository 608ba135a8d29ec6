package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.ActionTotal;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.MonthlyChanges;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.analysis.TimelineEntry;
import io.strikeimpact.model.text.HouseStyle;
import io.strikeimpact.reports.chart.ChartFactory;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;

/**
 * Every action of the calendar to date, the running total by site and what changed since last
 * month.
 */
final class HistorySection implements PackSection {
  static final String TITLE = "History of industrial action";

  private final Analysis analysis;
  private final PackLayout out;

  HistorySection(Pack pack) {
    this.analysis = pack.analysis();
    this.out = pack.out();
  }

  @Override
  public void write() throws DocumentException, IOException {
    history();
  }

  private void history() throws DocumentException {
    out.heading(TITLE);
    out.paragraph(
        "Every action of the calendar up to "
            + HouseStyle.date(analysis.settings().asOf())
            + " and the next announced, oldest first, for all reporting sites: inpatient, outpatient and"
            + " total-only returns added together, with the running total. An action without returns"
            + " shows its status in place of figures; it is not counted as 0.");
    PdfGrid table = out.table(new float[] {2.1f, 0.95f, 0.65f, 0.85f, 0.75f, 1.0f, 1.25f, 1.25f});
    out.header(table, "Action", Element.ALIGN_LEFT);
    out.header(table, "Staff group", Element.ALIGN_LEFT);
    out.header(table, "Hours", Element.ALIGN_RIGHT);
    out.header(table, "Sites reporting", Element.ALIGN_RIGHT);
    out.header(table, "Total", Element.ALIGN_RIGHT);
    out.header(table, "Cumulative", Element.ALIGN_RIGHT);
    out.header(table, Basis.PER_DAY.heading(), Element.ALIGN_RIGHT);
    out.header(table, Basis.PER_HOUR.heading(), Element.ALIGN_RIGHT);
    table.setHeaderRows(1);
    Font status = out.fonts.font(8.5f, false, BoardPackPdf.GREY);
    Notes notes = new Notes(out);
    int i = 0;
    for (TimelineEntry entry : analysis.timeline()) {
      IndustrialAction action = entry.action();
      boolean focus = analysis.focus().actionIds().contains(action.id());
      Font f = focus ? out.smallBold : out.small;
      Color fill = i++ % 2 == 1 ? BoardPackPdf.ROW_SHADE : null;
      table.addCell(
          out.cell(
              ActionGroup.of(action).title() + (focus ? " (focus)" : ""),
              f,
              Element.ALIGN_LEFT,
              fill,
              false));
      table.addCell(out.cell(staffGroups(action), f, Element.ALIGN_LEFT, fill, false));
      String hours = HouseStyle.hours(action.hours());
      if (entry.figures().isPresent() && entry.figures().get().days().partial()) {
        // The rates beside it divide by fewer hours than the action ran: say which days.
        hours = notes.mark(hours, entry.figures().get().daysNote().orElseThrow());
      }
      table.addCell(out.cell(hours, f, Element.ALIGN_RIGHT, fill, false));
      if (entry.figures().isPresent()) {
        ActionTotal t = entry.figures().get();
        // All sites' figures without a site that took part, or with a site's figures short, are
        // partial, and so are the rates beside them: the note says which returns are missing.
        String sites = Integer.toString(t.sitesReporting());
        if (t.partialNote().isPresent()) {
          sites = notes.mark(sites, t.partialNote().get());
        }
        table.addCell(out.cell(sites, f, Element.ALIGN_RIGHT, fill, false));
        table.addCell(out.cell(HouseStyle.count(t.acute()), f, Element.ALIGN_RIGHT, fill, false));
        table.addCell(
            out.cell(HouseStyle.count(t.cumulative()), f, Element.ALIGN_RIGHT, fill, false));
        table.addCell(out.rateCell(t.perDay(), f, fill, false));
        table.addCell(out.rateCell(t.perHour(), f, fill, false));
      } else {
        PdfPCell none = out.cell(entry.status().label(), status, Element.ALIGN_LEFT, fill, false);
        none.setColspan(5);
        table.addCell(none);
      }
    }
    if (analysis.timeline().isEmpty()) {
      PdfPCell none =
          out.cell(
              "No action in the calendar up to this date.",
              out.small,
              Element.ALIGN_LEFT,
              null,
              false);
      none.setColspan(8);
      table.addCell(none);
    }
    out.add(table);
    notes.write();

    if (!analysis.history().isEmpty()) {
      runningTotalBySite(analysis.history().getLast());
      var chart = ChartFactory.runningTotal(analysis);
      if (chart.isPresent()) {
        out.chart(
            chart.get(),
            ChartFactory.runningTotalAltText(analysis),
            60 + 26f * analysis.history().size());
      }
    }
    analysis.monthlyChanges().ifPresent(this::changesQuietly);
  }

  /**
   * "n/a: no return — took part; no return received", "n/a: no figure — sent a return that could
   * not be read: ...", "n/a: not applicable — did not take part": a site without figures for the
   * action by its standing, never one word for all three.
   */
  private String without(ActionTotal last, String code) {
    SiteBreakdown site = last.without().get(code);
    return site == null
        ? PackLayout.noFigure("no figures for this action")
        : PackLayout.without(site.status(), site.statusText());
  }

  /** Each site's running total after the last action with returns, sites in register order. */
  private void runningTotalBySite(ActionTotal last) throws DocumentException {
    out.subheading("Running total by site");
    out.paragraph(
        "Each site's total of every action with returns, up to and including "
            + last.action().describe()
            + ". A site appears once it has reported for any action.");
    List<String> codes = new ArrayList<>();
    analysis
        .dataset()
        .sites()
        .forEach(
            site -> {
              if (last.cumulativeBySite().containsKey(site.odsCode())) {
                codes.add(site.odsCode());
              }
            });
    last.cumulativeBySite().keySet().stream()
        .filter(c -> !codes.contains(c))
        .sorted()
        .forEach(codes::add);
    PdfGrid table = out.table(new float[] {2.2f, 1.2f, 1.6f, 1.6f});
    out.header(table, "Site", Element.ALIGN_LEFT);
    out.header(table, "ODS code", Element.ALIGN_LEFT);
    out.header(table, last.action().shortLabel(), Element.ALIGN_RIGHT);
    out.header(table, "Running total since the first action", Element.ALIGN_RIGHT);
    table.setHeaderRows(1);
    Notes notes = new Notes(out);
    int i = 0;
    for (String code : codes) {
      Color fill = i++ % 2 == 1 ? BoardPackPdf.ROW_SHADE : null;
      table.addCell(
          out.cell(analysis.dataset().siteLabel(code), out.small, Element.ALIGN_LEFT, fill, false));
      table.addCell(out.cell(code, out.small, Element.ALIGN_LEFT, fill, false));
      Long latest = last.bySite().get(code);
      table.addCell(
          out.cell(
              latest == null
                  ? notes.mark(PackLayout.NOT_APPLICABLE, without(last, code))
                  : HouseStyle.count(latest),
              out.small,
              Element.ALIGN_RIGHT,
              fill,
              false));
      table.addCell(
          out.cell(
              HouseStyle.count(last.cumulativeBySite().get(code)),
              out.small,
              Element.ALIGN_RIGHT,
              fill,
              false));
    }
    table.addCell(
        out.cell(
            analysis.allSites().label(),
            out.smallBold,
            Element.ALIGN_LEFT,
            BoardPackPdf.PALE_GREY,
            true));
    table.addCell(out.cell("", out.smallBold, Element.ALIGN_LEFT, BoardPackPdf.PALE_GREY, true));
    table.addCell(
        out.cell(
            HouseStyle.count(last.acute()),
            out.smallBold,
            Element.ALIGN_RIGHT,
            BoardPackPdf.PALE_GREY,
            true));
    table.addCell(
        out.cell(
            HouseStyle.count(last.cumulative()),
            out.smallBold,
            Element.ALIGN_RIGHT,
            BoardPackPdf.PALE_GREY,
            true));
    table.setKeepTogether(codes.size() < 20);
    out.add(table);
    notes.write();
  }

  private void changesQuietly(MonthlyChanges changes) {
    try {
      changes(changes);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What changed since the pack for the month before: new actions, then figures revised by a later
   * return.
   */
  private void changes(MonthlyChanges c) throws DocumentException {
    out.subheading("Changes since last month");
    out.paragraph(
        "Since "
            + c.since()
            + ", all sites, inpatient, outpatient and total-only returns added together:");
    List<Phrase> items = new ArrayList<>();
    for (ActionTotal t : c.newActions()) {
      Phrase p = new Phrase("", out.body);
      p.add(new Chunk("New: ", out.bodyBold));
      p.add(
          new Chunk(
              t.action().title() + ", " + HouseStyle.count(t.acute()) + " rescheduled", out.body));
      items.add(p);
    }
    if (c.newActions().isEmpty()) {
      items.add(new Phrase("No new action has returns.", out.body));
    }
    for (MonthlyChanges.Revision r : c.revisions()) {
      Phrase p = new Phrase("", out.body);
      p.add(new Chunk("Revised: ", out.bodyBold));
      p.add(
          new Chunk(
              r.siteLabel()
                  + ", "
                  + r.action().title()
                  + ": "
                  + HouseStyle.count(r.before())
                  + " \u2192 "
                  + HouseStyle.count(r.now())
                  + " ("
                  + (r.change() < 0 ? "-" : "+")
                  + HouseStyle.count(Math.abs(r.change()))
                  + "), from "
                  + r.file(),
              out.body));
      items.add(p);
    }
    if (c.revisions().isEmpty()) {
      items.add(new Phrase("No earlier figures were revised.", out.body));
    }
    out.layout.bullets(items, new Chunk("\u2022", out.bodyBold), 12, 14, 3);
    out.layout.space(6);
  }

  private static String staffGroups(IndustrialAction action) {
    return HouseStyle.capitalise(
        HouseStyle.joinWithAnd(
            action.orderedStaffGroups().stream().map(StaffGroup::label).toList()));
  }
}
