package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.ActionTotal;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.CumulativeStep;
import io.strikeimpact.model.analysis.EnglandContext;
import io.strikeimpact.model.analysis.EnglandHistoryRow;
import io.strikeimpact.model.analysis.EnglandShare;
import io.strikeimpact.model.analysis.EnglandValue;
import io.strikeimpact.model.analysis.PartsCheck;
import io.strikeimpact.model.text.HouseStyle;
import io.strikeimpact.reports.chart.EnglandChart;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;

/**
 * The local figures beside NHS England's published figures for England: the focus action's share of
 * England's on each basis with the caveat, every action beside England's per-action and cumulative
 * figures (a derived figure says so, a missing one says "not published", never 0), a chart of the
 * share by action, England's cumulative totals that do not add up, and the revisions between
 * releases. Written only when the data folder has a national file. Nothing is computed here: every
 * figure and sentence comes from {@link EnglandContext}.
 */
final class EnglandSection implements PackSection {
  static final String TITLE = "England";

  private final Analysis analysis;
  private final EnglandContext england;
  private final PackLayout out;

  EnglandSection(Pack pack) {
    this.analysis = pack.analysis();
    this.england = pack.analysis().england();
    this.out = pack.out();
  }

  /** The section's title for the Contents, when the analysis has England's figures. */
  static Optional<String> title(Analysis analysis) {
    return analysis.england().isEmpty() ? Optional.empty() : Optional.of(TITLE);
  }

  @Override
  public void write() throws DocumentException {
    if (england.isEmpty()) {
      return;
    }
    out.heading(TITLE, 220);
    out.paragraph(
        "The sites here beside NHS England's published figures for England: acute activity"
            + " rescheduled, inpatient and outpatient, as NHS England counts it (community and mental"
            + " health appointments are reported apart and not included). "
            + EnglandShare.CAVEAT
            + ", so a share is a guide to scale, not an exact proportion. "
            + EnglandContext.BASES
            + ".");
    focus();
    history();
    chart();
    checks();
    revisions();
  }

  /** The focus action's shares: a sentence each, then the figures with their sources. */
  private void focus() throws DocumentException {
    if (england.focus().isEmpty()) {
      out.paragraph("No site here sent figures for " + analysis.focus().describe() + ".");
      return;
    }
    out.subheading(analysis.focus().title());
    List<Phrase> items = new ArrayList<>();
    for (EnglandShare s : england.focus()) {
      Phrase p = new Phrase("", out.body);
      p.add(new Chunk(HouseStyle.capitalise(s.measure().label()) + ": ", out.bodyBold));
      p.add(new Chunk(s.sentence() + ".", out.body));
      items.add(p);
    }
    out.layout.bullets(items, new Chunk("\u2022", out.bodyBold), 12, 14, 3);
    out.layout.space(4);
    EnglandContext.partialNote(analysis.partialTotal()).ifPresent(out::paragraph);

    Notes notes = new Notes(out);
    PdfGrid table = out.table(new float[] {1.5f, 0.8f, 1.3f, 0.9f, 2.8f});
    out.header(table, "Measure", Element.ALIGN_LEFT);
    out.header(table, "Here", Element.ALIGN_RIGHT);
    out.header(table, "England", Element.ALIGN_RIGHT);
    out.header(table, "Share of England", Element.ALIGN_RIGHT);
    out.header(table, "England's figure from", Element.ALIGN_LEFT);
    table.setHeaderRows(1);
    int i = 0;
    for (EnglandShare s : england.focus()) {
      Color fill = i++ % 2 == 1 ? BoardPackPdf.ROW_SHADE : null;
      table.addCell(
          out.cell(
              HouseStyle.capitalise(s.measure().label()),
              out.small,
              Element.ALIGN_LEFT,
              fill,
              false));
      table.addCell(
          out.cell(HouseStyle.count(s.local()), out.small, Element.ALIGN_RIGHT, fill, false));
      table.addCell(
          out.cell(figure(s.england(), notes), out.small, Element.ALIGN_RIGHT, fill, false));
      table.addCell(
          out.cell(share(Optional.of(s), notes), out.small, Element.ALIGN_RIGHT, fill, false));
      table.addCell(
          out.cell(
              s.england().known() ? s.england().source() : "no release gives it",
              out.note,
              Element.ALIGN_LEFT,
              fill,
              false));
    }
    table.setKeepTogether(true);
    out.add(table);
    notes.write();
  }

  /** Every action beside England's per-action and cumulative figures. */
  private void history() throws DocumentException {
    if (england.history().isEmpty()) {
      return;
    }
    // The heading, its paragraph and the table (kept together) on one page.
    out.layout.ensureSpace(110 + 30f * (england.history().size() + 1));
    out.subheading("Each action beside England");
    out.paragraph(
        "Action by action, the acute total here and England's, and the running totals since the"
            + " first action. A figure NHS England did not publish reads \"not published\" and is"
            + " never counted as 0; one worked out from two of its cumulative totals reads"
            + " \"derived by subtraction, not published\""
            + (england.history().stream()
                    .anyMatch(
                        r ->
                            r.englandCumulative().kind()
                                == io.strikeimpact.model.analysis.NationalAction.Kind.SUMMED)
                ? ". Where no release stated England's running total, it is added up here from"
                    + " the published figures of each action, and is not itself published."
                : "."));
    Notes notes = new Notes(out);
    PdfGrid table = out.table(new float[] {1.8f, 1.0f, 1.35f, 0.8f, 0.85f, 1.3f, 0.8f});
    out.header(table, "Action", Element.ALIGN_LEFT);
    out.header(table, "Here", Element.ALIGN_RIGHT);
    out.header(table, "England", Element.ALIGN_RIGHT);
    out.header(table, "Share", Element.ALIGN_RIGHT);
    out.header(table, "Here since the first", Element.ALIGN_RIGHT);
    out.header(table, "England since the first", Element.ALIGN_RIGHT);
    out.header(table, "Share since the first", Element.ALIGN_RIGHT);
    table.setHeaderRows(1);
    Font status = out.fonts.font(8.5f, false, BoardPackPdf.GREY);
    int i = 0;
    for (EnglandHistoryRow r : england.history()) {
      boolean focus = analysis.focus().actionIds().contains(r.action().id());
      Font f = focus ? out.smallBold : out.small;
      Color fill = i++ % 2 == 1 ? BoardPackPdf.ROW_SHADE : null;
      table.addCell(
          out.cell(
              ActionGroup.of(r.action()).title() + (focus ? " (focus)" : ""),
              f,
              Element.ALIGN_LEFT,
              fill,
              false));
      Optional<ActionTotal> local = r.local();
      table.addCell(
          local.isPresent()
              ? out.cell(HouseStyle.count(local.get().acute()), f, Element.ALIGN_RIGHT, fill, false)
              : out.cell(r.status().label(), status, Element.ALIGN_RIGHT, fill, false));
      table.addCell(out.cell(figure(r.england(), notes), f, Element.ALIGN_RIGHT, fill, false));
      // A share of figures from some of the returns is partial: the note says which are missing.
      String share = share(r.share());
      if (local.isPresent() && local.get().partialNote().isPresent()) {
        share = notes.mark(share, local.get().partialNote().get());
      }
      table.addCell(out.cell(share, f, Element.ALIGN_RIGHT, fill, false));
      table.addCell(
          local.isPresent()
              ? out.cell(
                  HouseStyle.count(local.get().cumulative()), f, Element.ALIGN_RIGHT, fill, false)
              : out.cell("", f, Element.ALIGN_RIGHT, fill, false));
      table.addCell(
          out.cell(figure(r.englandCumulative(), notes), f, Element.ALIGN_RIGHT, fill, false));
      table.addCell(
          out.cell(share(r.cumulativeShare(), notes), f, Element.ALIGN_RIGHT, fill, false));
    }
    table.setKeepTogether(england.history().size() < 20);
    out.add(table);
    notes.write();
  }

  private void chart() throws DocumentException {
    var chart = EnglandChart.shareByAction(analysis);
    if (chart.isPresent()) {
      out.chart(
          chart.get(),
          EnglandChart.altText(analysis),
          PackLayout.singleBarChartHeight(
                  (int) england.history().stream().filter(r -> r.share().isPresent()).count())
              + 16);
    }
  }

  /** England's cumulative totals and acute totals that do not add up, each with both figures. */
  private void checks() throws DocumentException {
    out.subheading("England's totals checked");
    List<CumulativeStep> steps = england.figures().steps();
    List<PartsCheck> parts = england.figures().parts();
    if (steps.isEmpty() && parts.isEmpty()) {
      out.paragraph(
          "The national file states no cumulative total and no acute total beside its parts, so"
              + " there is nothing to check.");
      return;
    }
    int agree = 0;
    int shown = 0;
    for (CumulativeStep s : steps) {
      switch (s.outcome()) {
        case AGREES -> agree++;
        case DERIVES -> {
          labelled("Derived: ", s.message());
          shown++;
        }
        case DIFFERS, NOT_CHECKED -> {
          out.warningBox(s.message());
          shown++;
        }
      }
    }
    for (PartsCheck p : parts) {
      if (p.agrees()) {
        agree++;
      } else {
        out.warningBox(p.message());
        shown++;
      }
    }
    if (agree > 0) {
      String ending = agree == 1 ? "its parts." : "their parts.";
      out.paragraph(
          shown > 0
              ? HouseStyle.capitalise(
                      HouseStyle.quantity(
                          agree,
                          "other stated total of England's agrees",
                          "other stated totals of England's agree"))
                  + " with the sum of "
                  + ending
              : agree == 1
                  ? "England's one stated total agrees with the sum of its parts."
                  : "All "
                      + HouseStyle.count(agree)
                      + " of England's stated totals agree with the sum of their parts.");
    }
  }

  private void revisions() throws DocumentException {
    if (england.figures().revisions().isEmpty()) {
      return;
    }
    out.subheading("Revised between releases");
    List<Phrase> items = new ArrayList<>();
    england.figures().revisions().forEach(r -> items.add(new Phrase(r.describe() + ".", out.body)));
    out.layout.bullets(items, new Chunk("\u2022", out.bodyBold), 12, 14, 3);
    out.layout.space(6);
  }

  private void labelled(String label, String text) throws DocumentException {
    Paragraph p = new Paragraph("", out.body);
    p.add(new Chunk(label, out.bodyBold));
    p.add(new Chunk(text, out.body));
    p.setSpacingAfter(6);
    out.add(p);
  }

  /** "175,122"; a derived figure with a note that says how; "not published". */
  private static String figure(EnglandValue v, Notes notes) {
    return v.derived() ? notes.mark(v.text(), "Derived: " + v.source()) : v.text();
  }

  private static String share(Optional<EnglandShare> s) {
    return s.map(EnglandShare::shareText).orElse("");
  }

  /**
   * A share, or "n/a" with a note naming the returns a local running total lacks: the reason is too
   * long for a cell of a table, and the same for every row it applies to.
   */
  private static String share(Optional<EnglandShare> s, Notes notes) {
    return s.filter(x -> !x.localGap().isEmpty())
        .map(x -> notes.mark("n/a", "No share since the first action: " + x.localGap()))
        .orElseGet(() -> share(s));
  }
}
