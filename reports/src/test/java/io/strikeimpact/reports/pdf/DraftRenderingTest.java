package io.strikeimpact.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The board pack's first rendering is a draft, made only to count its pages and find its headings
 * (text laid out but not drawn, charts left out): it finds the same pages and headings as a
 * rendering drawn in full, so the pack laid out from it is the same.
 */
class DraftRenderingTest {
  @Test
  void a_draft_counts_the_same_pages_and_finds_the_same_headings_as_a_full_rendering()
      throws IOException {
    Analysis story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    BoardPackPdf pdf = new BoardPackPdf();
    BoardPackPdf.Rendering draft = pdf.render(story, 0, Map.of(), true);
    BoardPackPdf.Rendering full = pdf.render(story, 0, Map.of(), false);
    assertEquals(full.pages(), draft.pages());
    assertEquals(full.anchors(), draft.anchors());
    assertTrue(draft.anchors().size() > 3, "the pack's sections are found: " + draft.anchors());
    BoardPackPdf.Rendering again = pdf.render(story, draft.pages(), draft.anchors(), false);
    assertEquals(full.pages(), again.pages());
    assertEquals(full.anchors(), again.anchors());
  }
}
