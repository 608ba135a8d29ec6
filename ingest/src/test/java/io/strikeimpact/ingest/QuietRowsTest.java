package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.SourceFile;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Red-team defect 19: rows that are read but hold nothing to count give one line, not a message a
 * row. A PAS extract of the whole week has rows on days of no action: they are "not counted" as the
 * filter's values are. A section heading ("Outpatients" alone on a row) is passed over with one
 * warning for the file, not an error for each of its empty date, type and count.
 */
class QuietRowsTest {
  private static SourceFile source(Dataset data, String name) {
    return data.sources().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void a_totals_row_under_rows_that_were_all_rejected_says_to_mend_them_not_to_move_it()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    """
                    site = RCX
                    files = returns/RCX/*
                    column.date = Date
                    column.specialty = Specialty
                    columns.by-type = Outpatients=outpatient, Inpatients=inpatient
                    action = by-date
                    date.format = dd/MM/yyyy
                    totals.label = Total
                    """)
                .put(
                    "returns/RCX/qeh.csv",
                    """
                    Date,Specialty,Outpatients,Inpatients
                    13/03/2023,Urology,n/a,-
                    14/03/2023,ENT,n/a,-
                    Total,,0,0
                    """));
    List<String> m = messages(data);
    assertEquals(
        1,
        m.stream()
            .filter(
                x ->
                    x.contains("row 4")
                        && x.contains("all 2 above it were rejected")
                        && x.contains("correct the rejected rows above"))
            .count(),
        String.join("\n", m));
    assertEquals(
        0, m.stream().filter(x -> x.contains("move the totals row")).count(), m.toString());
  }

  @Test
  void rows_of_an_extract_dated_outside_any_action_are_one_line_not_an_error_a_row()
      throws IOException {
    StringBuilder csv = new StringBuilder("Clinic date,Clinic,Outcome\n");
    for (String day : List.of("10/03/2023", "13/03/2023", "16/03/2023", "17/03/2023")) {
      for (int i = 0; i < 17; i++) {
        csv.append(day).append(",OP-ORTH,4\n");
      }
    }
    csv.append("14/03/2023,OP-ORTH,2\n");
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    """
                    site = RM1
                    files = returns/RM1/*
                    layout = line-level
                    column.date = Clinic date
                    column.type = Clinic
                    action = by-date
                    type.outpatient = OP-*
                    filter.column = Outcome
                    filter.values = 4
                    """)
                .put("returns/RM1/pas.csv", csv.toString()));
    assertEquals(List.of(), messages(data));
    assertEquals(17, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        "69 rows read, 17 counted, 52 not counted (Outcome 2: 1; dates outside any action: 51"
            + " rows (10 March 2023, 16 March 2023, 17 March 2023), first at cell A2)",
        source(data, "returns/RM1/pas.csv").rowsSummary());
  }

  @Test
  void a_date_on_another_action_is_still_an_error_when_the_extract_is_filed_under_one()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    """
                    site = RM1
                    files = returns/RM1/*
                    layout = line-level
                    column.date = Clinic date
                    type = outpatient
                    action = bma-jd-2023-03
                    """)
                .put(
                    "returns/RM1/pas.csv",
                    "Clinic date\n13/03/2023\n20/03/2023\n18/01/2023\n18/01/2023\n"));
    assertEquals(1, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        List.of(
            "ERROR returns/RM1/pas.csv, cell A4: found \"18/01/2023\"; expected a day of"
                + " bma-jd-2023-03: 13 March 2023, 14 March 2023, 15 March 2023. Fix: correct the"
                + " date in the return, or file the row under its own action (action in"
                + " profiles/test.properties)",
            "ERROR returns/RM1/pas.csv, cell A5: found \"18/01/2023\"; expected a day of"
                + " bma-jd-2023-03: 13 March 2023, 14 March 2023, 15 March 2023. Fix: correct the"
                + " date in the return, or file the row under its own action (action in"
                + " profiles/test.properties)"),
        messages(data));
    assertEquals(
        "4 rows read, 1 counted, 1 not counted (dates outside any action: 1 row (20 March 2023),"
            + " first at cell A3), 2 rejected",
        source(data, "returns/RM1/pas.csv").rowsSummary());
  }

  @Test
  void a_section_heading_alone_on_a_row_is_one_warning_for_the_file() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "returns/RM1/headed.csv",
                    """
                    Date,Activity,Rescheduled
                    Outpatients,,
                    13/03/2023,OP,300
                    14/03/2023,OP,290
                    Inpatients,,
                    13/03/2023,IP,17
                    ,Day cases,
                    """));
    assertEquals(
        List.of(
            "WARNING returns/RM1/headed.csv: found \"3 rows holding only a label: \"Outpatients\""
                + " (cell A2), \"Inpatients\" (cell A5), \"Day cases\" (cell B7)\"; expected rows of"
                + " figures; a label alone on a row is taken for a section heading and not read."
                + " Fix: nothing to do if it heads the rows below it; if the row should hold"
                + " figures, fill in its date, activity type and count"),
        messages(data));
    assertEquals(607, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(List.of(), data.rejectedRows());
  }
}
