package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * LibreOffice or Excel set to US English saves a return's dates as 03/13/2023. The rows are refused
 * as before, and the fix says why and that the whole file needs it: its 03/04/2023 would read as 3
 * April.
 */
class MonthFirstDatesTest {
  private static final String PROFILE =
      """
      site = RM1
      files = returns/RM1/*.csv
      column.date = Date
      column.type = Activity
      column.count = Rescheduled
      action = by-date
      type.outpatient = OP
      """;

  @Test
  void a_month_first_date_is_named_as_one_and_a_mistyped_date_is_not() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/nnuh.properties", PROFILE)
                .put(
                    "returns/RM1/export.csv",
                    "Date,Activity,Rescheduled\n03/13/2023,OP,1010\n13/03/20233,OP,985\n"));
    assertEquals(
        List.of(
            "ERROR returns/RM1/export.csv, cell A2: found \"03/13/2023\"; expected a date written"
                + " as dd/MM/yyyy or yyyy-MM-dd, or an Excel date. Fix: the date reads month first,"
                + " as a spreadsheet set to US English saves dates as text: save the return again"
                + " with the United Kingdom's date setting, or, if every date in it is month first,"
                + " set date.format = MM/dd/yyyy in profiles/nnuh.properties",
            "ERROR returns/RM1/export.csv, cell A3: found \"13/03/20233\"; expected a date written"
                + " as dd/MM/yyyy or yyyy-MM-dd, or an Excel date. Fix: correct the date in the"
                + " return, or add its pattern to date.format in profiles/nnuh.properties"),
        messages(data).stream().filter(m -> m.startsWith("ERROR")).toList());
    assertEquals(List.of(), data.counts());
  }

  @Test
  void a_profile_that_reads_both_day_first_and_month_first_is_refused() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/nnuh.properties", PROFILE + "date.format = dd/MM/yyyy|MM/dd/yyyy\n")
                .put("returns/RM1/export.csv", "Date,Activity,Rescheduled\n03/04/2023,OP,1\n"));
    assertEquals(
        "ERROR profiles/nnuh.properties: found \"date.format = dd/MM/yyyy|MM/dd/yyyy\"; expected"
            + " patterns that all put the day first or all the month first: with both, a return's"
            + " 03/04/2023 reads as 3 April and its 03/13/2023 as 13 March; keep the one the"
            + " hospital's returns are written in. Fix: correct date.format in"
            + " profiles/nnuh.properties",
        messages(data).stream()
            .filter(m -> m.startsWith("ERROR profiles/nnuh"))
            .findFirst()
            .orElseThrow());
    assertEquals(List.of(), data.counts(), "a refused profile reads nothing");
  }

  @Test
  void month_names_and_one_order_are_not_mixed_orders() {
    org.junit.jupiter.api.Assertions.assertFalse(
        io.strikeimpact.ingest.profile.DateFormats.parse("dd/MM/yyyy|yyyy-MM-dd|MMM d, yyyy")
            .daysAndMonthsBothFirst());
    org.junit.jupiter.api.Assertions.assertTrue(
        io.strikeimpact.ingest.profile.DateFormats.parse("d/M/yy|M/d/yyyy")
            .daysAndMonthsBothFirst());
  }
}
