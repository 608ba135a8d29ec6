package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.ActionPeriod;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.PartialTotal;
import io.strikeimpact.model.analysis.Projection;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.analysis.UnreadableReturn;
import io.strikeimpact.model.text.HouseStyle;
import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Page 1: the organisation, the title, the action and its times, the headline figure and the
 * contents.
 */
final class CoverSection implements PackSection {
  private final Analysis analysis;
  private final PackLayout out;

  /** The logo fits in 40 mm by 50 points at the top right of the cover band. */
  private static final float LOGO_WIDTH = 40 / 25.4f * 72;

  private static final float LOGO_HEIGHT = 50;
  private static final float LOGO_TOP = 28;

  CoverSection(Pack pack) {
    this.analysis = pack.analysis();
    this.out = pack.out();
  }

  @Override
  public void write() throws DocumentException, IOException {
    out.layout.section();
    cover();
    // The pages after the cover have no band: their text starts higher.
    out.document.setMargins(
        PackLayout.MARGIN, PackLayout.MARGIN, PackLayout.TOP, PackLayout.BOTTOM);
    out.layout.newPage();
    out.layout.section();
  }

  /**
   * Draws the configured logo, if any, at the top right of the cover band, scaled to fit 40 mm by
   * 50 points, as a Figure whose alternative text names the organisation. Returns its width, 0 when
   * there is none.
   */
  private float logo(Rectangle page) throws DocumentException {
    var logo = analysis.settings().branding().logo();
    if (logo.isEmpty()) {
      return 0;
    }
    org.openpdf.text.Image image;
    try {
      image = org.openpdf.text.Image.getInstance(logo.get().bytes());
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(
          "the logo (" + logo.get().format() + ") could not be read: " + e.getMessage());
    }
    float scale = Math.min(LOGO_WIDTH / image.getWidth(), LOGO_HEIGHT / image.getHeight());
    float width = image.getWidth() * scale;
    float height = image.getHeight() * scale;
    out.layout.figureAt(
        image,
        page.getWidth() - PackLayout.MARGIN - width,
        page.getHeight() - LOGO_TOP - height,
        width,
        height,
        "Logo of " + analysis.settings().organisation());
    return width;
  }

  private void cover() throws DocumentException {
    Rectangle page = out.document.getPageSize();
    float bandHeight = PackLayout.COVER_BAND;
    PdfContentByte under = out.writer.getDirectContentUnder();
    out.layout.artifact(
        under,
        c -> {
          c.saveState();
          c.setColorFill(out.primary);
          c.rectangle(0, page.getHeight() - bandHeight, page.getWidth(), bandHeight);
          c.fill();
          c.restoreState();
        });

    float afterBand = out.layout.y();
    float logoWidth = logo(page);
    out.layout.moveTo(page.getHeight() - 40);
    // The organisation's name keeps clear of the logo beside it.
    out.document.setMargins(
        PackLayout.MARGIN,
        PackLayout.MARGIN + (logoWidth > 0 ? logoWidth + 12 : 0),
        PackLayout.COVER_TOP,
        PackLayout.BOTTOM);
    out.layout.paragraph(
        new Phrase(analysis.settings().organisation(), out.fonts.font(12, true, Color.WHITE)),
        15,
        0,
        60);
    out.document.setMargins(
        PackLayout.MARGIN, PackLayout.MARGIN, PackLayout.COVER_TOP, PackLayout.BOTTOM);
    out.layout.heading(
        1, analysis.settings().title(), out.fonts.font(26, true, Color.WHITE), 0, 0, false);
    out.layout.moveTo(afterBand);

    out.layout.heading(
        2,
        analysis.focus().title(),
        out.fonts.font(18, true, BoardPackPdf.NHS_DARK_BLUE),
        0,
        6,
        false);
    coverSheet();
    out.add(labelled("Period of action", period()));
    analysis
        .comparison()
        .ifPresent(c -> out.addQuietly(labelled("Compared with", c.baseline().describe())));
    out.add(labelled("Area", analysis.settings().area()));
    Paragraph made =
        new Paragraph("Made on " + HouseStyle.date(analysis.settings().asOf()), out.bodyBold);
    made.setSpacingBefore(6);
    out.add(made);
    headline();
  }

  /** The board's cover sheet: who the paper is for and what they are asked to do with it. */
  private void coverSheet() throws DocumentException {
    BoardCover c = out.cover;
    PdfGrid table = out.table(new float[] {1.25f, 3.75f});
    out.header(table, "Cover sheet", Element.ALIGN_LEFT);
    out.header(table, "For this paper", Element.ALIGN_LEFT);
    table.setHeaderRows(1);
    List<String[]> rows =
        List.of(
            new String[] {"Report to", c.reportTo()},
            new String[] {
              "Meeting date",
              c.meetingDate().map(HouseStyle::date).orElse(BoardCover.TO_BE_CONFIRMED)
            },
            new String[] {"Agenda item", orToBeConfirmed(c.agendaItem())},
            new String[] {
              "Title",
              c.title().isEmpty()
                  ? analysis.settings().title() + " (" + analysis.focus().title() + ")"
                  : c.title()
            },
            new String[] {"Executive lead", c.executiveLead()},
            new String[] {
              "Author", c.author().isEmpty() ? analysis.settings().contact() : c.author()
            },
            new String[] {"Purpose", c.purpose().label()},
            new String[] {"Recommendation", recommendation(c)},
            new String[] {"Level of assurance", c.assurance().label()},
            new String[] {"Links to strategic risks", orToBeConfirmed(c.strategicRisks())});
    int i = 0;
    for (String[] row : rows) {
      java.awt.Color fill = i++ % 2 == 1 ? BoardPackPdf.ROW_SHADE : null;
      table.addCell(out.cell(row[0], out.smallBold, Element.ALIGN_LEFT, fill, false));
      table.addCell(out.cell(row[1], out.small, Element.ALIGN_LEFT, fill, false));
    }
    table.setKeepTogether(true);
    out.add(table);
  }

  private static String orToBeConfirmed(String value) {
    return value.isEmpty() ? BoardCover.TO_BE_CONFIRMED : value;
  }

  /** The configured recommendation, else "The Board is asked to note ..." from the purpose. */
  private String recommendation(BoardCover c) {
    if (!c.recommendation().isEmpty()) {
      return c.recommendation();
    }
    return "The Board is asked to "
        + c.purpose().verb()
        + " the activity rescheduled because of "
        + analysis.focus().describe()
        + analysis.projection().map(CoverSection::estimateFor).orElse("")
        + ".";
  }

  /** " and the estimate for the next action", or for the action that sent no returns. */
  private static String estimateFor(Projection p) {
    if (p.announced() || p.hypothetical()) {
      return " and the estimate for the next action";
    }
    return " and an estimate for "
        + p.describeAction()
        + (p.standing() == Projection.Standing.NOT_READ
            ? ", none of whose returns could be read"
            : p.ended()
                ? ", from which no returns were received"
                : ", under way, from which no returns have come in yet");
  }

  /** The one figure a reader takes away, in a box. */
  private void headline() throws DocumentException {
    List<Phrase> headline = new ArrayList<>();
    PartialTotal partial = analysis.partialTotal();
    if (!analysis.allSites().reported()) {
      // No site has figures: no figures, never a total of 0.
      headline.add(new Phrase("No figures", out.fonts.font(30, true, BoardPackPdf.NHS_DARK_BLUE)));
      headline.add(
          new Phrase(
              "for the appointments and procedures rescheduled because of "
                  + analysis.focus().describe()
                  + ": "
                  + analysis.allSites().statusText()
                  + ".",
              out.body));
      out.layout.box(headline, 14, BoardPackPdf.PALE_GREY, BoardPackPdf.NHS_BLUE, 6, 14, 14, 0);
      return;
    }
    headline.add(
        new Phrase(
            HouseStyle.count(analysis.allSites().total()),
            out.fonts.font(30, true, BoardPackPdf.NHS_DARK_BLUE)));
    headline.add(
        new Phrase(
            "appointments and procedures rescheduled "
                + where(partial)
                + " because of "
                + analysis.focus().describe()
                + ".",
            out.body));
    if (partial.partial()) {
      // A total without a site that took part is not the area's: the box says whose it lacks.
      headline.add(
          new Phrase(
              " The total is partial: " + partial.why() + partial.seeDataQuality() + ".",
              out.bodyBold));
    }
    int warnings = analysis.disagreeingTotals().size();
    if (warnings > 0) {
      headline.add(
          new Phrase(
              HouseStyle.capitalise(
                      HouseStyle.quantity(
                          warnings, "stated total does not agree", "stated totals do not agree"))
                  + " with the returns: see Data quality.",
              out.bodyBold));
    }
    // A site named as missing above is not counted again as a return that could not be read, nor
    // is a return that cannot be for this action (the nursing strikes' return, on March's cover).
    int unreadable =
        (int)
            UnreadableReturn.in(analysis.dataset()).stream()
                .filter(u -> !missingSites(partial).contains(u.odsCode()))
                .filter(u -> u.mayBeForAny(analysis.focus().actions(), analysis.dataset()))
                .count();
    if (unreadable > 0) {
      // A return that could not be read is not a return never sent: the headline leaves it out.
      headline.add(
          new Phrase(
              (unreadable == 1
                      ? " 1 return was received but could not be read"
                      : " " + unreadable + " returns were received but could not be read")
                  + (unreadable == 1 ? "; its" : "; their")
                  + " figures are not in this total: see Data quality.",
              out.bodyBold));
    }
    out.layout.box(headline, 14, BoardPackPdf.PALE_GREY, BoardPackPdf.NHS_BLUE, 6, 14, 14, 0);
  }

  /**
   * "across all reporting sites" when every site that took part has figures; else, and under
   * --site, the sites the total is of: "at QEH and JPUH".
   */
  private String where(PartialTotal partial) {
    List<String> reporting =
        analysis.sites().stream()
            .filter(SiteBreakdown::reported)
            .map(SiteBreakdown::label)
            .toList();
    boolean selected = !analysis.filter().odsCodes().isEmpty();
    if ((partial.lacksSites() || selected) && !reporting.isEmpty()) {
      return "at " + HouseStyle.joinWithAnd(reporting);
    }
    return "across all reporting sites";
  }

  private static java.util.Set<String> missingSites(PartialTotal partial) {
    return partial.missing().stream()
        .map(PartialTotal.Missing::odsCode)
        .collect(java.util.stream.Collectors.toSet());
  }

  private String period() {
    DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    List<String> parts = new ArrayList<>();
    for (IndustrialAction action : analysis.focus().actions()) {
      for (ActionPeriod p : action.periods()) {
        parts.add(
            time.format(p.start())
                + " on "
                + HouseStyle.date(p.start().toLocalDate())
                + " to "
                + time.format(p.end())
                + " on "
                + HouseStyle.date(p.end().toLocalDate()));
      }
    }
    return String.join("; ", parts) + " (UK time)";
  }

  private Paragraph labelled(String label, String value) {
    Paragraph p = new Paragraph("", out.body);
    p.add(new Chunk(label + ": ", out.bodyBold));
    p.add(new Chunk(value, out.body));
    p.setSpacingAfter(3);
    return p;
  }
}
