package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.PlannedActivity;
import io.strikeimpact.model.Provenance;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Planned activity beside the counts ({@code column.planned}, {@code columns.planned-by-type}). */
class PlannedActivityTest {
  static final String LONG =
      """
      site = RM1
      files = returns/RM1/*
      column.date = Date
      column.type = Activity
      column.count = Rescheduled
      column.planned = Planned|Planned activity
      action = by-date
      type.outpatient = OP
      type.inpatient = IP
      """;

  static Dataset read(String profile, String file, String csv) throws IOException {
    return DataFolderReader.read(folder().put("profiles/test.properties", profile).put(file, csv));
  }

  @Test
  void planned_figures_are_read_beside_each_count_with_the_same_site_action_and_type()
      throws IOException {
    Dataset data =
        read(
            LONG,
            "returns/RM1/march.csv",
            """
        Date,Activity,Rescheduled,Planned activity
        13/03/2023,OP,1010,"9,000"
        13/03/2023,IP,160,1000
        14/03/2023,OP,985,9100
        """);
    assertEquals(List.of(), messages(data));
    assertEquals(3, data.counts().size());
    List<PlannedActivity> planned = data.planned();
    assertEquals(3, planned.size());
    PlannedActivity first = planned.getFirst();
    assertEquals(
        List.of("RM1", "bma-jd-2023-03", ActivityType.OUTPATIENT, 9000L),
        List.of(first.odsCode(), first.actionId(), first.type(), first.planned()));
    assertEquals("D2", first.provenance().cell());
    assertEquals(first.provenance().sha256(), data.counts().getFirst().provenance().sha256());
    assertEquals(ActivityType.INPATIENT, planned.get(1).type());
    assertEquals(19100L, planned.stream().mapToLong(PlannedActivity::planned).sum());
  }

  @Test
  void a_bad_planned_figure_names_its_cell_and_the_count_still_stands() throws IOException {
    Dataset data =
        read(
            LONG,
            "returns/RM1/march.csv",
            """
        Date,Activity,Rescheduled,Planned
        13/03/2023,OP,1010,-5
        13/03/2023,IP,160,1000.5
        14/03/2023,OP,985,lots
        """);
    assertEquals(
        List.of(
            "ERROR returns/RM1/march.csv, cell D2: found \"-5\"; expected the activity planned: a whole number of 0 or more, or a blank cell if not known. Fix: correct the planned figure in the return and send it again; planned activity cannot be negative; meanwhile the row's count is used, but no rate per 1,000 planned is given for its site and action",
            "ERROR returns/RM1/march.csv, cell D3: found \"1000.5\"; expected the activity planned: a whole number of 0 or more, or a blank cell if not known. Fix: correct the planned figure in the return and send it again; appointments are planned in whole numbers; meanwhile the row's count is used, but no rate per 1,000 planned is given for its site and action",
            "ERROR returns/RM1/march.csv, cell D4: found \"lots\"; expected the activity planned: a whole number of 0 or more, or a blank cell if not known. Fix: write the planned figure as a number, e.g. 9,000, or leave the cell blank if it is not known, and send the return again; meanwhile the row's count is used, but no rate per 1,000 planned is given for its site and action"),
        messages(data));
    assertEquals(2155L, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    assertEquals(List.of(), data.rejectedRows());
    assertEquals(List.of(), data.planned());
  }

  @Test
  void planned_on_some_rows_of_a_site_and_action_only_gives_no_planned_figure_and_a_warning()
      throws IOException {
    Dataset data =
        read(
            LONG,
            "returns/RM1/both.csv",
            """
        Date,Activity,Rescheduled,Planned
        13/03/2023,OP,1010,9000
        13/03/2023,IP,160,
        14/03/2023,OP,985,
        18/01/2023,OP,200,4000
        """);
    assertEquals(
        List.of(
            "WARNING returns/RM1/both.csv, cell C3: found \"a planned figure beside 1 of the 3 counts for RM1 in bma-jd-2023-03; none beside this count and 1 more\"; expected a planned figure beside every count of a site and action, or beside none. Fix: fill in the planned activity on every row for RM1 in bma-jd-2023-03 and send the return again; until then the rate per 1,000 planned cannot be given for RM1 in bma-jd-2023-03 (its counts and other rates are unaffected)"),
        messages(data));
    // the nursing day gives its planned figure on every row, so it stands
    assertEquals(
        List.of("rcn-2023-01"), data.planned().stream().map(PlannedActivity::actionId).toList());
    assertEquals(4, data.counts().size());
  }

  @Test
  void a_return_without_planned_for_a_site_and_action_another_gives_planned_for_is_part_planned()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/test.properties", LONG.replace("returns/RM1/*", "returns/RM1/a-*"))
                .put(
                    "profiles/other.properties",
                    InvalidInputTest.PROFILE.replace("returns/RM1/*", "returns/RM1/b-*"))
                .put(
                    "returns/RM1/a-op.csv",
                    "Date,Activity,Rescheduled,Planned\n13/03/2023,OP,1010,9000\n")
                .put("returns/RM1/b-ip.csv", "Date,Activity,Rescheduled\n13/03/2023,IP,160\n"));
    assertEquals(1, messages(data).size(), messages(data).toString());
    assertTrue(
        messages(data)
            .getFirst()
            .startsWith(
                "WARNING returns/RM1/b-ip.csv, cell C2: found \"a planned figure beside 1 of the 2 counts for RM1 in bma-jd-2023-03"));
    assertEquals(List.of(), data.planned());
  }

  @Test
  void a_wide_layout_by_type_gives_planned_by_type() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    """
            site = RCX
            files = returns/RCX/*
            column.specialty = Specialty
            columns.by-type = Outpatients=outpatient, Inpatients=inpatient
            columns.planned-by-type = Outpatients planned=outpatient, Inpatients planned=inpatient
            action = bma-jd-2023-03
            """)
                .put(
                    "returns/RCX/wide.csv",
                    """
            Specialty,Outpatients,Outpatients planned,Inpatients,Inpatients planned
            Urology,120,1500,10,90
            ENT,80,900,5,60
            Total,200,2400,15,150
            """));
    assertEquals(List.of(), messages(data));
    assertEquals(
        List.of(1500L, 90L, 900L, 60L),
        data.planned().stream().map(PlannedActivity::planned).toList());
    assertEquals(
        List.of(
            ActivityType.OUTPATIENT,
            ActivityType.INPATIENT,
            ActivityType.OUTPATIENT,
            ActivityType.INPATIENT),
        data.planned().stream().map(PlannedActivity::type).toList());
    assertEquals(
        new Provenance(
            "returns/RCX/wide.csv", data.planned().getFirst().provenance().sha256(), "", "C2"),
        data.planned().getFirst().provenance());
    assertEquals(2, data.statedTotals().size());
  }

  @Test
  void planned_keys_that_cannot_apply_are_profile_errors() throws IOException {
    Dataset lineLevel =
        read(
            """
        site = RM1
        files = returns/RM1/*
        layout = line-level
        column.date = Date
        type = outpatient
        column.planned = Planned
        action = by-date
        """,
            "returns/RM1/x.csv",
            "Date,Planned\n13/03/2023,1\n");
    assertTrue(
        messages(lineLevel)
            .contains(
                "ERROR profiles/test.properties: found \"column.planned with layout = line-level\"; expected planned activity only in a table of figures: a line-level extract lists what was rescheduled, not what was planned. Fix: remove column.planned in profiles/test.properties"),
        messages(lineLevel).toString());

    Dataset wideWithoutByType =
        read(
            LONG.replace(
                "column.planned = Planned|Planned activity",
                "columns.planned-by-type = Planned=outpatient"),
            "returns/RM1/x.csv",
            "Date,Activity,Rescheduled,Planned\n13/03/2023,OP,1,2\n");
    assertTrue(
        messages(wideWithoutByType)
            .contains(
                "ERROR profiles/test.properties: found \"columns.planned-by-type without columns.by-type\"; expected column.planned for a long layout, one planned column beside column.count. Fix: replace columns.planned-by-type with column.planned in profiles/test.properties"),
        messages(wideWithoutByType).toString());
  }

  @Test
  void a_revised_return_replaces_the_planned_figures_too() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/test.properties", LONG)
                .put(
                    "returns/RM1/march.csv",
                    "Date,Activity,Rescheduled,Planned\n13/03/2023,OP,1010,9000\n")
                .put(
                    "returns/RM1/march-revised.csv",
                    "Date,Activity,Rescheduled,Planned\n13/03/2023,OP,1020,9050\n"));
    assertEquals(List.of(9050L), data.planned().stream().map(PlannedActivity::planned).toList());
  }
}
