package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Red team: QEH's revision "QEH return 3 April 2023.csv", holding the March 2023 strike's rows, was
 * refused as "April's return". A day, month and year in a name is the date the return was sent;
 * only a bare month names the month it covers, and where rows are dated, their dates decide.
 */
class FullDateInNameTest {
  private static final String QEH =
      """
      name = QEH specialty return
      site = RCX
      files = returns/RCX/*.csv
      column.specialty = Specialty
      columns.by-type = Outpatients=outpatient, Inpatients=inpatient
      action = bma-jd-2023-03
      totals.label = Total
      """;

  private static final String DATED =
      """
      name = QEH daily return
      site = RCX
      files = returns/RCX/*.csv
      column.date = Date
      column.type = Activity
      column.count = Rescheduled
      type.outpatient = OP
      type.inpatient = IP
      action = bma-jd-2023-03
      """;

  private static long total(Dataset data) {
    return data.counts().stream().mapToLong(DisruptionCount::count).sum();
  }

  @Test
  void a_revision_named_with_the_date_it_was_sent_revises_the_month_it_covers() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/qeh.properties", QEH)
                .put(
                    "returns/RCX/qeh-junior-doctors-march-2023.csv",
                    "Specialty,Outpatients,Inpatients\nGeneral Surgery,132,9\nTotal,132,9\n")
                .put(
                    "returns/RCX/QEH return 3 April 2023.csv",
                    "Specialty,Outpatients,Inpatients\nGeneral Surgery,140,9\nTotal,140,9\n"));
    assertEquals(149, total(data));
    assertEquals(
        List.of(
            "WARNING returns/RCX/QEH return 3 April 2023.csv: found \"a revised return for RCX in"
                + " bma-jd-2023-03: 149 (outpatient 140, inpatient 9) in returns/RCX/QEH return 3"
                + " April 2023.csv, replacing 141 (outpatient 132, inpatient 9) in"
                + " returns/RCX/qeh-junior-doctors-march-2023.csv (up 8)\"; expected one return per"
                + " site and action, or returns that do not repeat a day and activity type. Fix:"
                + " nothing to fix if returns/RCX/QEH return 3 April 2023.csv is the revision: it is"
                + " the later by the date in its name, else by its name, and only its figures count;"
                + " if both are meant to count, remove the repeated days from one of them"),
        messages(data));
    assertEquals(
        List.of(java.time.LocalDate.of(2023, 4, 3)),
        data.revisions().stream().map(r -> r.returnDate().orElseThrow()).toList());
  }

  @Test
  void a_bare_month_still_names_the_month_covered() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/qeh.properties", QEH)
                .put(
                    "returns/RCX/QEH return April 2023.csv",
                    "Specialty,Outpatients,Inpatients\nGeneral Surgery,140,9\n"));
    assertEquals(0, total(data));
    assertEquals(
        true,
        messages(data).getFirst().contains("though its name says April 2023"),
        messages(data).toString());
  }

  @Test
  void where_the_rows_are_dated_their_dates_decide_over_a_month_in_the_name() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/qeh.properties", DATED)
                .put(
                    "returns/RCX/qeh-april-2023.csv",
                    "Date,Activity,Rescheduled\n13/03/2023,OP,100\n14/03/2023,IP,20\n"));
    assertEquals(120, total(data));
    assertEquals(
        List.of(
            "WARNING returns/RCX/qeh-april-2023.csv: found \"a return whose name does not say the"
                + " month of its rows: its name says April 2023, but its rows are dated 13 and 14"
                + " March 2023\"; expected a name that says the month the return covers, or none."
                + " Fix: nothing to fix: the rows' dates decide, so its figures count for RCX in"
                + " bma-jd-2023-03 (13 to 15 March 2023); rename it"
                + " (returns/RCX/qeh-march-2023.csv) so that its name agrees"),
        messages(data));
  }
}
