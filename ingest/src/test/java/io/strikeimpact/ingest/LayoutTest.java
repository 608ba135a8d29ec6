package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.ingest.layouts.NhsEnglandByTrust;
import io.strikeimpact.ingest.layouts.Sheets;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each layout feature a profile can describe, read from a return built for it. */
class LayoutTest {

  /** "RM1 OUTPATIENT" to its total, for comparing figures at a glance. */
  private static Map<String, Long> bySiteAndType(Dataset data) {
    return data.counts().stream()
        .collect(
            Collectors.groupingBy(
                c -> c.odsCode() + " " + c.type(),
                TreeMap::new,
                Collectors.summingLong(DisruptionCount::count)));
  }

  @Test
  void nhs_england_table_by_trust_day_and_type_is_read_for_our_sites_only() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/nhse.properties", NhsEnglandByTrust.PROFILE)
                .put("returns/NHSE/by-trust-march-2023.xlsx", NhsEnglandByTrust.singleHeader()));
    assertEquals(
        List.of(
            "WARNING returns/NHSE/by-trust-march-2023.xlsx, sheet 'By trust': found \"2 rows for sites not in reference/sites.csv: R0A, RAE\"; expected rows for the sites in reference/sites.csv. Fix: nothing to fix if these sites are not yours: sites.other = skip in profiles/nhse.properties passes them over; to count one, add it to reference/sites.csv"),
        messages(data));
    assertEquals(
        Map.of(
            "RCX INPATIENT",
            50L,
            "RCX OUTPATIENT",
            882L,
            "RGP INPATIENT",
            81L,
            "RGP OUTPATIENT",
            262L,
            "RM1 INPATIENT",
            475L,
            "RM1 OUTPATIENT",
            2976L),
        bySiteAndType(data));
    DisruptionCount first = data.counts().getFirst();
    assertEquals(
        List.of("RM1", "bma-jd-2023-03", "OUTPATIENT", "2023-03-13", "D6", "By trust"),
        List.of(
            first.odsCode(),
            first.actionId(),
            first.type().name(),
            first.date().orElseThrow().toString(),
            first.provenance().cell(),
            first.provenance().sheet()));
    assertEquals(18, data.counts().size());
    assertEquals(List.of(), data.statedTotals());
  }

  @Test
  void dates_merged_over_their_type_columns_head_the_row_below() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/nhse.properties", NhsEnglandByTrust.PROFILE)
                .put("returns/NHSE/by-trust-merged.xlsx", NhsEnglandByTrust.mergedDateHeadings()));
    assertEquals(1, messages(data).size());
    assertEquals(
        3451L,
        bySiteAndType(data).get("RM1 OUTPATIENT") + bySiteAndType(data).get("RM1 INPATIENT"));
    assertEquals(4726L, data.counts().stream().mapToLong(DisruptionCount::count).sum());
  }

  @Test
  void a_header_date_on_no_action_day_is_one_error_at_the_header() throws IOException {
    String csv = "Code,13/03/2023 OP,20/03/2023 OP\nRM1,10,4\nRGP,7,2\nTotal,17,6\n";
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    """
                    column.site = Code
                    files = returns/RM1/*
                    columns.by-day-and-type = {date} {type}
                    action = by-date
                    type.outpatient = OP
                    """)
                .put("returns/RM1/wide.csv", csv));
    assertEquals(
        List.of(
            "ERROR returns/RM1/wide.csv, cell C1: found \"20 March 2023 outpatient\"; expected a day of an action in reference/calendar.csv; 20 March 2023 is not one. Fix: correct the date in the return, or add the action to reference/calendar.csv"),
        messages(data));
    assertEquals(List.of(10L, 7L), data.counts().stream().map(DisruptionCount::count).toList());
    // the totals row's C4 adds up a column on no action day: it is not a stated total to check
    assertEquals(List.of(17L), data.statedTotals().stream().map(t -> t.stated()).toList());
  }

  @Test
  void dates_like_13_mar_23_are_read_with_their_pattern() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    InvalidInputTest.PROFILE + "date.format = dd-MMM-yy\n")
                .put(
                    "returns/RM1/x.csv",
                    "Date,Activity,Rescheduled\n13-Mar-23,OP,5\n14-MAR-23,IP,6\n15-mar-23,OP,7\n"));
    assertEquals(List.of(), messages(data));
    assertEquals(
        List.of(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 14), LocalDate.of(2023, 3, 15)),
        data.counts().stream().map(c -> c.date().orElseThrow()).toList());
  }

  @Test
  void subtotal_rows_are_checked_and_never_counted() throws IOException {
    String csv =
        """
        Date,Activity,Rescheduled
        13/03/2023,OP,100
        13/03/2023,IP,20
        13/03/2023 Total,,120
        14/03/2023,OP,90
        14/03/2023,IP,15
        Subtotal,,100
        Grand Total,,225
        """;
    Dataset data = DataFolderReader.read(folder().put("returns/RM1/sub.csv", csv));
    assertEquals(
        List.of(
            "WARNING returns/RM1/sub.csv, cell C7: found \"100\"; expected a subtotal equal to the sum of the 2 rows since the subtotal before, 105, or of every row since the header, 225. Fix: correct the subtotal or the rows it adds up in the return; the rows are counted and the subtotal never is"),
        messages(data));
    assertEquals(225, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(List.of(225L), data.statedTotals().stream().map(t -> t.stated()).toList());
    assertEquals(
        4,
        data.sources().stream()
            .filter(s -> s.name().equals("returns/RM1/sub.csv"))
            .findFirst()
            .orElseThrow()
            .rowsRead());
  }

  @Test
  void a_merged_heading_above_a_wide_header_numbers_as_text_and_formulas_are_read()
      throws IOException {
    byte[] xlsx =
        Sheets.xlsx(
            "Specialties",
            new Object[][] {
              {"Queen Elizabeth Hospital: activity rescheduled"},
              null,
              {null, null, "Rescheduled", null},
              {"Specialty", "Treatment function code", "Outpatients", "Inpatients"},
              {"Trauma and Orthopaedics", "110", "1,234", 12},
              {"Ophthalmology", 130, "=40+2", null},
              {"Total", null, "=SUM(C5:C6)", "=SUM(D5:D6)"},
            },
            "C3:D3");
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    """
                    site = RCX
                    files = returns/RCX/*
                    column.specialty = Specialty
                    column.specialty-code = Treatment function code
                    columns.by-type = Outpatients=outpatient, Inpatients=inpatient
                    action = bma-jd-2023-03
                    """)
                .put("returns/RCX/specialties.xlsx", xlsx));
    // D6 is blank: no inpatient figure for Ophthalmology, not an error
    assertEquals(List.of(), messages(data));
    assertEquals(
        List.of(1234L, 12L, 42L), data.counts().stream().map(DisruptionCount::count).toList());
    assertEquals(
        List.of("110 Trauma and Orthopaedics", "130 Ophthalmology"),
        data.counts().stream().map(c -> c.specialty().orElseThrow()).distinct().toList());
    // Excel's SUM passes over "1,234" stored as text: the stated total is 42, and reconciliation
    // will say so.
    assertEquals(List.of(42L, 12L), data.statedTotals().stream().map(t -> t.stated()).toList());
    assertEquals(
        ActivityType.OUTPATIENT, data.statedTotals().getFirst().scope().type().orElseThrow());
  }

  @Test
  void an_xls_workbook_with_a_title_block_is_read() throws IOException {
    byte[] xls =
        Sheets.xls(
            "Data",
            new Object[][] {
              {"N&N daily return"},
              null,
              {"Date", "Activity", "Rescheduled"},
              {LocalDate.of(2023, 3, 13), "OP", "=1000+10"},
              {45000, "IP", " 160 "},
            });
    Dataset data = DataFolderReader.read(folder().put("returns/RM1/old.xls", xls));
    assertEquals(List.of(), messages(data));
    assertEquals(List.of(1010L, 160L), data.counts().stream().map(DisruptionCount::count).toList());
    assertEquals(LocalDate.of(2023, 3, 15), data.counts().get(1).date().orElseThrow());
  }

  /** totals.label is a ColumnName, which does not ignore a colon: ActivityRows strips it. */
  @Test
  void a_totals_row_labelled_with_a_colon_is_a_stated_total_not_a_count() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "returns/RM1/colon.csv",
                    """
                    Date,Activity,Rescheduled
                    13/03/2023,OP,5
                    13/03/2023,IP,7
                    Total:,,12
                    """));
    assertEquals(List.of(), messages(data));
    assertEquals(Map.of("RM1 INPATIENT", 7L, "RM1 OUTPATIENT", 5L), bySiteAndType(data));
    assertEquals(List.of(12L), data.statedTotals().stream().map(t -> t.stated()).toList());
  }
}
