package io.strikeimpact.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTextTest {
  private final String text =
      SummaryText.render(ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request()));

  private String lineStartingWith(String prefix) {
    return Arrays.stream(text.split("\n"))
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("No line starting with '" + prefix + "' in:\n" + text));
  }

  @Test
  void site_table_has_each_site_by_type_with_both_bases() {
    assertEquals(
        "N&N 2,976 475 n/a 3,451 73% 1,150.3 47.9",
        lineStartingWith("N&N  ").replaceAll(" +", " "));
    assertEquals(
        "All sites 4,120 606 n/a 4,726 100% 1,575.3 65.6",
        lineStartingWith("All sites").replaceAll(" +", " "));
  }

  @Test
  void comparison_shows_ratios_on_both_bases_and_not_applicable_for_sites_that_did_not_take_part() {
    assertTrue(text.contains("Basis: rates a day of action"), text);
    String cmp = text.substring(text.indexOf("against the nursing strikes"));
    String nnCmp =
        Arrays.stream(cmp.split("\n"))
            .filter(l -> l.startsWith("N&N"))
            .findFirst()
            .orElseThrow()
            .replaceAll(" +", " ");
    assertEquals("N&N 3,451 1,150.3 47.9 1,506 376.5 31.4 3.1 times 1.5 times", nnCmp);
    String qeh =
        Arrays.stream(cmp.split("\n"))
            .filter(l -> l.startsWith("QEH"))
            .findFirst()
            .orElseThrow()
            .replaceAll(" +", " ");
    assertEquals(
        "QEH 932 310.7 12.9 n/a n/a n/a n/a n/a did not take part in the nursing strikes", qeh);
  }

  @Test
  void reconciliation_warning_names_both_figures() {
    assertTrue(
        text.contains("states 4,736")
            && text.contains("add to 4,726")
            && text.contains("a difference of 10"),
        text);
  }

  @Test
  void share_is_not_applicable_when_no_site_rescheduled_anything() {
    Dataset d = StoryData.dataset();
    List<DisruptionCount> zeros =
        d.counts().stream()
            .map(
                c ->
                    new DisruptionCount(
                        c.odsCode(),
                        c.actionId(),
                        c.type(),
                        c.date(),
                        c.specialty(),
                        0,
                        c.provenance()))
            .toList();
    Dataset none =
        new Dataset(
            d.sites(),
            d.calendar(),
            d.participation(),
            zeros,
            d.statedTotals(),
            d.problems(),
            d.rejectedRows(),
            d.sources());
    Tabular sites = Views.sites(ImpactAnalysis.analyse(none, StoryData.request()));
    int share = sites.columns().stream().map(Tabular.Column::key).toList().indexOf("share");
    for (List<Object> row : sites.rows()) {
      assertNull(row.get(share), row.get(0) + ": a share of nothing is not 0%");
    }
    assertTrue(OutputFormat.TABLE.write(List.of(sites)).lines().noneMatch(l -> l.contains(" 0% ")));
  }
}
