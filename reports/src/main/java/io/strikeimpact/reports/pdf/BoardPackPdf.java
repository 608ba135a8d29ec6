package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.ActionPeriod;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.ActionTotal;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Comparison;
import io.strikeimpact.model.analysis.ComparisonRow;
import io.strikeimpact.model.analysis.ComparisonSide;
import io.strikeimpact.model.analysis.Estimate;
import io.strikeimpact.model.analysis.MonthlyChanges;
import io.strikeimpact.model.analysis.Projection;
import io.strikeimpact.model.analysis.Rate;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.analysis.SiteProjection;
import io.strikeimpact.model.analysis.TimelineEntry;
import io.strikeimpact.model.analysis.UnreadableReturn;
import io.strikeimpact.model.text.HouseStyle;
import io.strikeimpact.reports.chart.ChartFactory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes one {@link Analysis} as a board pack: an A4 PDF with a cover, the executive summary, the
 * focus action by site and type, the comparison with the baseline, the history of actions (with
 * each site's running total and, for a board-paper month, what changed), the estimate for the next
 * action, data quality and the sources. Figures come from the analysis and are written through
 * {@link HouseStyle}; nothing is computed here.
 *
 * <p>Liberation Sans is embedded; charts are drawn as vectors with the same font; the footer reads
 * "Page 2 of 9". The same analysis gives the same bytes: dates are the analysis date at 00:00
 * Europe/London and the document ID is derived from the content.
 */
public final class BoardPackPdf {
  static final Color NHS_BLUE = new Color(0x005EB8);
  static final Color NHS_DARK_BLUE = new Color(0x003087);
  static final Color GREY = new Color(0x425563);
  static final Color PALE_GREY = new Color(0xE8EDEE);
  static final Color RULE = new Color(0xD8DDE0);
  static final Color WARNING_FILL = new Color(0xFFF4D6);
  static final Color WARM_YELLOW = new Color(0xFFB81C);
  static final Color BLACK = new Color(0x212B32);

  /** Every other row of a table. */
  static final Color ROW_SHADE = new Color(0xF5F7F7);

  private static final float MARGIN = 50;
  private static final float TOP = 50;
  private static final float BOTTOM = 64;
  private static final float COVER_BAND = 210;
  private static final float COVER_TOP = COVER_BAND + 36;

  /** The logo fits in 40 mm by 50 points at the top right of the cover band. */
  private static final float LOGO_WIDTH = 40 / 25.4f * 72;

  private static final float LOGO_HEIGHT = 50;
  private static final float LOGO_TOP = 28;
  private static final String NOT_APPLICABLE = "n/a";
  static final String PER_THOUSAND_PLANNED_HEADING = "Rescheduled per 1,000 planned";
  static final String NO_SHARE = "no site rescheduled anything, so there is no total to share";
  static final String PROJECTION_TITLE = "What to expect next: an estimate";
  private static final String BASIS_SENTENCE =
      "Rates are per day of action (07:00 to 07:00) and per hour of action, counted in Europe/London; "
          + "ratios are the focus rate divided by the baseline rate on the same basis.";

  /** Writes the pack for {@code analysis} to {@code out}; does not close {@code out}. */
  public void write(Analysis analysis, OutputStream out) throws IOException {
    Rendering first = render(analysis, 0);
    Rendering pack = render(analysis, first.pages());
    if (pack.pages() != first.pages()) {
      pack = render(analysis, pack.pages());
    }
    out.write(pack.bytes());
  }

  private record Rendering(byte[] bytes, int pages) {}

  private Rendering render(Analysis analysis, int totalPages) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
    Document document = new Document(PageSize.A4, MARGIN, MARGIN, COVER_TOP, BOTTOM);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, buffer);
      PdfFonts fonts = new PdfFonts();
      PageDecorations decorations = new PageDecorations(fonts, shortTitle(analysis), totalPages);
      writer.setPageEvent(decorations);
      PdfStandards.beforeOpen(writer);
      document.open();
      PdfStandards.afterOpen(
          writer,
          new PdfStandards.Info(
              analysis.settings().title() + ": " + analysis.focus().title(),
              analysis.settings().organisation(),
              "Activity rescheduled because of "
                  + analysis.focus().describe()
                  + ", "
                  + analysis.settings().area(),
              "industrial action, activity rescheduled, board pack",
              "Strike Impact",
              analysis.settings().asOf(),
              contentId(analysis)));
      new Sections(analysis, document, writer, fonts).writeAll();
      document.close();
      return new Rendering(buffer.toByteArray(), decorations.pages());
    } catch (DocumentException e) {
      throw new IOException("The board pack could not be laid out: " + e.getMessage(), e);
    }
  }

  private static String shortTitle(Analysis analysis) {
    return analysis.settings().title() + " | " + analysis.focus().shortLabel();
  }

  private static byte[] contentId(Analysis analysis) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(analysis.settings().toString().getBytes(StandardCharsets.UTF_8));
      md.update(analysis.focus().id().getBytes(StandardCharsets.UTF_8));
      for (String s : analysis.executiveSummary()) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
      }
      for (SourceFile f : analysis.dataset().sources()) {
        md.update(f.sha256().getBytes(StandardCharsets.UTF_8));
      }
      return Arrays.copyOf(md.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The sections of one rendering, in order. */
  private static final class Sections {
    private final Analysis analysis;
    private final Document document;
    private final PdfWriter writer;
    private final PdfFonts fonts;
    private final Font body;
    private final Font bodyBold;
    private final Font small;
    private final Font smallBold;
    private final Font note;
    private final Font tableHeader;
    private final TaggedLayout layout;

    /** The configured primary colour (NHS Blue by default): the cover band and table headers. */
    private final Color primary;

    Sections(Analysis analysis, Document document, PdfWriter writer, PdfFonts fonts) {
      this.analysis = analysis;
      this.primary = new Color(analysis.settings().branding().primary());
      this.document = document;
      this.writer = writer;
      this.fonts = fonts;
      this.layout = new TaggedLayout(document, writer);
      this.body = fonts.font(10, false, BLACK);
      this.bodyBold = fonts.font(10, true, BLACK);
      this.small = fonts.font(8.5f, false, BLACK);
      this.smallBold = fonts.font(8.5f, true, BLACK);
      this.note = fonts.font(7.5f, false, GREY);
      this.tableHeader = fonts.font(8, true, Color.WHITE);
    }

    void writeAll() throws DocumentException, IOException {
      layout.section();
      cover();
      document.setMargins(MARGIN, MARGIN, TOP, BOTTOM);
      layout.newPage();
      layout.section();
      executiveSummary();
      bySiteAndType();
      comparison();
      history();
      projection();
      EstimateAgainstOutcomeSection.write(analysis, layout, fonts, primary);
      dataQuality();
      sources();
    }

    // ------------------------------------------------------------ cover

    /**
     * Draws the configured logo, if any, at the top right of the cover band, scaled to fit 40 mm by
     * 50 points, as a Figure whose alternative text names the organisation. Returns its width, 0
     * when there is none.
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
      layout.figureAt(
          image,
          page.getWidth() - MARGIN - width,
          page.getHeight() - LOGO_TOP - height,
          width,
          height,
          "Logo of " + analysis.settings().organisation());
      return width;
    }

    private void cover() throws DocumentException {
      Rectangle page = document.getPageSize();
      float bandHeight = COVER_BAND;
      PdfContentByte under = writer.getDirectContentUnder();
      layout.artifact(
          under,
          c -> {
            c.saveState();
            c.setColorFill(primary);
            c.rectangle(0, page.getHeight() - bandHeight, page.getWidth(), bandHeight);
            c.fill();
            c.restoreState();
          });

      float afterBand = layout.y();
      float logoWidth = logo(page);
      layout.moveTo(page.getHeight() - 40);
      // The organisation's name keeps clear of the logo beside it.
      document.setMargins(MARGIN, MARGIN + (logoWidth > 0 ? logoWidth + 12 : 0), COVER_TOP, BOTTOM);
      layout.paragraph(
          new Phrase(analysis.settings().organisation(), fonts.font(12, true, Color.WHITE)),
          15,
          0,
          60);
      document.setMargins(MARGIN, MARGIN, COVER_TOP, BOTTOM);
      layout.heading(
          1, analysis.settings().title(), fonts.font(26, true, Color.WHITE), 0, 0, false);
      layout.moveTo(afterBand);

      layout.heading(
          2, analysis.focus().title(), fonts.font(18, true, NHS_DARK_BLUE), 0, 10, false);
      add(labelled("Period of action", period()));
      analysis
          .comparison()
          .ifPresent(c -> addQuietly(labelled("Compared with", c.baseline().describe())));
      add(labelled("Area", analysis.settings().area()));
      Paragraph made =
          new Paragraph("Made on " + HouseStyle.date(analysis.settings().asOf()), bodyBold);
      made.setSpacingBefore(6);
      add(made);

      List<Phrase> headline = new ArrayList<>();
      Phrase figure =
          new Phrase(
              HouseStyle.count(analysis.allSites().total()), fonts.font(30, true, NHS_DARK_BLUE));
      headline.add(figure);
      headline.add(
          new Phrase(
              "appointments and procedures rescheduled across all reporting sites because of "
                  + analysis.focus().describe()
                  + ".",
              body));
      int warnings = analysis.reconciliationWarnings().size();
      if (warnings > 0) {
        headline.add(
            new Phrase(
                (warnings == 1
                        ? "1 stated total does not agree"
                        : warnings + " stated totals do not agree")
                    + " with the returns: see Data quality.",
                bodyBold));
      }
      int unreadable = UnreadableReturn.in(analysis.dataset()).size();
      if (unreadable > 0) {
        // A return that could not be read is not a return never sent: the headline leaves it out.
        headline.add(
            new Phrase(
                (unreadable == 1
                        ? "1 return was received but could not be read"
                        : unreadable + " returns were received but could not be read")
                    + (unreadable == 1 ? "; its" : "; their")
                    + " figures are not in this total: see Data quality.",
                bodyBold));
      }
      layout.box(headline, 14, PALE_GREY, NHS_BLUE, 6, 14, 28, 0);

      layout.heading(2, "Contents", fonts.font(12, true, NHS_DARK_BLUE), 28, 4, false);
      org.openpdf.text.List contents = new org.openpdf.text.List(false, 12);
      for (String section : sectionTitles()) {
        contents.add(new ListItem(section, body));
      }
      add(contents);
    }

    private List<String> sectionTitles() {
      List<String> titles = new ArrayList<>();
      titles.add("Executive summary");
      titles.add("Rescheduled by site and type");
      if (analysis.comparison().isPresent()) {
        titles.add("Comparison with the baseline");
      }
      titles.add("History of industrial action");
      if (analysis.projection().isPresent()) {
        titles.add(PROJECTION_TITLE);
      }
      EstimateAgainstOutcomeSection.title(analysis).ifPresent(titles::add);
      titles.add("Data quality");
      titles.add("Appendix: sources");
      return titles;
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
      Paragraph p = new Paragraph("", body);
      p.add(new Chunk(label + ": ", bodyBold));
      p.add(new Chunk(value, body));
      p.setSpacingAfter(3);
      return p;
    }

    // ------------------------------------------------------------ executive summary

    private void executiveSummary() throws DocumentException {
      heading("Executive summary");
      org.openpdf.text.List bullets = new org.openpdf.text.List(false, 12);
      bullets.setListSymbol(new Chunk("\u2022", bodyBold));
      for (String sentence : analysis.executiveSummary()) {
        ListItem item = new ListItem(sentence, body);
        item.setSpacingAfter(5);
        item.setLeading(14);
        bullets.add(item);
      }
      add(bullets);
      for (Reconciliation r : analysis.reconciliationWarnings()) {
        warningBox(r.message());
      }
    }

    // ------------------------------------------------------------ by site and type

    private void bySiteAndType() throws DocumentException, IOException {
      boolean planned = anyPlanned();
      // With the column per 1,000 planned, rows wrap their workings: keep the notes with the table.
      heading(
          "Rescheduled by site and type",
          planned
              ? 150 + 44f * (analysis.sites().size() + 2)
              : 120 + 30f * (analysis.sites().size() + 2));
      paragraph(
          "Activity rescheduled because of "
              + analysis.focus().describe()
              + ", by site, as the returns gave it. Rates divide each site's total by the days and hours of action"
              + " (workings in grey).");
      Notes notes = new Notes();
      float[] widths =
          planned
              ? new float[] {1.05f, 0.97f, 0.85f, 1f, 0.8f, 0.65f, 1.4f, 1.4f, 1.45f}
              : new float[] {1.25f, 1f, 1f, 1.15f, 1f, 0.8f, 1.35f, 1.35f};
      PdfGrid table = table(widths);
      header(table, "Site", Element.ALIGN_LEFT);
      for (ActivityType type : ActivityType.values()) {
        header(table, type.heading(), Element.ALIGN_RIGHT);
      }
      header(table, "Total", Element.ALIGN_RIGHT);
      header(table, "Share", Element.ALIGN_RIGHT);
      header(table, Basis.PER_DAY.heading(), Element.ALIGN_RIGHT);
      header(table, Basis.PER_HOUR.heading(), Element.ALIGN_RIGHT);
      if (planned) {
        header(table, PER_THOUSAND_PLANNED_HEADING, Element.ALIGN_RIGHT);
      }
      table.setHeaderRows(1);
      int row = 0;
      for (SiteBreakdown site : analysis.sites()) {
        siteRow(table, site, notes, row++ % 2 == 1, false, planned);
      }
      siteRow(table, analysis.allSites(), notes, false, true, planned);
      table.setKeepTogether(analysis.sites().size() < 20);
      add(table);
      notes.write();

      chart(ChartFactory.bySiteAndType(analysis), ChartFactory.bySiteAndTypeAltText(analysis), 230);
      chart(ChartFactory.shareBySite(analysis), ChartFactory.shareBySiteAltText(analysis), 170);
    }

    /**
     * Whether any return gave planned activity: only then has the pack a rate per 1,000 planned.
     */
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
      Font f = total ? smallBold : small;
      Color fill = total ? PALE_GREY : shaded ? ROW_SHADE : null;
      table.addCell(cell(site.label(), f, Element.ALIGN_LEFT, fill, total));
      for (ActivityType type : ActivityType.values()) {
        OptionalLong figure = site.figure(type);
        String text =
            figure.isPresent()
                ? HouseStyle.count(figure.getAsLong())
                : notes.mark(NOT_APPLICABLE, whyEmpty(site, type));
        table.addCell(cell(text, f, Element.ALIGN_RIGHT, fill, total));
      }
      String notReported =
          site.reported() ? null : notes.mark(NOT_APPLICABLE, notApplicable(site.statusText()));
      table.addCell(
          cell(
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
                  : notes.mark(NOT_APPLICABLE, notApplicable(NO_SHARE));
      table.addCell(cell(share, f, Element.ALIGN_RIGHT, fill, total));
      for (var rate : List.of(site.perDay(), site.perHour())) {
        if (rate.isPresent()) {
          table.addCell(rateCell(rate.get(), f, fill, total));
        } else {
          String reason =
              site.reported() ? "no days or hours of action to divide by" : site.statusText();
          table.addCell(
              cell(
                  notes.mark(NOT_APPLICABLE, notApplicable(reason)),
                  f,
                  Element.ALIGN_RIGHT,
                  fill,
                  total));
        }
      }
      if (planned) {
        if (site.perThousandPlanned().isPresent()) {
          table.addCell(rateCell(site.perThousandPlanned().get(), f, fill, total));
        } else {
          String reason =
              !site.reported()
                  ? site.statusText()
                  : site.odsCode().isEmpty()
                      ? "not every return gave planned activity"
                      : "the return gave no planned activity";
          table.addCell(
              cell(
                  notes.mark(NOT_APPLICABLE, notApplicable(reason)),
                  f,
                  Element.ALIGN_RIGHT,
                  fill,
                  total));
        }
      }
    }

    private String whyEmpty(SiteBreakdown site, ActivityType type) {
      if (!site.reported()) {
        return notApplicable(site.statusText());
      }
      if (type == ActivityType.TOTAL_ONLY) {
        return notApplicable("the return gave outpatient and inpatient figures, not a total only");
      }
      return "n/a: not split \u2014 the return gave a total only, with no outpatient and inpatient split";
    }

    private static String notApplicable(String why) {
      return "n/a: not applicable \u2014 " + why;
    }

    private PdfPCell rateCell(Rate rate, Font f, Color fill, boolean total) {
      Phrase p = new Phrase(HouseStyle.rate(rate.value()), f);
      p.add(new Chunk("\n" + rate.workings(), note));
      return cell(p, Element.ALIGN_RIGHT, fill, total);
    }

    // ------------------------------------------------------------ comparison

    private void comparison() throws DocumentException, IOException {
      if (analysis.comparison().isEmpty()) {
        return;
      }
      Comparison c = analysis.comparison().get();
      heading("Comparison with the baseline", 120 + 26f * (c.rows().size() + 3));
      paragraph(
          HouseStyle.capitalise(c.focus().describe())
              + " (the focus) against "
              + c.baseline().describe()
              + " (the baseline), site by site. "
              + "A site without figures for both is not applicable and is left out of the like-for-like total.");
      String[] perBasis = {"Total", "A day of action", "An hour of action"};
      boolean planned =
          c.rows().stream().anyMatch(r -> r.ratio(Basis.PER_THOUSAND_PLANNED).isPresent())
              || c.likeForLike().flatMap(r -> r.ratio(Basis.PER_THOUSAND_PLANNED)).isPresent();
      PdfGrid table =
          table(
              planned
                  ? new float[] {1.15f, 0.85f, 0.95f, 0.95f, 0.85f, 0.95f, 0.95f, 0.9f, 0.9f, 0.95f}
                  : new float[] {1.2f, 0.9f, 1f, 1f, 0.9f, 1f, 1f, 0.95f, 0.95f});
      header(table, "", Element.ALIGN_LEFT);
      groupHeader(table, c.focus().shortLabel(), 3);
      groupHeader(table, c.baseline().shortLabel(), 3);
      groupHeader(table, "Ratio, focus to baseline", planned ? 3 : 2);
      header(table, "Site", Element.ALIGN_LEFT);
      for (int i = 0; i < 2; i++) {
        for (String h : perBasis) {
          header(table, h, Element.ALIGN_RIGHT);
        }
      }
      header(table, "A day of action", Element.ALIGN_RIGHT);
      header(table, "An hour of action", Element.ALIGN_RIGHT);
      if (planned) {
        header(table, "Per 1,000 planned", Element.ALIGN_RIGHT);
      }
      table.setHeaderRows(2);
      Notes notes = new Notes();
      int i = 0;
      for (ComparisonRow row : c.rows()) {
        comparisonRow(table, row, row.label(), i++ % 2 == 1, false, planned, notes);
      }
      if (c.likeForLike().isPresent()) {
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
      add(table);
      notes.write();

      if (c.likeForLike().isEmpty()) {
        paragraph("No site sent figures for both, so no like-for-like comparison is possible.");
      }
      if (!c.excluded().isEmpty()) {
        paragraph(
            "Left out of the like-for-like comparison: "
                + String.join(
                    "; ", c.excluded().stream().map(e -> e.label() + " " + e.reason()).toList())
                + ".");
      }
      for (ComparisonRow row : c.comparableRows()) {
        ComparisonSide f = row.focus().orElseThrow();
        ComparisonSide b = row.baseline().orElseThrow();
        notePara(
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
      paragraph(
          planned
              ? BASIS_SENTENCE
                  + " Rates per 1,000 planned divide by the activity the returns say was planned for the days of action."
              : BASIS_SENTENCE);
      var chart = ChartFactory.comparison(analysis);
      if (chart.isPresent()) {
        chart(chart.get(), ChartFactory.comparisonAltText(analysis), 200);
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
      Font f = total ? smallBold : small;
      Color fill = total ? PALE_GREY : shaded ? ROW_SHADE : null;
      table.addCell(cell(label, f, Element.ALIGN_LEFT, fill, total));
      for (var side : List.of(row.focus(), row.baseline())) {
        if (side.isPresent()) {
          table.addCell(
              cell(HouseStyle.count(side.get().total()), f, Element.ALIGN_RIGHT, fill, total));
          table.addCell(
              cell(
                  HouseStyle.rate(side.get().perDay().value()),
                  f,
                  Element.ALIGN_RIGHT,
                  fill,
                  total));
          table.addCell(
              cell(
                  HouseStyle.rate(side.get().perHour().value()),
                  f,
                  Element.ALIGN_RIGHT,
                  fill,
                  total));
        } else {
          PdfPCell na = cell("not applicable", f, Element.ALIGN_CENTER, fill, total);
          na.setColspan(3);
          table.addCell(na);
        }
      }
      if (row.comparable()) {
        table.addCell(
            cell(
                row.ratio(Basis.PER_DAY).orElseThrow().times(),
                f,
                Element.ALIGN_RIGHT,
                fill,
                total));
        table.addCell(
            cell(
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
                      NOT_APPLICABLE,
                      notApplicable("the returns did not give planned activity for both actions"));
          table.addCell(cell(text, f, Element.ALIGN_RIGHT, fill, total));
        }
      } else {
        PdfPCell na =
            cell(
                "not applicable: " + row.notApplicableReason(), f, Element.ALIGN_LEFT, fill, total);
        na.setColspan(planned ? 3 : 2);
        table.addCell(na);
      }
    }

    // ------------------------------------------------------------ history

    private void history() throws DocumentException {
      heading("History of industrial action");
      paragraph(
          "Every action of the calendar up to "
              + HouseStyle.date(analysis.settings().asOf())
              + " and the next announced, oldest first, for all reporting sites: inpatient, outpatient and"
              + " total-only returns added together, with the running total. An action without returns"
              + " shows its status in place of figures; it is not counted as 0.");
      PdfGrid table = table(new float[] {2.1f, 0.95f, 0.65f, 0.85f, 0.75f, 1.0f, 1.25f, 1.25f});
      header(table, "Action", Element.ALIGN_LEFT);
      header(table, "Staff group", Element.ALIGN_LEFT);
      header(table, "Hours", Element.ALIGN_RIGHT);
      header(table, "Sites reporting", Element.ALIGN_RIGHT);
      header(table, "Total", Element.ALIGN_RIGHT);
      header(table, "Cumulative", Element.ALIGN_RIGHT);
      header(table, Basis.PER_DAY.heading(), Element.ALIGN_RIGHT);
      header(table, Basis.PER_HOUR.heading(), Element.ALIGN_RIGHT);
      table.setHeaderRows(1);
      Font status = fonts.font(8.5f, false, GREY);
      int i = 0;
      for (TimelineEntry entry : analysis.timeline()) {
        IndustrialAction action = entry.action();
        boolean focus = analysis.focus().actionIds().contains(action.id());
        Font f = focus ? smallBold : small;
        Color fill = i++ % 2 == 1 ? ROW_SHADE : null;
        table.addCell(
            cell(
                ActionGroup.of(action).title() + (focus ? " (focus)" : ""),
                f,
                Element.ALIGN_LEFT,
                fill,
                false));
        table.addCell(cell(staffGroups(action), f, Element.ALIGN_LEFT, fill, false));
        table.addCell(cell(HouseStyle.hours(action.hours()), f, Element.ALIGN_RIGHT, fill, false));
        if (entry.figures().isPresent()) {
          ActionTotal t = entry.figures().get();
          table.addCell(
              cell(Integer.toString(t.sitesReporting()), f, Element.ALIGN_RIGHT, fill, false));
          table.addCell(cell(HouseStyle.count(t.acute()), f, Element.ALIGN_RIGHT, fill, false));
          table.addCell(
              cell(HouseStyle.count(t.cumulative()), f, Element.ALIGN_RIGHT, fill, false));
          table.addCell(rateCell(t.perDay(), f, fill, false));
          table.addCell(rateCell(t.perHour(), f, fill, false));
        } else {
          PdfPCell none = cell(entry.status().label(), status, Element.ALIGN_LEFT, fill, false);
          none.setColspan(5);
          table.addCell(none);
        }
      }
      if (analysis.timeline().isEmpty()) {
        PdfPCell none =
            cell(
                "No action in the calendar up to this date.",
                small,
                Element.ALIGN_LEFT,
                null,
                false);
        none.setColspan(8);
        table.addCell(none);
      }
      add(table);

      if (!analysis.history().isEmpty()) {
        runningTotalBySite(analysis.history().getLast());
        var chart = ChartFactory.runningTotal(analysis);
        if (chart.isPresent()) {
          chart(
              chart.get(),
              ChartFactory.runningTotalAltText(analysis),
              60 + 26f * analysis.history().size());
        }
      }
      analysis.monthlyChanges().ifPresent(this::changesQuietly);
    }

    /** Each site's running total after the last action with returns, sites in register order. */
    private void runningTotalBySite(ActionTotal last) throws DocumentException {
      subheading("Running total by site");
      paragraph(
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
      PdfGrid table = table(new float[] {2.2f, 1.2f, 1.6f, 1.6f});
      header(table, "Site", Element.ALIGN_LEFT);
      header(table, "ODS code", Element.ALIGN_LEFT);
      header(table, last.action().shortLabel(), Element.ALIGN_RIGHT);
      header(table, "Running total since the first action", Element.ALIGN_RIGHT);
      table.setHeaderRows(1);
      Notes notes = new Notes();
      int i = 0;
      for (String code : codes) {
        Color fill = i++ % 2 == 1 ? ROW_SHADE : null;
        table.addCell(
            cell(analysis.dataset().siteLabel(code), small, Element.ALIGN_LEFT, fill, false));
        table.addCell(cell(code, small, Element.ALIGN_LEFT, fill, false));
        Long latest = last.bySite().get(code);
        table.addCell(
            cell(
                latest == null
                    ? notes.mark(NOT_APPLICABLE, notApplicable("no figures for this action"))
                    : HouseStyle.count(latest),
                small,
                Element.ALIGN_RIGHT,
                fill,
                false));
        table.addCell(
            cell(
                HouseStyle.count(last.cumulativeBySite().get(code)),
                small,
                Element.ALIGN_RIGHT,
                fill,
                false));
      }
      table.addCell(cell("All sites", smallBold, Element.ALIGN_LEFT, PALE_GREY, true));
      table.addCell(cell("", smallBold, Element.ALIGN_LEFT, PALE_GREY, true));
      table.addCell(
          cell(HouseStyle.count(last.acute()), smallBold, Element.ALIGN_RIGHT, PALE_GREY, true));
      table.addCell(
          cell(
              HouseStyle.count(last.cumulative()),
              smallBold,
              Element.ALIGN_RIGHT,
              PALE_GREY,
              true));
      table.setKeepTogether(codes.size() < 20);
      add(table);
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
     * What changed since the pack for the month before: new actions, then figures revised by a
     * later return.
     */
    private void changes(MonthlyChanges c) throws DocumentException {
      subheading("Changes since last month");
      paragraph(
          "Since the pack for "
              + HouseStyle.month(c.month().minusMonths(1).atDay(1))
              + ", all sites, inpatient, outpatient and total-only returns added together:");
      List<Phrase> items = new ArrayList<>();
      for (ActionTotal t : c.newActions()) {
        Phrase p = new Phrase("", body);
        p.add(new Chunk("New: ", bodyBold));
        p.add(
            new Chunk(
                t.action().title() + ", " + HouseStyle.count(t.acute()) + " rescheduled", body));
        items.add(p);
      }
      if (c.newActions().isEmpty()) {
        items.add(new Phrase("No new action has returns.", body));
      }
      for (MonthlyChanges.Revision r : c.revisions()) {
        Phrase p = new Phrase("", body);
        p.add(new Chunk("Revised: ", bodyBold));
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
                body));
        items.add(p);
      }
      if (c.revisions().isEmpty()) {
        items.add(new Phrase("No earlier figures were revised.", body));
      }
      layout.bullets(items, new Chunk("\u2022", bodyBold), 12, 14, 3);
      layout.space(6);
    }

    private static String staffGroups(IndustrialAction action) {
      return HouseStyle.capitalise(
          HouseStyle.joinWithAnd(
              action.orderedStaffGroups().stream().map(StaffGroup::label).toList()));
    }

    // ------------------------------------------------------------ projection

    private void projection() throws DocumentException {
      if (analysis.projection().isEmpty()) {
        return;
      }
      Projection p = analysis.projection().get();
      heading(PROJECTION_TITLE, 150 + 26f * (p.sites().size() + 2));
      String basis =
          p.hypothetical()
              ? "assuming "
                  + HouseStyle.quantity(p.hours(), "hour", "hours")
                  + " of action, as given"
              : p.announced()
                  ? "announced for " + HouseStyle.quantity(p.hours(), "hour", "hours")
                  : "which is "
                      + p.standing().label()
                      + " ("
                      + HouseStyle.quantity(p.hours(), "hour", "hours")
                      + ")";
      paragraph(
          "An estimate, not a count, of what "
              + p.describeAction()
              + " may reschedule, "
              + basis
              + ". Estimates are rounded to whole numbers; the low and high run from the lowest to the highest"
              + " rate of the comparable actions.");
      Notes notes = new Notes();
      PdfGrid table = table(new float[] {1.2f, 1.05f, 1.05f, 1.05f, 0.95f, 0.95f, 1.3f});
      header(table, "Site", Element.ALIGN_LEFT);
      header(table, ActivityType.OUTPATIENT.heading() + " (estimate)", Element.ALIGN_RIGHT);
      header(table, ActivityType.INPATIENT.heading() + " (estimate)", Element.ALIGN_RIGHT);
      header(table, "Total (estimate)", Element.ALIGN_RIGHT);
      header(table, "Low (estimate)", Element.ALIGN_RIGHT);
      header(table, "High (estimate)", Element.ALIGN_RIGHT);
      header(table, "Rate an hour of action it rests on", Element.ALIGN_RIGHT);
      table.setHeaderRows(1);
      int i = 0;
      for (SiteProjection s : p.sites()) {
        projectionRow(table, p, s, notes, i++ % 2 == 1, false);
      }
      projectionRow(table, p, p.allSites(), notes, false, true);
      table.setKeepTogether(p.sites().size() < 20);
      add(table);
      notes.write();
      paragraph(p.method());
    }

    private void projectionRow(
        PdfGrid table, Projection p, SiteProjection s, Notes notes, boolean shaded, boolean total) {
      Font f = total ? smallBold : small;
      Color fill = total ? PALE_GREY : shaded ? ROW_SHADE : null;
      table.addCell(cell(s.label(), f, Element.ALIGN_LEFT, fill, total));
      for (ActivityType type : List.of(ActivityType.OUTPATIENT, ActivityType.INPATIENT)) {
        Estimate e = s.byType().get(type);
        String text =
            e != null
                ? HouseStyle.wholeRate(e.central())
                : notes.mark(
                    NOT_APPLICABLE,
                    notApplicable("the comparable returns gave no outpatient and inpatient split"));
        table.addCell(cell(text, f, Element.ALIGN_RIGHT, fill, total));
      }
      Estimate t = s.total();
      table.addCell(cell(HouseStyle.wholeRate(t.central()), f, Element.ALIGN_RIGHT, fill, total));
      if (t.hasRange()) {
        table.addCell(cell(HouseStyle.wholeRate(t.low()), f, Element.ALIGN_RIGHT, fill, total));
        table.addCell(cell(HouseStyle.wholeRate(t.high()), f, Element.ALIGN_RIGHT, fill, total));
      } else {
        String why =
            p.comparables().size() == 1
                ? "no range: the estimate rests on one comparable action"
                : "no range: the comparable actions give the same rate";
        PdfPCell none = cell(notes.mark("no range", why), f, Element.ALIGN_RIGHT, fill, total);
        none.setColspan(2);
        table.addCell(none);
      }
      table.addCell(
          cell(HouseStyle.rate(s.perHour()) + " an hour", f, Element.ALIGN_RIGHT, fill, total));
    }

    // ------------------------------------------------------------ data quality

    private void dataQuality() throws DocumentException {
      heading("Data quality");
      subheading("Stated totals checked against the returns");
      if (analysis.reconciliations().isEmpty()) {
        paragraph("No stated totals were given, so there was nothing to reconcile.");
      }
      for (Reconciliation r : analysis.reconciliations()) {
        if (r.agrees()) {
          Paragraph p = new Paragraph("", body);
          p.add(new Chunk("Agrees: ", bodyBold));
          p.add(new Chunk(r.message(), body));
          p.setSpacingAfter(6);
          add(p);
        } else {
          warningBox(r.message());
        }
      }

      subheading("Problems found in the data");
      List<DataProblem> problems = analysis.dataset().problems();
      if (problems.isEmpty()) {
        paragraph("No problems were found in the data.");
      }
      for (DataProblem p : problems) {
        Paragraph para = new Paragraph("", body);
        para.add(
            new Chunk(
                HouseStyle.capitalise(p.severity().name().toLowerCase(Locale.UK)) + ": ",
                bodyBold));
        para.add(new Chunk(p.message(), body));
        para.setSpacingAfter(4);
        add(para);
      }

      subheading("Rejected rows");
      List<RejectedRow> rejected = analysis.dataset().rejectedRows();
      if (rejected.isEmpty()) {
        paragraph("No rows were rejected.");
        return;
      }
      PdfGrid table = table(new float[] {1.6f, 1.6f, 3f});
      header(table, "Where", Element.ALIGN_LEFT);
      header(table, "Values", Element.ALIGN_LEFT);
      header(table, "Problems", Element.ALIGN_LEFT);
      table.setHeaderRows(1);
      for (RejectedRow r : rejected) {
        table.addCell(cell(r.row().describe(), small, Element.ALIGN_LEFT, null, false));
        table.addCell(cell(String.join(" | ", r.values()), small, Element.ALIGN_LEFT, null, false));
        table.addCell(
            cell(
                String.join("\n", r.problems().stream().map(DataProblem::message).toList()),
                small,
                Element.ALIGN_LEFT,
                null,
                false));
      }
      add(table);
    }

    // ------------------------------------------------------------ sources

    private void sources() throws DocumentException {
      heading("Appendix: sources");
      paragraph(
          "Every file read, with its SHA-256 fingerprint and what became of its rows. Every figure in this pack"
              + " traces to a file, sheet and cell; the Excel pack's Data sheet lists each one.");
      PdfGrid table = table(new float[] {1.5f, 1.3f, 3.2f, 0.7f, 0.7f, 0.8f});
      header(table, "File", Element.ALIGN_LEFT);
      header(table, "Role", Element.ALIGN_LEFT);
      header(table, "SHA-256", Element.ALIGN_LEFT);
      header(table, "Rows read", Element.ALIGN_RIGHT);
      header(table, "Rows used", Element.ALIGN_RIGHT);
      header(table, "Rows rejected", Element.ALIGN_RIGHT);
      table.setHeaderRows(1);
      Font hash = fonts.font(6.5f, false, BLACK);
      for (SourceFile f : analysis.dataset().sources()) {
        table.addCell(cell(f.name(), small, Element.ALIGN_LEFT, null, false));
        table.addCell(
            cell(
                f.role() + (f.profile().isEmpty() ? "" : " (" + f.profile() + ")"),
                small,
                Element.ALIGN_LEFT,
                null,
                false));
        table.addCell(cell(f.sha256(), hash, Element.ALIGN_LEFT, null, false));
        table.addCell(
            cell(HouseStyle.count(f.rowsRead()), small, Element.ALIGN_RIGHT, null, false));
        table.addCell(
            cell(HouseStyle.count(f.rowsUsed()), small, Element.ALIGN_RIGHT, null, false));
        table.addCell(
            cell(HouseStyle.count(f.rowsRejected()), small, Element.ALIGN_RIGHT, null, false));
      }
      if (analysis.dataset().sources().isEmpty()) {
        PdfPCell none = cell("No files were read.", small, Element.ALIGN_LEFT, null, false);
        none.setColspan(6);
        table.addCell(none);
      }
      add(table);
    }

    // ------------------------------------------------------------ building blocks

    private void heading(String text) throws DocumentException {
      heading(text, 160);
    }

    /**
     * A section heading (H2, bookmarked), on a new page unless {@code keepWith} points fit below
     * it.
     */
    private void heading(String text, float keepWith) throws DocumentException {
      layout.ensureSpace(keepWith);
      layout.heading(2, text, fonts.font(16, true, NHS_DARK_BLUE), 18, 8, true);
    }

    private void subheading(String text) throws DocumentException {
      layout.ensureSpace(80);
      layout.heading(3, text, fonts.font(11.5f, true, NHS_DARK_BLUE), 8, 4, false);
    }

    private void paragraph(String text) throws DocumentException {
      layout.paragraph(new Phrase(text, body), 14, 0, 8);
    }

    private void notePara(String text) throws DocumentException {
      layout.block(TaggedLayout.NOTE_ROLE, new Phrase(text, note), 9.5f, 0, 3, 0);
    }

    private void warningBox(String message) throws DocumentException {
      Phrase p = new Phrase("", body);
      p.add(new Chunk("Warning: ", bodyBold));
      p.add(new Chunk(message, body));
      layout.box(List.of(p), 14, WARNING_FILL, WARM_YELLOW, 5, 8, 6, 8);
    }

    private void chart(JFreeChart chart, String altText, float height) throws DocumentException {
      float width = layout.width();
      layout.ensureSpace(height + 54);
      PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
      Graphics2D g2 = template.createGraphics(width, height, fonts);
      try {
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
      } finally {
        g2.dispose();
      }
      layout.figure(template, width, height, altText, 14);
      layout.paragraph(new Phrase("Chart description: " + altText, note), 9.5f, 2, 6);
    }

    private PdfGrid table(float[] widths) {
      PdfGrid grid = new PdfGrid(widths);
      grid.table.headerFill = primary;
      grid.table.headerRule = Color.WHITE;
      grid.table.rule = RULE;
      grid.table.totalRule = GREY;
      grid.table.leading = 10.5f;
      return grid;
    }

    private void header(PdfGrid table, String text, int align) {
      PdfPCell cell = new PdfPCell(new Phrase(text, tableHeader));
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setHorizontalAlignment(align);
      table.addCell(cell);
    }

    private void groupHeader(PdfGrid table, String text, int span) {
      PdfPCell cell = new PdfPCell(new Phrase(text, tableHeader));
      cell.setBackgroundColor(NHS_DARK_BLUE);
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      cell.setColspan(span);
      table.addCell(cell);
    }

    private PdfPCell cell(String text, Font f, int align, Color fill, boolean total) {
      return cell(new Phrase(text, f), align, fill, total);
    }

    private PdfPCell cell(Phrase phrase, int align, Color fill, boolean total) {
      PdfPCell cell = new PdfPCell(phrase);
      cell.setHorizontalAlignment(align);
      cell.setBorder(total ? Rectangle.TOP | Rectangle.BOTTOM : Rectangle.BOTTOM);
      if (fill != null) {
        cell.setBackgroundColor(fill);
      }
      return cell;
    }

    private void add(PdfGrid grid) throws DocumentException {
      layout.table(grid.build(), 4, 8);
    }

    private void add(Paragraph p) throws DocumentException {
      float leading = p.getLeading() > 0 ? p.getLeading() : 14;
      layout.block(
          PdfName.P, p, leading, p.getSpacingBefore(), p.getSpacingAfter(), p.getIndentationLeft());
    }

    private void add(org.openpdf.text.List list) throws DocumentException {
      List<Phrase> items = new ArrayList<>();
      for (Object o : list.getItems()) {
        items.add((Phrase) o);
      }
      layout.bullets(items, new Chunk("\u2022", bodyBold), 12, 14, 5);
    }

    private void addQuietly(Paragraph e) {
      try {
        add(e);
      } catch (DocumentException ex) {
        throw new IllegalStateException(ex);
      }
    }

    /** Numbered notes for "n/a" cells: the same reason gets the same number. */
    private final class Notes {
      private final Map<String, Integer> numbers = new LinkedHashMap<>();

      String mark(String text, String reason) {
        int n = numbers.computeIfAbsent(reason, r -> numbers.size() + 1);
        return text + " [" + n + "]";
      }

      void write() throws DocumentException {
        for (Map.Entry<String, Integer> e : numbers.entrySet()) {
          Paragraph p = new Paragraph("[" + e.getValue() + "] " + e.getKey() + ".", note);
          p.setSpacingAfter(1);
          add(p);
        }
      }
    }
  }
}
