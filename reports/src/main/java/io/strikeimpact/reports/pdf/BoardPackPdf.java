package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.ActionPeriod;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.analysis.ActionTotal;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Comparison;
import io.strikeimpact.model.analysis.ComparisonRow;
import io.strikeimpact.model.analysis.ComparisonSide;
import io.strikeimpact.model.analysis.Rate;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.analysis.SiteBreakdown;
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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
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
import org.openpdf.text.Image;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes one {@link Analysis} as a board pack: an A4 PDF with a cover, the executive summary, the
 * focus action by site and type, the comparison with the baseline, the history of actions, data
 * quality and the sources. Figures come from the analysis and are written through {@link
 * HouseStyle}; nothing is computed here.
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

  private static final float MARGIN = 50;
  private static final float TOP = 50;
  private static final float BOTTOM = 64;
  private static final float COVER_BAND = 210;
  private static final float COVER_TOP = COVER_BAND + 36;
  private static final String NOT_APPLICABLE = "n/a";
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
      writer.setStrictImageSequence(true);
      writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
      document.addTitle(analysis.settings().title() + ": " + analysis.focus().title());
      document.addAuthor(analysis.settings().organisation());
      document.addSubject(
          "Activity rescheduled because of " + analysis.focus().describe() + ", " + analysis.settings().area());
      document.addKeywords("industrial action, activity rescheduled, board pack");
      document.addCreator("Strike Impact");
      // Document.setDocumentLanguage writes nothing unless the PDF is tagged: set /Lang directly.
      writer.getExtraCatalog().put(PdfName.LANG, new org.openpdf.text.pdf.PdfString("en-GB"));
      document.open();
      fixDatesAndId(writer, analysis);
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

  /** Creation and modification dates at 00:00 on the analysis date, and an ID from the content. */
  private static void fixDatesAndId(PdfWriter writer, Analysis analysis) {
    ZonedDateTime midnight = analysis.settings().asOf().atStartOfDay(ActionPeriod.LONDON);
    PdfDate date = new PdfDate(GregorianCalendar.from(midnight));
    writer.getInfo().put(PdfName.CREATIONDATE, date);
    writer.getInfo().put(PdfName.MODDATE, date);
    byte[] id = contentId(analysis);
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
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

    Sections(Analysis analysis, Document document, PdfWriter writer, PdfFonts fonts) {
      this.analysis = analysis;
      this.document = document;
      this.writer = writer;
      this.fonts = fonts;
      this.body = fonts.font(10, false, BLACK);
      this.bodyBold = fonts.font(10, true, BLACK);
      this.small = fonts.font(8.5f, false, BLACK);
      this.smallBold = fonts.font(8.5f, true, BLACK);
      this.note = fonts.font(7.5f, false, GREY);
      this.tableHeader = fonts.font(8, true, Color.WHITE);
    }

    void writeAll() throws DocumentException, IOException {
      cover();
      document.setMargins(MARGIN, MARGIN, TOP, BOTTOM);
      document.newPage();
      executiveSummary();
      bySiteAndType();
      comparison();
      history();
      dataQuality();
      sources();
    }

    // ------------------------------------------------------------ cover

    private void cover() throws DocumentException {
      Rectangle page = document.getPageSize();
      float bandHeight = COVER_BAND;
      PdfContentByte under = writer.getDirectContentUnder();
      under.saveState();
      under.setColorFill(NHS_BLUE);
      under.rectangle(0, page.getHeight() - bandHeight, page.getWidth(), bandHeight);
      under.fill();
      under.restoreState();

      PdfContentByte over = writer.getDirectContent();
      ColumnText band = new ColumnText(over);
      band.setSimpleColumn(MARGIN, page.getHeight() - bandHeight + 20, page.getWidth() - MARGIN, page.getHeight() - 40);
      Paragraph org = new Paragraph(analysis.settings().organisation(), fonts.font(12, true, Color.WHITE));
      org.setSpacingAfter(60);
      band.addElement(org);
      Paragraph title = new Paragraph(analysis.settings().title(), fonts.font(26, true, Color.WHITE));
      title.setLeading(30);
      band.addElement(title);
      band.go();

      Paragraph focus = new Paragraph(analysis.focus().title(), fonts.font(18, true, NHS_DARK_BLUE));
      focus.setSpacingAfter(10);
      document.add(focus);
      document.add(labelled("Period of action", period()));
      analysis
          .comparison()
          .ifPresent(c -> addQuietly(labelled("Compared with", c.baseline().describe())));
      document.add(labelled("Area", analysis.settings().area()));
      Paragraph made = new Paragraph("Made on " + HouseStyle.date(analysis.settings().asOf()), bodyBold);
      made.setSpacingBefore(6);
      document.add(made);

      PdfPTable headline = new PdfPTable(1);
      headline.setWidthPercentage(100);
      headline.setSpacingBefore(28);
      PdfPCell cell = new PdfPCell();
      cell.setBorder(Rectangle.LEFT);
      cell.setBorderWidthLeft(6);
      cell.setBorderColorLeft(NHS_BLUE);
      cell.setBackgroundColor(PALE_GREY);
      cell.setPadding(14);
      cell.setPaddingLeft(18);
      Paragraph figure = new Paragraph(HouseStyle.count(analysis.allSites().total()), fonts.font(30, true, NHS_DARK_BLUE));
      cell.addElement(figure);
      cell.addElement(
          new Paragraph(
              "appointments and procedures rescheduled across all reporting sites because of "
                  + analysis.focus().describe()
                  + ".",
              body));
      int warnings = analysis.reconciliationWarnings().size();
      if (warnings > 0) {
        Paragraph w =
            new Paragraph(
                (warnings == 1 ? "1 stated total does not agree" : warnings + " stated totals do not agree")
                    + " with the returns: see Data quality.",
                bodyBold);
        w.setSpacingBefore(6);
        cell.addElement(w);
      }
      headline.addCell(cell);
      document.add(headline);

      Paragraph contents = new Paragraph("Contents", fonts.font(12, true, NHS_DARK_BLUE));
      contents.setSpacingBefore(28);
      contents.setSpacingAfter(4);
      document.add(contents);
      for (String section : sectionTitles()) {
        Paragraph p = new Paragraph(section, body);
        p.setIndentationLeft(2);
        p.setSpacingAfter(2);
        document.add(p);
      }
    }

    private List<String> sectionTitles() {
      List<String> titles = new ArrayList<>();
      titles.add("Executive summary");
      titles.add("Rescheduled by site and type");
      if (analysis.comparison().isPresent()) {
        titles.add("Comparison with the baseline");
      }
      titles.add("History of industrial action");
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
      document.add(bullets);
      for (Reconciliation r : analysis.reconciliationWarnings()) {
        document.add(warningBox(r.message()));
      }
    }

    // ------------------------------------------------------------ by site and type

    private void bySiteAndType() throws DocumentException, IOException {
      heading("Rescheduled by site and type", 120 + 30f * (analysis.sites().size() + 2));
      paragraph(
          "Activity rescheduled because of "
              + analysis.focus().describe()
              + ", by site, as the returns gave it. Rates divide each site's total by the days and hours of action"
              + " (workings in grey).");
      Notes notes = new Notes();
      float[] widths = {1.25f, 1f, 1f, 1.15f, 1f, 0.8f, 1.35f, 1.35f};
      PdfPTable table = table(widths);
      header(table, "Site", Element.ALIGN_LEFT);
      for (ActivityType type : ActivityType.values()) {
        header(table, type.heading(), Element.ALIGN_RIGHT);
      }
      header(table, "Total", Element.ALIGN_RIGHT);
      header(table, "Share", Element.ALIGN_RIGHT);
      header(table, capitalise(Basis.PER_DAY.heading().toLowerCase(Locale.UK)), Element.ALIGN_RIGHT);
      header(table, capitalise(Basis.PER_HOUR.heading().toLowerCase(Locale.UK)), Element.ALIGN_RIGHT);
      table.setHeaderRows(1);
      int row = 0;
      for (SiteBreakdown site : analysis.sites()) {
        siteRow(table, site, notes, row++ % 2 == 1, false);
      }
      siteRow(table, analysis.allSites(), notes, false, true);
      table.setKeepTogether(analysis.sites().size() < 20);
      document.add(table);
      notes.write();

      chart(ChartFactory.bySiteAndType(analysis), ChartFactory.bySiteAndTypeAltText(analysis), 230);
      chart(ChartFactory.shareBySite(analysis), ChartFactory.shareBySiteAltText(analysis), 170);
    }

    private void siteRow(PdfPTable table, SiteBreakdown site, Notes notes, boolean shaded, boolean total) {
      Font f = total ? smallBold : small;
      Color fill = total ? PALE_GREY : shaded ? new Color(0xF5F7F7) : null;
      table.addCell(cell(site.label(), f, Element.ALIGN_LEFT, fill, total));
      for (ActivityType type : ActivityType.values()) {
        OptionalLong figure = site.figure(type);
        String text =
            figure.isPresent() ? HouseStyle.count(figure.getAsLong()) : notes.mark(NOT_APPLICABLE, whyEmpty(site, type));
        table.addCell(cell(text, f, Element.ALIGN_RIGHT, fill, total));
      }
      String notReported = site.reported() ? null : notes.mark(NOT_APPLICABLE, notApplicable(site.status().label()));
      table.addCell(cell(site.reported() ? HouseStyle.count(site.total()) : notReported, f, Element.ALIGN_RIGHT, fill, total));
      table.addCell(
          cell(site.reported() ? HouseStyle.percent(site.share()) : notReported, f, Element.ALIGN_RIGHT, fill, total));
      for (var rate : List.of(site.perDay(), site.perHour())) {
        if (rate.isPresent()) {
          table.addCell(rateCell(rate.get(), f, fill, total));
        } else {
          String reason = site.reported() ? "no days or hours of action to divide by" : site.status().label();
          table.addCell(cell(notes.mark(NOT_APPLICABLE, notApplicable(reason)), f, Element.ALIGN_RIGHT, fill, total));
        }
      }
    }

    private String whyEmpty(SiteBreakdown site, ActivityType type) {
      if (!site.reported()) {
        return notApplicable(site.status().label());
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
          capitalise(c.focus().describe())
              + " (the focus) against "
              + c.baseline().describe()
              + " (the baseline), site by site. "
              + "A site without figures for both is not applicable and is left out of the like-for-like total.");
      String[] perBasis = {"Total", "A day of action", "An hour of action"};
      PdfPTable table = table(new float[] {1.2f, 0.9f, 1f, 1f, 0.9f, 1f, 1f, 0.95f, 0.95f});
      header(table, "", Element.ALIGN_LEFT);
      groupHeader(table, c.focus().shortLabel(), 3);
      groupHeader(table, c.baseline().shortLabel(), 3);
      groupHeader(table, "Ratio, focus to baseline", 2);
      header(table, "Site", Element.ALIGN_LEFT);
      for (int i = 0; i < 2; i++) {
        for (String h : perBasis) {
          header(table, h, Element.ALIGN_RIGHT);
        }
      }
      header(table, "A day of action", Element.ALIGN_RIGHT);
      header(table, "An hour of action", Element.ALIGN_RIGHT);
      table.setHeaderRows(2);
      int i = 0;
      for (ComparisonRow row : c.rows()) {
        comparisonRow(table, row, row.label(), i++ % 2 == 1, false);
      }
      if (c.likeForLike().isPresent()) {
        ComparisonRow lfl = c.likeForLike().get();
        comparisonRow(table, lfl, "Like for like (" + HouseStyle.joinWithAnd(
            c.comparableRows().stream().map(ComparisonRow::label).toList()) + ")", false, true);
      }
      table.setKeepTogether(c.rows().size() < 20);
      document.add(table);

      if (c.likeForLike().isEmpty()) {
        paragraph("No site sent figures for both, so no like-for-like comparison is possible.");
      }
      if (!c.excluded().isEmpty()) {
        paragraph(
            "Left out of the like-for-like comparison: "
                + String.join("; ", c.excluded().stream().map(e -> e.label() + " " + e.reason()).toList())
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
      paragraph(BASIS_SENTENCE);
      var chart = ChartFactory.comparison(analysis);
      if (chart.isPresent()) {
        chart(chart.get(), ChartFactory.comparisonAltText(analysis), 200);
      }
    }

    private void comparisonRow(PdfPTable table, ComparisonRow row, String label, boolean shaded, boolean total) {
      Font f = total ? smallBold : small;
      Color fill = total ? PALE_GREY : shaded ? new Color(0xF5F7F7) : null;
      table.addCell(cell(label, f, Element.ALIGN_LEFT, fill, total));
      for (var side : List.of(row.focus(), row.baseline())) {
        if (side.isPresent()) {
          table.addCell(cell(HouseStyle.count(side.get().total()), f, Element.ALIGN_RIGHT, fill, total));
          table.addCell(cell(HouseStyle.rate(side.get().perDay().value()), f, Element.ALIGN_RIGHT, fill, total));
          table.addCell(cell(HouseStyle.rate(side.get().perHour().value()), f, Element.ALIGN_RIGHT, fill, total));
        } else {
          PdfPCell na = cell("not applicable", f, Element.ALIGN_CENTER, fill, total);
          na.setColspan(3);
          table.addCell(na);
        }
      }
      if (row.comparable()) {
        table.addCell(cell(row.ratio(Basis.PER_DAY).orElseThrow().times(), f, Element.ALIGN_RIGHT, fill, total));
        table.addCell(cell(row.ratio(Basis.PER_HOUR).orElseThrow().times(), f, Element.ALIGN_RIGHT, fill, total));
      } else {
        PdfPCell na = cell("not applicable: " + row.notApplicableReason(), f, Element.ALIGN_LEFT, fill, total);
        na.setColspan(2);
        table.addCell(na);
      }
    }

    // ------------------------------------------------------------ history

    private void history() throws DocumentException {
      heading("History of industrial action");
      paragraph(
          "Every action with returns, oldest first, for all reporting sites: inpatient, outpatient and total-only"
              + " returns added together, with the running total.");
      PdfPTable table = table(new float[] {2.9f, 0.8f, 0.8f, 0.9f, 1.3f, 1.3f});
      header(table, "Action", Element.ALIGN_LEFT);
      header(table, "Sites reporting", Element.ALIGN_RIGHT);
      header(table, "Total", Element.ALIGN_RIGHT);
      header(table, "Cumulative", Element.ALIGN_RIGHT);
      header(table, capitalise(Basis.PER_DAY.heading().toLowerCase(Locale.UK)), Element.ALIGN_RIGHT);
      header(table, capitalise(Basis.PER_HOUR.heading().toLowerCase(Locale.UK)), Element.ALIGN_RIGHT);
      table.setHeaderRows(1);
      int i = 0;
      for (ActionTotal t : analysis.history()) {
        boolean focus = t.action().id().equals(analysis.focus().id());
        Font f = focus ? smallBold : small;
        Color fill = i++ % 2 == 1 ? new Color(0xF5F7F7) : null;
        table.addCell(cell(t.action().title() + (focus ? " (focus)" : ""), f, Element.ALIGN_LEFT, fill, false));
        table.addCell(cell(Integer.toString(t.sitesReporting()), f, Element.ALIGN_RIGHT, fill, false));
        table.addCell(cell(HouseStyle.count(t.acute()), f, Element.ALIGN_RIGHT, fill, false));
        table.addCell(cell(HouseStyle.count(t.cumulative()), f, Element.ALIGN_RIGHT, fill, false));
        table.addCell(rateCell(t.perDay(), f, fill, false));
        table.addCell(rateCell(t.perHour(), f, fill, false));
      }
      if (analysis.history().isEmpty()) {
        PdfPCell none = cell("No action has returns yet.", small, Element.ALIGN_LEFT, null, false);
        none.setColspan(6);
        table.addCell(none);
      }
      document.add(table);
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
          document.add(p);
        } else {
          document.add(warningBox(r.message()));
        }
      }

      subheading("Problems found in the data");
      List<DataProblem> problems = analysis.dataset().problems();
      if (problems.isEmpty()) {
        paragraph("No problems were found in the data.");
      }
      for (DataProblem p : problems) {
        Paragraph para = new Paragraph("", body);
        para.add(new Chunk(capitalise(p.severity().name().toLowerCase(Locale.UK)) + ": ", bodyBold));
        para.add(new Chunk(p.message(), body));
        para.setSpacingAfter(4);
        document.add(para);
      }

      subheading("Rejected rows");
      List<RejectedRow> rejected = analysis.dataset().rejectedRows();
      if (rejected.isEmpty()) {
        paragraph("No rows were rejected.");
        return;
      }
      PdfPTable table = table(new float[] {1.6f, 1.6f, 3f});
      header(table, "Where", Element.ALIGN_LEFT);
      header(table, "Values", Element.ALIGN_LEFT);
      header(table, "Problems", Element.ALIGN_LEFT);
      table.setHeaderRows(1);
      for (RejectedRow r : rejected) {
        table.addCell(cell(r.row().describe(), small, Element.ALIGN_LEFT, null, false));
        table.addCell(cell(String.join(" | ", r.values()), small, Element.ALIGN_LEFT, null, false));
        table.addCell(
            cell(String.join("\n", r.problems().stream().map(DataProblem::message).toList()), small, Element.ALIGN_LEFT, null, false));
      }
      document.add(table);
    }

    // ------------------------------------------------------------ sources

    private void sources() throws DocumentException {
      heading("Appendix: sources");
      paragraph(
          "Every file read, with its SHA-256 fingerprint and what became of its rows. Every figure in this pack"
              + " traces to a file, sheet and cell; the Excel pack's Data sheet lists each one.");
      PdfPTable table = table(new float[] {1.5f, 1.3f, 3.2f, 0.7f, 0.7f, 0.8f});
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
        table.addCell(cell(f.role() + (f.profile().isEmpty() ? "" : " (" + f.profile() + ")"), small, Element.ALIGN_LEFT, null, false));
        table.addCell(cell(f.sha256(), hash, Element.ALIGN_LEFT, null, false));
        table.addCell(cell(HouseStyle.count(f.rowsRead()), small, Element.ALIGN_RIGHT, null, false));
        table.addCell(cell(HouseStyle.count(f.rowsUsed()), small, Element.ALIGN_RIGHT, null, false));
        table.addCell(cell(HouseStyle.count(f.rowsRejected()), small, Element.ALIGN_RIGHT, null, false));
      }
      if (analysis.dataset().sources().isEmpty()) {
        PdfPCell none = cell("No files were read.", small, Element.ALIGN_LEFT, null, false);
        none.setColspan(6);
        table.addCell(none);
      }
      document.add(table);
    }

    // ------------------------------------------------------------ building blocks

    private void heading(String text) throws DocumentException {
      heading(text, 160);
    }

    /** A section heading, on a new page unless {@code keepWith} points of what follows fit below it. */
    private void heading(String text, float keepWith) throws DocumentException {
      ensureSpace(keepWith);
      Chunk chunk = new Chunk(text, fonts.font(16, true, NHS_DARK_BLUE));
      chunk.setGenericTag(PageDecorations.outlineTag(text));
      Paragraph p = new Paragraph(chunk);
      p.setSpacingBefore(writer.getVerticalPosition(true) >= document.top() - 1 ? 0 : 18);
      p.setSpacingAfter(8);
      document.add(p);
    }

    private void subheading(String text) throws DocumentException {
      ensureSpace(80);
      Paragraph p = new Paragraph(text, fonts.font(11.5f, true, NHS_DARK_BLUE));
      p.setSpacingBefore(8);
      p.setSpacingAfter(4);
      document.add(p);
    }

    private void paragraph(String text) throws DocumentException {
      Paragraph p = new Paragraph(text, body);
      p.setLeading(14);
      p.setSpacingAfter(8);
      document.add(p);
    }

    private void notePara(String text) throws DocumentException {
      Paragraph p = new Paragraph(text, note);
      p.setSpacingAfter(3);
      document.add(p);
    }

    private PdfPTable warningBox(String message) {
      PdfPTable box = new PdfPTable(1);
      box.setWidthPercentage(100);
      box.setSpacingBefore(6);
      box.setSpacingAfter(8);
      PdfPCell cell = new PdfPCell();
      cell.setBorder(Rectangle.LEFT);
      cell.setBorderWidthLeft(5);
      cell.setBorderColorLeft(WARM_YELLOW);
      cell.setBackgroundColor(WARNING_FILL);
      cell.setPadding(8);
      cell.setPaddingLeft(12);
      Paragraph p = new Paragraph("", body);
      p.add(new Chunk("Warning: ", bodyBold));
      p.add(new Chunk(message, body));
      p.setLeading(14);
      cell.addElement(p);
      box.addCell(cell);
      return box;
    }

    private void ensureSpace(float points) {
      if (writer.getVerticalPosition(true) - document.bottom() < points) {
        document.newPage();
      }
    }

    private void chart(JFreeChart chart, String altText, float height) throws DocumentException {
      float width = document.right() - document.left();
      ensureSpace(height + 40);
      PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
      Graphics2D g2 = template.createGraphics(width, height, fonts);
      try {
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
      } finally {
        g2.dispose();
      }
      Image image = Image.getInstance(template);
      image.setAlt(altText);
      image.setAlignment(Image.MIDDLE);
      image.setSpacingBefore(14);
      document.add(image);
      Paragraph caption = new Paragraph("Chart description: " + altText, note);
      caption.setSpacingBefore(2);
      caption.setSpacingAfter(6);
      document.add(caption);
    }

    private PdfPTable table(float[] widths) throws DocumentException {
      PdfPTable table = new PdfPTable(widths);
      table.setWidthPercentage(100);
      table.setSpacingBefore(4);
      table.setSpacingAfter(8);
      table.setSplitLate(true);
      return table;
    }

    private void header(PdfPTable table, String text, int align) {
      PdfPCell cell = new PdfPCell(new Phrase(text, tableHeader));
      cell.setBackgroundColor(NHS_BLUE);
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setHorizontalAlignment(align);
      cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
      cell.setPadding(4);
      cell.setPaddingBottom(5);
      table.addCell(cell);
    }

    private void groupHeader(PdfPTable table, String text, int span) {
      PdfPCell cell = new PdfPCell(new Phrase(text, tableHeader));
      cell.setBackgroundColor(NHS_DARK_BLUE);
      cell.setBorder(Rectangle.LEFT);
      cell.setBorderColorLeft(Color.WHITE);
      cell.setBorderWidthLeft(1.5f);
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      cell.setColspan(span);
      cell.setPadding(4);
      table.addCell(cell);
    }

    private PdfPCell cell(String text, Font f, int align, Color fill, boolean total) {
      return cell(new Phrase(text, f), align, fill, total);
    }

    private PdfPCell cell(Phrase phrase, int align, Color fill, boolean total) {
      PdfPCell cell = new PdfPCell(phrase);
      cell.setHorizontalAlignment(align);
      cell.setVerticalAlignment(Element.ALIGN_TOP);
      cell.setBorder(total ? Rectangle.TOP | Rectangle.BOTTOM : Rectangle.BOTTOM);
      cell.setBorderColor(total ? GREY : RULE);
      cell.setBorderWidth(total ? 0.8f : 0.5f);
      cell.setPadding(4);
      cell.setPaddingBottom(5);
      if (fill != null) {
        cell.setBackgroundColor(fill);
      }
      return cell;
    }

    private void addQuietly(Element e) {
      try {
        document.add(e);
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
          document.add(p);
        }
      }
    }
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
