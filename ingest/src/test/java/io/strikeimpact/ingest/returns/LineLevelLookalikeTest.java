package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.Severity;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A PAS extract read with a table profile that forgot {@code layout = line-level} adds up its
 * outcome codes as counts: the red team's gave N&amp;N 1,045 for 197 rescheduled with no word. A
 * table whose cells hold patient identifiers now says it looks like a line-level extract.
 */
class LineLevelLookalikeTest {
  private static final String PROFILE =
      """
      site = RM1
      files = returns/RM1/*.csv
      column.date = Appt Date
      column.type = Activity
      column.count = Attendance code
      action = by-date
      type.outpatient = OP
      type.inpatient = IP
      """;

  @Test
  void a_table_with_a_column_of_nhs_numbers_is_said_to_look_like_a_line_level_extract()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            SampleReference.folder()
                .put("profiles/nnuh.properties", PROFILE)
                .put(
                    "returns/RM1/pas.csv",
                    """
                    Ref,Appt Date,Activity,Attendance code
                    9434765919,13/03/2023,OP,4
                    9434765870,13/03/2023,OP,2
                    4010232137,14/03/2023,IP,4
                    """));
    List<DataProblem> warnings =
        data.problems().stream().filter(p -> p.severity() == Severity.WARNING).toList();
    assertEquals(1, warnings.size(), data.problems().toString());
    assertEquals("column A holds NHS numbers", warnings.getFirst().found());
    assertEquals(
        "if each row is one appointment or procedure, set layout = line-level in"
            + " profiles/nnuh.properties (with filter.column and filter.values for the outcome that"
            + " means rescheduled): read as a table, each row's figure is added up as a count of"
            + " appointments",
        warnings.getFirst().fix());
  }

  @Test
  void a_table_of_counts_gets_no_such_warning() throws IOException {
    Dataset data =
        DataFolderReader.read(
            SampleReference.folder()
                .put("profiles/nnuh.properties", PROFILE)
                .put(
                    "returns/RM1/counts.csv",
                    """
                    Appt Date,Activity,Attendance code
                    13/03/2023,OP,412
                    13/03/2023,IP,57
                    """));
    assertFalse(
        data.problems().stream().anyMatch(p -> p.expected().contains("line-level")),
        data.problems().toString());
    assertEquals(List.of(), data.problems());
  }

  @Test
  void a_summary_of_totals_with_patient_numbers_is_never_told_to_be_line_level()
      throws IOException {
    Dataset data =
        DataFolderReader.read(
            SampleReference.folder()
                .put(
                    "profiles/icb.properties",
                    """
                    role = stated-totals
                    files = returns/QMM/icb.csv
                    column.action = Action
                    column.site = Site
                    column.count = Stated total
                    """)
                .put(
                    "returns/QMM/icb.csv",
                    """
                    Action,Site,Stated total,Patient
                    bma-jd-2023-03,all,4736,9434765919
                    bma-jd-2023-03,RM1,3451,9434765870
                    bma-jd-2023-03,RCX,932,4010232137
                    """));
    List<DataProblem> warnings =
        data.problems().stream()
            .filter(p -> p.severity() == Severity.WARNING && p.found().contains("NHS numbers"))
            .toList();
    assertEquals(1, warnings.size(), data.problems().toString());
    assertEquals(
        "a summary of stated totals, which holds no patient identifiers",
        warnings.getFirst().expected());
    assertFalse(warnings.getFirst().fix().contains("line-level"), warnings.getFirst().fix());
    assertEquals(3, data.statedTotals().size(), "the totals beside the withheld column stand");
    assertFalse(data.problems().toString().contains("9434765919"), data.problems().toString());
  }
}
