package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.text.HouseStyle;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfStream;
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

  /** The sections in order. A new section is one class and one line here. */
  static final List<Function<Pack, PackSection>> SECTIONS =
      List.of(
          CoverSection::new,
          ContentsSection::new,
          ExecutiveSummarySection::new,
          SiteAndTypeSection::new,
          ComparisonSection::new,
          HistorySection::new,
          EnglandSection::new,
          ProjectionSection::new,
          EstimateAgainstOutcomeSection::new,
          DataQualitySection::new,
          DefinitionsSection::new,
          SourcesSection::new);

  static final String PER_THOUSAND_PLANNED_HEADING = "Rescheduled per 1,000 planned";
  static final String NO_SHARE = "no site rescheduled anything, so there is no total to share";
  static final String PROJECTION_TITLE = "What to expect next: an estimate";

  private final BoardCover cover;

  /** A pack whose cover sheet has the defaults of {@link BoardCover#DEFAULT}. */
  public BoardPackPdf() {
    this(BoardCover.DEFAULT);
  }

  public BoardPackPdf(BoardCover cover) {
    this.cover = Objects.requireNonNull(cover, "cover");
  }

  /** Renderings tried before giving up on page numbers that settle; two or three are usual. */
  private static final int MAX_RENDERINGS = 5;

  /**
   * Writes the pack for {@code analysis} to {@code out}; does not close {@code out}.
   *
   * <p>The footer's page count and the Contents' page numbers are known only once the pack has been
   * laid out, so it is laid out again with those of the rendering before until they settle.
   */
  public void write(Analysis analysis, OutputStream out) throws IOException {
    // The first rendering is always laid out again, so it is a draft (see TaggedLayout#draft).
    Rendering pack = render(analysis, 0, Map.of(), true);
    for (int i = 1; i < MAX_RENDERINGS; i++) {
      Rendering next = render(analysis, pack.pages(), pack.anchors(), false);
      boolean settled = next.pages() == pack.pages() && next.anchors().equals(pack.anchors());
      pack = next;
      if (settled) {
        break;
      }
    }
    out.write(pack.bytes());
  }

  record Rendering(byte[] bytes, int pages, Map<String, PackLayout.Anchor> anchors) {}

  Rendering render(
      Analysis analysis,
      int totalPages,
      Map<String, PackLayout.Anchor> previousAnchors,
      boolean draft)
      throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(256 * 1024);
    // A draft's bytes are not kept: neither held nor compressed.
    OutputStream sink = draft ? OutputStream.nullOutputStream() : buffer;
    Document document =
        new Document(
            PageSize.A4,
            PackLayout.MARGIN,
            PackLayout.MARGIN,
            PackLayout.COVER_TOP,
            PackLayout.BOTTOM);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, sink);
      if (draft) {
        writer.setCompressionLevel(PdfStream.NO_COMPRESSION);
      }
      PdfFonts fonts = new PdfFonts();
      PageDecorations decorations = new PageDecorations(fonts, shortTitle(analysis), totalPages);
      writer.setPageEvent(decorations);
      PdfStandards.beforeOpen(writer);
      // PDF/UA: annotations (the Contents' links) are visited in the order of the structure.
      writer.setTabs(PdfName.S);
      document.open();
      PdfStandards.afterOpen(
          writer,
          new PdfStandards.Info(
              // One colon only: the configured title has its own.
              analysis.settings().title() + " (" + analysis.focus().title() + ")",
              analysis.settings().organisation(),
              "Activity rescheduled because of "
                  + analysis.focus().describe()
                  + ", "
                  + analysis.settings().area(),
              "industrial action, activity rescheduled, board pack",
              "Strike Impact",
              analysis.settings().asOf(),
              contentId(analysis)));
      PackLayout layout = new PackLayout(analysis, cover, previousAnchors, document, writer, fonts);
      if (draft) {
        layout.layout.draft();
      }
      Pack pack = new Pack(analysis, layout);
      for (Function<Pack, PackSection> section : SECTIONS) {
        section.apply(pack).write();
      }
      document.close();
      return new Rendering(buffer.toByteArray(), decorations.pages(), Map.copyOf(layout.anchors));
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
}
