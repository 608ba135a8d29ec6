package io.strikeimpact.reports.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.EnglandShare;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import io.strikeimpact.reports.EnglandFixture;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: {@code summary} gives the figures beside England's in text, csv and JSON, from a
 * national file of published, blank, revised and derived figures ({@link EnglandFixture}).
 */
class EnglandViewsTest {
  private static final Analysis ENGLAND = EnglandFixture.analysis();

  private static String line(String text, String prefix) {
    return Arrays.stream(text.split("\n"))
        .filter(l -> l.startsWith(prefix))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("No line starting with '" + prefix + "' in:\n" + text))
        .replaceAll(" +", " ");
  }

  @Test
  void the_text_summary_gives_the_focus_share_of_england_with_the_caveat() {
    String text = SummaryText.render(ENGLAND);
    assertTrue(text.contains("Beside England: Junior doctors' strike, 13 to 15 March 2023"), text);
    assertEquals(
        "acute total (inpatient and outpatient) 4,726 175,122 published 2.7% reference/england.csv,"
            + " cell F6, release of 2023-04-17",
        line(text, "acute total"));
    assertEquals(
        "since the first action 6,232 275,321 published 2.3% reference/england.csv, cell J6,"
            + " release of 2023-04-17",
        line(text, "since the first action"));
    assertTrue(text.contains(EnglandShare.CAVEAT), text);
  }

  @Test
  void the_text_history_says_not_published_where_england_is_blank_and_labels_the_derived_figure() {
    String text = SummaryText.render(ENGLAND);
    String history = text.substring(text.indexOf("Each action beside England"));
    assertEquals(
        "18 and 19 January 2023 752 not published not published not published returns received",
        line(history, "18 and 19 January 2023"));
    assertEquals(
        "13 to 15 March 2023 4,726 175,122 published 2.7% returns received",
        line(history, "13 to 15 March 2023"));
    assertEquals(
        "11 to 14 April 2023 n/a 196,225 derived by subtraction, not published n/a announced; not"
            + " yet started",
        line(history, "11 to 14 April 2023"));
    String cumulative = text.substring(text.indexOf("Since the first action, beside England"));
    assertEquals(
        "18 and 19 January 2023 752 not published not published not published",
        line(cumulative, "18 and 19 January 2023"));
    assertEquals(
        "13 to 15 March 2023 6,232 275,321 published 2.3%",
        line(cumulative, "13 to 15 March 2023"));
    assertEquals(
        "15 and 20 December 2022 n/a 29,600 published n/a",
        line(cumulative, "15 and 20 December 2022"));
    assertTrue(cumulative.contains("the stated total is 24 more (difference +24)"), cumulative);
    assertTrue(
        cumulative.contains("Revised: bma-jd-2023-03 revised: release of 2023-03-20"), cumulative);
  }

  @Test
  void at_the_default_width_the_tables_stay_tables() {
    String text = SummaryText.render(ENGLAND, 100);
    assertTrue(text.lines().allMatch(l -> l.length() <= 100), text);
    // One line a row, not a block of "Heading value" lines.
    assertTrue(text.contains("\n18 and 19 January 2023  "), text);
  }

  @Test
  void json_gives_null_for_what_england_did_not_publish_with_its_kind_beside_it() {
    String json = OutputFormat.JSON.write(EnglandViews.all(ENGLAND));
    String january = json.substring(json.indexOf("\"18 and 19 January 2023\""));
    january = january.substring(0, january.indexOf('}'));
    assertTrue(january.contains("\"here\": 752"), january);
    assertTrue(january.contains("\"england\": null"), january);
    assertTrue(january.contains("\"englandKind\": \"not published\""), january);
    assertTrue(january.contains("\"share\": null"), january);
    assertTrue(january.contains("\"shareShown\": \"not published\""), january);
    assertFalse(january.contains(": 0"), january);
    String march = json.substring(json.indexOf("\"13 to 15 March 2023\""));
    march = march.substring(0, march.indexOf('}'));
    assertTrue(march.contains("\"england\": 175122"), march);
    assertTrue(march.contains("\"share\": " + (4_726.0 / 175_122)), march);
  }

  @Test
  void csv_leaves_what_england_did_not_publish_empty_with_its_kind_beside_it() {
    String csv = OutputFormat.CSV.write(EnglandViews.all(ENGLAND));
    assertTrue(csv.contains("# englandHistory\n"), csv);
    // Exact figures, then each share as shown, at the end: "not published", never 0.
    assertTrue(
        csv.contains(
            "18 and 19 January 2023,rcn-2023-01,752,,not published,,returns received,not"
                + " published\n"),
        csv);
    assertTrue(
        csv.contains(
            "acute total (inpatient and outpatient),4726,175122,published,"
                + (4_726.0 / 175_122)
                + ","),
        csv);
  }

  @Test
  void without_a_national_file_there_is_no_england_table() {
    Analysis story = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    assertEquals(List.of(), EnglandViews.all(story));
    assertFalse(SummaryText.render(story).contains("Beside England"));
  }
}
