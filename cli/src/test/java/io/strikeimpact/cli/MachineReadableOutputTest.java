package io.strikeimpact.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * What another tool reads from {@code --format csv} and {@code --format json}: the identifiers and
 * workings behind each figure (ODS codes, action ids, days and hours), the basis of every rate,
 * each rounded figure exact and as shown, and the sites a comparison left out. The terminal table
 * stays as narrow as before.
 */
class MachineReadableOutputTest {
  private static final String AS_OF = "2023-04-03";

  @Test
  void the_comparison_as_csv_carries_ods_codes_action_ids_days_hours_and_each_ratio_as_shown()
      throws IOException {
    CliRun r = CliRun.of("compare", "--as-of", AS_OF, "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    CSVRecord nn = row(table(r.out(), "comparison"), "N&N");
    assertEquals("RM1", nn.get("ODS code"));
    assertEquals("bma-jd-2023-03", nn.get("Junior doctors, March 2023 action ids"));
    assertEquals("3", nn.get("Junior doctors, March 2023 days of action"));
    assertEquals(72.0, Double.parseDouble(nn.get("Junior doctors, March 2023 hours of action")));
    assertEquals("rcn-2023-01; rcn-2023-02", nn.get("Nurses, January to February 2023 action ids"));
    assertEquals("4", nn.get("Nurses, January to February 2023 days of action"));
    assertEquals(
        48.0, Double.parseDouble(nn.get("Nurses, January to February 2023 hours of action")));
    // Exact, and as every page rounds it.
    assertEquals((3451 / 3.0) / (1506 / 4.0), Double.parseDouble(nn.get("Ratio a day")), 1e-12);
    assertEquals("3.1 times", nn.get("Ratio a day as shown"));
    assertEquals("1.5 times", nn.get("Ratio an hour as shown"));
    assertEquals(
        "1,150.3", nn.get("Junior doctors, March 2023 rescheduled a day of action as shown"));
    assertEquals(
        3451 / 3.0,
        Double.parseDouble(nn.get("Junior doctors, March 2023 rescheduled a day of action")),
        1e-12);
    // A site that did not take part has no figure on that side: empty, never 0, and no "as shown".
    CSVRecord qeh = row(table(r.out(), "comparison"), "QEH");
    assertEquals("", qeh.get("Nurses, January to February 2023 days of action"));
    assertEquals("", qeh.get("Ratio a day as shown"));
  }

  @Test
  void the_comparison_carries_the_basis_per_staff_day_where_both_sides_have_staff_figures()
      throws IOException {
    CliRun r = CliRun.of("compare", "--as-of", AS_OF, "--format", "csv");
    assertEquals(0, r.exitCode(), r.err());
    CSVRecord nn = row(table(r.out(), "comparison"), "N&N");
    assertEquals("1207", nn.get("Junior doctors, March 2023 staff-days taken part"));
    assertEquals("1174", nn.get("Nurses, January to February 2023 staff-days taken part"));
    assertEquals(
        (3451 / 1207.0) / (1506 / 1174.0),
        Double.parseDouble(nn.get("Ratio per staff-day of action taken part")),
        1e-12);
    // The samples' staff figures but N&N's January ones are illustrative, and say so.
    assertEquals("illustrative", nn.get("Staff figures"));
    // QEH did not take part in the nursing strikes: no staff-days on that side, never 0.
    CSVRecord qeh = row(table(r.out(), "comparison"), "QEH");
    assertEquals("", qeh.get("Nurses, January to February 2023 staff-days taken part"));
    assertEquals("", qeh.get("Ratio per staff-day of action taken part"));
    CliRun text = CliRun.of("compare", "--as-of", AS_OF, "--wide");
    assertTrue(
        text.out()
            .contains(
                "N&N, rescheduled per staff-day of action taken part: 2.9 against 1.3, 2.2 times"
                    + " (illustrative staff figures)."),
        text.out());
  }

  @Test
  void the_comparison_names_the_sites_it_left_out_and_why_in_every_format() {
    String note =
        "Left out of the like-for-like comparison: QEH and JPUH (did not take part in the nursing"
            + " strikes).";
    CliRun json = CliRun.of("compare", "--as-of", AS_OF, "--format", "json");
    assertEquals(0, json.exitCode(), json.err());
    assertTrue(json.out().contains("\"" + note + "\""), json.out());
    CliRun text = CliRun.of("compare", "--as-of", AS_OF, "--wide");
    assertTrue(text.out().contains(note), text.out());
  }

  @Test
  void json_gives_every_rate_its_basis_and_the_exact_figure_beside_the_one_shown() {
    CliRun r = CliRun.of("summary", "--as-of", AS_OF, "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    String squeezed = r.out().replaceAll("\\s+", "");
    assertTrue(
        squeezed.contains(
            "{\"key\":\"perDay\",\"heading\":\"Rescheduledadayofaction\","
                + "\"basis\":\"adayofaction,07:00to07:00\"}"),
        r.out());
    assertTrue(
        squeezed.contains(
            "\"perDay\":1150.3333333333333,\"perDayShown\":\"1,150.3\","
                + "\"perHour\":47.93055555555556,\"perHourShown\":\"47.9\""),
        r.out());
    assertTrue(
        squeezed.contains(
            "\"odsCode\":\"RM1\",\"action\":\"bma-jd-2023-03\",\"actionIds\":\"bma-jd-2023-03\","
                + "\"days\":3,\"hours\":72.0"),
        r.out());
    // The all-sites row has no ODS code of its own: null, not an empty code.
    assertTrue(squeezed.contains("\"site\":\"Allsites\""), r.out());
  }

  @Test
  void the_terminal_table_keeps_to_its_columns() {
    CliRun r = CliRun.of("summary", "--as-of", AS_OF, "--wide");
    assertEquals(0, r.exitCode(), r.err());
    String header = r.out().lines().filter(l -> l.startsWith("Site ")).findFirst().orElseThrow();
    assertFalse(header.contains("ODS code"), header);
    assertFalse(header.contains("as shown"), header);
    assertTrue(header.contains("Rescheduled a day of action"), header);
  }

  @Test
  void the_row_of_the_sites_a_filter_chose_is_never_called_all_sites() throws IOException {
    CliRun filtered =
        CliRun.of("summary", "--as-of", AS_OF, "--site", "RM1,RCX", "--format", "csv");
    assertEquals(0, filtered.exitCode(), filtered.err());
    List<CSVRecord> sites = table(filtered.out(), "sites");
    assertEquals(
        List.of("N&N", "QEH", "All selected sites"),
        sites.stream().map(x -> x.get("Site")).toList());
    assertEquals("4383", row(sites, "All selected sites").get("Total"));
    CliRun forecast = CliRun.of("forecast", "--as-of", AS_OF, "--site", "RM1", "--wide");
    assertTrue(forecast.out().contains("All selected sites"), forecast.out());
    assertFalse(forecast.out().contains("All sites"), forecast.out());
    CliRun all = CliRun.of("summary", "--as-of", AS_OF, "--format", "csv");
    assertEquals("4726", row(table(all.out(), "sites"), "All sites").get("Total"));
  }

  @Test
  void summary_with_a_month_says_what_changed_since_the_month_before() throws IOException {
    CliRun csv = CliRun.of("summary", "--as-of", AS_OF, "--month", "2023-02", "--format", "csv");
    assertEquals(0, csv.exitCode(), csv.err());
    CSVRecord added = table(csv.out(), "changes").getFirst();
    assertEquals("new", added.get("Change"));
    assertEquals("Nursing strike, 6 and 7 February 2023", added.get("Action"));
    assertEquals("rcn-2023-02", added.get("Action id"));
    assertEquals("754", added.get("Now"));
    assertEquals("", added.get("Before"));
    CliRun text = CliRun.of("summary", "--as-of", AS_OF, "--month", "2023-02", "--wide");
    assertTrue(text.out().contains("Changes since the pack for January 2023"), text.out());
    assertTrue(
        text.squeezed().contains("new Nursing strike, 6 and 7 February 2023 n/a 754 n/a"),
        text.out());
    assertTrue(text.out().contains("No earlier figures were revised."), text.out());
    CliRun without = CliRun.of("summary", "--as-of", AS_OF, "--wide");
    assertFalse(without.out().contains("Changes since"), without.out());
  }

  /**
   * One table of a csv output: the whole of it, or the one after "# name" when there are several.
   */
  private static List<CSVRecord> table(String out, String name) throws IOException {
    String marker = "# " + name + "\n";
    int start = out.indexOf(marker);
    String rest;
    if (out.startsWith("# ")) {
      assertTrue(start >= 0, "no table " + name + " in\n" + out);
      rest = out.substring(start + marker.length());
    } else {
      rest = out;
    }
    int end = rest.indexOf("\n# ");
    String csv = (end < 0 ? rest : rest.substring(0, end + 1)).strip() + "\n";
    return CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv)).getRecords();
  }

  private static CSVRecord row(List<CSVRecord> rows, String site) {
    return rows.stream().filter(x -> x.get("Site").equals(site)).findFirst().orElseThrow();
  }
}
