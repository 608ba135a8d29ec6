package io.strikeimpact.reports.pdf;

import io.strikeimpact.model.analysis.Analysis;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Phrase;

/**
 * The Contents, at the top of page 2: each section with its page number, each line a link to the
 * section. The page numbers are those the sections were drawn on in the rendering before (see
 * {@link BoardPackPdf#write}); on the first rendering they are "?" and never kept.
 */
final class ContentsSection implements PackSection {
  static final String TITLE = "Contents";
  private static final float LEADING = 17;

  private final Analysis analysis;
  private final PackLayout out;

  ContentsSection(Pack pack) {
    this.analysis = pack.analysis();
    this.out = pack.out();
  }

  @Override
  public void write() throws DocumentException {
    out.heading(TITLE, 200);
    for (String title : titles(analysis)) {
      PackLayout.Anchor at = out.previousAnchors.get(title);
      String page = at == null ? "?" : Integer.toString(at.page());
      out.layout.link(
          new Phrase(title, out.body),
          new Phrase(page, out.body),
          LEADING,
          at == null ? 1 : at.page(),
          at == null ? 0 : at.y(),
          "Go to " + title + ", page " + page);
    }
    out.layout.space(10);
  }

  /** The sections' headings in the order they are drawn. */
  static List<String> titles(Analysis analysis) {
    List<String> titles = new ArrayList<>();
    titles.add(ExecutiveSummarySection.TITLE);
    titles.add(SiteAndTypeSection.TITLE);
    if (analysis.comparison().isPresent()) {
      titles.add(ComparisonSection.TITLE);
    }
    titles.add(HistorySection.TITLE);
    EnglandSection.title(analysis).ifPresent(titles::add);
    analysis.projection().map(ProjectionSection::title).ifPresent(titles::add);
    EstimateAgainstOutcomeSection.title(analysis).ifPresent(titles::add);
    titles.add(DataQualitySection.TITLE);
    titles.add(DefinitionsSection.TITLE);
    titles.add(SourcesSection.TITLE);
    return titles;
  }
}
