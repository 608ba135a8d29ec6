package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 14: {@code summary} over the bundled samples, whose national file has NHS England's figures
 * for the first five actions, sets the March strike beside England's in every format.
 */
class EnglandSummaryCliTest {
  private static final String AS_OF = "2023-04-03";

  @Test
  void the_table_gives_the_share_of_england_with_the_caveat() {
    CliRun r = CliRun.of("summary", "--as-of", AS_OF, "--wide");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.squeezed()
            .contains("acute total (inpatient and outpatient) 4,726 175,122 published 2.7%"),
        r.out());
    assertTrue(
        r.squeezed().contains("Beside England: 4,726 of the 175,122 rescheduled in England, 2.7%"),
        r.out());
    assertTrue(r.out().contains("England's figure covers every trust"), r.out());
  }

  @Test
  void json_and_csv_carry_englands_figure_and_the_share_where_the_other_tables_are() {
    CliRun json = CliRun.of("summary", "--as-of", AS_OF, "--format", "json");
    assertEquals(0, json.exitCode(), json.err());
    String squeezed = json.out().replaceAll("\\s+", "");
    assertTrue(squeezed.contains("\"england\":{\"title\":\"BesideEngland:"), json.out());
    assertTrue(squeezed.contains("\"here\":4726,\"england\":175122"), json.out());
    assertTrue(squeezed.contains("\"share\":" + (4_726.0 / 175_122)), json.out());
    assertTrue(squeezed.contains("\"englandHistory\":{"), json.out());

    CliRun csv = CliRun.of("summary", "--as-of", AS_OF, "--format", "csv");
    assertEquals(0, csv.exitCode(), csv.err());
    assertTrue(csv.out().contains("# england\n"), csv.out());
    assertTrue(
        csv.out()
            .contains(
                "13 to 15 March 2023,bma-jd-2023-03,4726,175122,published," + (4_726.0 / 175_122)),
        csv.out());
  }
}
