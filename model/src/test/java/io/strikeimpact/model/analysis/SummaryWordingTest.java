package io.strikeimpact.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.fixtures.StoryData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The executive summary's words for rejected rows, a single reporting site and unread returns. */
class SummaryWordingTest {

  private static Dataset withRejected(int rows) {
    Dataset d = StoryData.dataset();
    List<RejectedRow> rejected = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      Provenance at = new Provenance("qeh.csv", "", "", "A" + (10 + i));
      rejected.add(
          new RejectedRow(
              at,
              List.of("x"),
              List.of(new DataProblem(Severity.ERROR, at, "x", "a number", "fix the row"))));
    }
    return new Dataset(
        d.sites(),
        d.calendar(),
        d.participation(),
        d.counts(),
        d.statedTotals(),
        d.problems(),
        rejected,
        d.sources());
  }

  private static List<String> summary(Dataset d) {
    return ImpactAnalysis.analyse(d, StoryData.request()).executiveSummary();
  }

  @Test
  void one_rejected_row_is_said_in_the_singular_and_two_in_the_plural() {
    assertTrue(
        summary(withRejected(1))
            .contains(
                "1 row was rejected from the returns and is listed under data quality; its figures"
                    + " are not in these totals."),
        () -> String.join("\n", summary(withRejected(1))));
    assertTrue(
        summary(withRejected(2))
            .contains(
                "2 rows were rejected from the returns and are listed under data quality; their"
                    + " figures are not in these totals."),
        () -> String.join("\n", summary(withRejected(2))));
    assertTrue(summary(StoryData.dataset()).stream().noneMatch(s -> s.contains("rejected")));
  }

  @Test
  void a_focus_only_one_site_reported_has_no_by_site_sentence() {
    List<String> s =
        ImpactAnalysis.analyse(
                StoryData.dataset(),
                new AnalysisRequest(
                    StoryData.request().settings(), Optional.of(StoryData.RCN_FEB), List.of()))
            .executiveSummary();
    assertTrue(s.stream().noneMatch(x -> x.startsWith("By site")), () -> String.join("\n", s));
  }

  @Test
  void with_no_readable_return_the_exception_lists_the_returns() {
    Dataset d = StoryData.dataset();
    String file = "returns/RGP/jpuh.xlsx";
    Dataset none =
        new Dataset(
            d.sites(),
            d.calendar(),
            d.participation(),
            List.of(),
            d.statedTotals(),
            List.of(
                new DataProblem(
                    Severity.ERROR,
                    new Provenance(file, "", "", ""),
                    "an encrypted workbook",
                    "a workbook",
                    "send it again")),
            d.rejectedRows(),
            List.of(new SourceFile(file, "0".repeat(64), 100, "activity return", "jpuh", 0, 0, 0)));
    UnreadableReturnsException e =
        assertThrows(
            UnreadableReturnsException.class,
            () -> ImpactAnalysis.analyse(none, StoryData.request()));
    assertEquals(
        List.of(new UnreadableReturn("RGP", file, "an encrypted workbook", "send it again")),
        e.returns());
  }
}
