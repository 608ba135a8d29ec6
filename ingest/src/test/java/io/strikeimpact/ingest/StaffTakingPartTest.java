package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.StaffTakingPart;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Staff taking part beside the counts ({@code column.staff}), read by profile like any figure. */
class StaffTakingPartTest {
  static final String LONG =
      """
      site = RM1
      files = returns/RM1/*
      column.date = Date
      column.type = Activity
      column.count = Rescheduled
      column.staff = Staff taking part|Staff on strike
      column.staff-note = Staff source
      action = by-date
      type.outpatient = OP
      type.inpatient = IP
      type.total-only = All activity
      """;

  static Dataset read(String profile, String file, String csv) throws IOException {
    return DataFolderReader.read(folder().put("profiles/test.properties", profile).put(file, csv));
  }

  private static List<Object> fields(StaffTakingPart s) {
    return List.of(
        s.odsCode(),
        s.actionId(),
        s.date(),
        s.staff(),
        s.provenance().file(),
        s.provenance().cell(),
        s.illustrative(),
        s.note());
  }

  @Test
  void staff_figures_are_read_a_day_each_with_their_cell_and_note() throws IOException {
    Dataset data =
        read(
            LONG,
            "returns/RM1/nursing.csv",
            """
        Date,Activity,Rescheduled,Staff taking part,Staff source
        18/01/2023,All activity,380,302,public: Eastern Daily Press
        19/01/2023,All activity,372,272,public: Eastern Daily Press
        06/02/2023,All activity,379,"1,310",Illustrative figure
        """);
    assertEquals(List.of(), messages(data));
    assertEquals(
        List.of(
            List.of(
                "RM1",
                "rcn-2023-01",
                LocalDate.of(2023, 1, 18),
                302L,
                "returns/RM1/nursing.csv",
                "D2",
                false,
                "public: Eastern Daily Press"),
            List.of(
                "RM1",
                "rcn-2023-01",
                LocalDate.of(2023, 1, 19),
                272L,
                "returns/RM1/nursing.csv",
                "D3",
                false,
                "public: Eastern Daily Press"),
            List.of(
                "RM1",
                "rcn-2023-02",
                LocalDate.of(2023, 2, 6),
                1310L,
                "returns/RM1/nursing.csv",
                "D4",
                true,
                "Illustrative figure")),
        data.staff().stream().map(StaffTakingPartTest::fields).toList());
    assertEquals(
        data.counts().getFirst().provenance().sha256(),
        data.staff().getFirst().provenance().sha256());
  }

  @Test
  void a_blank_staff_cell_is_no_figure_never_zero_and_the_count_stands() throws IOException {
    Dataset data =
        read(
            LONG,
            "returns/RM1/nursing.csv",
            """
        Date,Activity,Rescheduled,Staff taking part,Staff source
        18/01/2023,All activity,380,302,
        19/01/2023,All activity,372,  ,
        """);
    assertEquals(List.of(), messages(data));
    assertEquals(List.of(), data.rejectedRows());
    assertEquals(752L, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        List.of(LocalDate.of(2023, 1, 18)),
        data.staff().stream().map(StaffTakingPart::date).toList());
    assertEquals("", data.staff().getFirst().note());
  }

  @Test
  void a_staff_figure_that_is_not_a_whole_number_rejects_its_row_naming_the_cell()
      throws IOException {
    Dataset data =
        read(
            LONG,
            "returns/RM1/nursing.csv",
            """
        Date,Activity,Rescheduled,Staff taking part,Staff source
        18/01/2023,All activity,380,about 300,
        19/01/2023,All activity,372,-2,
        06/02/2023,All activity,379,12.5,
        07/02/2023,All activity,375,290,
        """);
    assertEquals(
        List.of(
            "ERROR returns/RM1/nursing.csv, cell D2: found \"about 300\"; expected the staff taking part that day: a whole number of 0 or more, or a blank cell if not known. Fix: write the number of staff taking part as a number, e.g. 302, or leave the cell blank if it is not known, and send the return again; the row is not counted until then",
            "ERROR returns/RM1/nursing.csv, cell D3: found \"-2\"; expected the staff taking part that day: a whole number of 0 or more, or a blank cell if not known. Fix: correct the staff figure in the return and send it again; staff taking part cannot be negative",
            "ERROR returns/RM1/nursing.csv, cell D4: found \"12.5\"; expected the staff taking part that day: a whole number of 0 or more, or a blank cell if not known. Fix: correct the staff figure in the return and send it again; staff are counted in whole numbers"),
        messages(data));
    assertEquals(
        List.of("D2", "D3", "D4"),
        data.rejectedRows().stream().map(r -> r.problems().getFirst().where().cell()).toList());
    assertEquals(
        List.of("18/01/2023", "All activity", "380", "about 300"),
        data.rejectedRows().getFirst().values());
    assertEquals(375L, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(List.of(290L), data.staff().stream().map(StaffTakingPart::staff).toList());
  }

  /** Red team: "n/a" in the staff column rejected the row and lost its rescheduled counts. */
  @Test
  void staff_cells_saying_no_figure_in_words_keep_their_counts_and_are_noted_once_a_file()
      throws IOException {
    Dataset data =
        read(
            LONG,
            "returns/RM1/nursing.csv",
            """
        Date,Activity,Rescheduled,Staff taking part,Staff source
        18/01/2023,All activity,380,302,
        19/01/2023,All activity,372,n/a,
        06/02/2023,All activity,379,nil return,
        07/02/2023,All activity,375,–,
        13/03/2023,OP,1010,N/A,
        13/03/2023,IP,160,-,
        14/03/2023,OP,985,  ,
        """);
    assertEquals(List.of(), data.rejectedRows());
    assertEquals(
        380L + 372 + 379 + 375 + 1010 + 160 + 985,
        data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(
        List.of(List.of(LocalDate.of(2023, 1, 18), 302L)),
        data.staff().stream().map(s -> List.<Object>of(s.date(), s.staff())).toList());
    assertEquals(
        List.of(
            "WARNING returns/RM1/nursing.csv, cell D3: found \"n/a (D3), nil return (D4), – (D5),"
                + " N/A (D6), - (D7) and spaces only (D8)\"; expected the staff"
                + " taking part that day: a whole number of 0 or more, or a blank cell if not known."
                + " Fix: nothing to fix for the counts: these 6 rows are counted, and the staff"
                + " figure for their days is not given (never 0), so no rate per staff-day of action"
                + " taken part is given where a day lacks a figure; write the number of staff taking"
                + " part if it is known, or leave the cell blank, and send the return again"),
        messages(data).stream().filter(m -> m.contains("staff")).toList());
  }

  @Test
  void rows_of_one_day_give_its_staff_once_and_two_different_figures_give_none()
      throws IOException {
    Dataset data =
        read(
            LONG.replace("column.staff-note = Staff source\n", "staff.note = illustrative\n"),
            "returns/RM1/march.csv",
            """
        Date,Activity,Rescheduled,Staff on strike
        13/03/2023,OP,1010,400
        13/03/2023,IP,160,400
        14/03/2023,OP,985,390
        14/03/2023,IP,158,395
        15/03/2023,OP,981,380
        15/03/2023,IP,157,
        """);
    assertEquals(
        List.of(
            "ERROR returns/RM1/march.csv, cell D5: found \"395 staff taking part, where returns/RM1/march.csv, cell D4 gives 390\"; expected one figure of staff taking part for RM1 on 14 March 2023. Fix: give the same figure on every row of the day, or on one row only, and send the return again; until then RM1 has no staff figure for 14 March 2023 and no rate per staff-day of action taken part"),
        messages(data));
    assertEquals(
        List.of(
            List.of(LocalDate.of(2023, 3, 13), 400L, "D2"),
            List.of(LocalDate.of(2023, 3, 15), 380L, "D6")),
        data.staff().stream()
            .map(s -> List.<Object>of(s.date(), s.staff(), s.provenance().cell()))
            .toList());
    assertTrue(data.staff().stream().allMatch(StaffTakingPart::illustrative));
    assertEquals(6, data.counts().size());
  }

  @Test
  void a_return_without_the_staff_columns_is_read_without_staff_figures() throws IOException {
    Dataset data =
        read(
            LONG,
            "returns/RM1/april.csv",
            """
        Date,Activity,Rescheduled
        11/04/2023,OP,1200
        """);
    assertEquals(List.of(), messages(data));
    assertEquals(1, data.counts().size());
    assertEquals(List.of(), data.staff());
  }

  @Test
  void staff_keys_that_cannot_apply_are_profile_errors() throws IOException {
    Dataset noDate =
        read(
            """
        site = RCX
        files = returns/RCX/*
        action = bma-jd-2023-03
        columns.by-type = Outpatients=outpatient, Inpatients=inpatient
        column.staff = Staff
        """,
            "returns/RCX/x.csv",
            "Outpatients,Inpatients,Staff\n1,2,3\n");
    assertTrue(
        messages(noDate)
            .contains(
                "ERROR profiles/test.properties: found \"column.staff without column.date\"; expected column.date naming the column of dates: a staff figure is the staff taking part on one day of action. Fix: add column.date, or remove column.staff in profiles/test.properties"),
        messages(noDate).toString());
    assertEquals(List.of(), noDate.staff());

    Dataset noteAlone =
        read(
            LONG.replace("column.staff = Staff taking part|Staff on strike\n", ""),
            "returns/RM1/x.csv",
            "Date,Activity,Rescheduled,Staff source\n13/03/2023,OP,1,x\n");
    assertTrue(
        messages(noteAlone)
            .contains(
                "ERROR profiles/test.properties: found \"column.staff-note without column.staff\"; expected a note on staff figures only with column.staff, the column of staff taking part. Fix: add column.staff, or remove the note in profiles/test.properties"),
        messages(noteAlone).toString());
  }

  @Test
  void a_revised_return_replaces_the_staff_figures_too() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/test.properties", LONG)
                .put(
                    "returns/RM1/nursing-2023-01-20.csv",
                    "Date,Activity,Rescheduled,Staff taking part,Staff source\n"
                        + "18/01/2023,All activity,380,300,\n")
                .put(
                    "returns/RM1/nursing-2023-01-27.csv",
                    "Date,Activity,Rescheduled,Staff taking part,Staff source\n"
                        + "18/01/2023,All activity,381,302,\n"));
    assertEquals(
        List.of(List.of(302L, "returns/RM1/nursing-2023-01-27.csv")),
        data.staff().stream().map(s -> List.<Object>of(s.staff(), s.provenance().file())).toList());
  }
}
