package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.StatedTotal;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A blank cell where a figure may be left out is "no figure", never an error. */
class BlankCellTest {
  private static final String ICB =
      """
      role = stated-totals
      files = returns/QMM/*.csv
      column.action = Action
      column.site = Site
      column.count = Stated total
      """;

  private static final String BY_TYPE =
      """
      site = RCX
      files = returns/RCX/*
      column.specialty = Specialty
      columns.by-type = Outpatients=outpatient, Inpatients=inpatient
      action = bma-jd-2023-03
      """;

  @Test
  void a_blank_stated_total_is_no_figure_and_the_others_are_still_checked() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/icb.properties", ICB)
                .put(
                    "returns/QMM/icb.csv",
                    "Action,Site,Stated total\n"
                        + "bma-jd-2023-03,all,4736\n"
                        + "bma-jd-2023-03,RM1,\n"
                        + "bma-jd-2023-03,RCX,  \n"));
    assertEquals(List.of(), messages(data));
    assertEquals(List.of(4736L), data.statedTotals().stream().map(StatedTotal::stated).toList());
    SourceFile icb =
        data.sources().stream().filter(s -> s.name().endsWith("icb.csv")).findFirst().orElseThrow();
    assertEquals(List.of(3, 1, 0), List.of(icb.rowsRead(), icb.rowsUsed(), icb.rowsRejected()));
  }

  @Test
  void a_blank_cell_in_a_wide_table_by_type_gives_no_count_for_that_type() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/qeh.properties", BY_TYPE)
                .put(
                    "returns/RCX/march.csv",
                    "Specialty,Outpatients,Inpatients\n"
                        + "Surgery,132,\n"
                        + "Dermatology,,\n"
                        + "ENT,104,5\n"
                        + "Total,236,\n"));
    assertEquals(List.of(), messages(data));
    assertEquals(
        List.of("Surgery OUTPATIENT 132", "ENT OUTPATIENT 104", "ENT INPATIENT 5"),
        data.counts().stream()
            .map(c -> c.specialty().orElseThrow() + " " + c.type() + " " + c.count())
            .toList());
    assertEquals(241, data.counts().stream().mapToLong(DisruptionCount::count).sum());
    // the totals row's blank inpatient cell states nothing, so only outpatient is checked
    assertEquals(List.of(236L), data.statedTotals().stream().map(StatedTotal::stated).toList());
  }

  @Test
  void a_cell_in_a_wide_table_by_type_that_is_not_a_number_is_still_an_error() throws IOException {
    // "tbc" is a figure to come, not none: "-", "n/a" and "nil" say none
    // (SuppressedAndNilCellsTest).
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/qeh.properties", BY_TYPE)
                .put(
                    "returns/RCX/march.csv",
                    "Specialty,Outpatients,Inpatients\nSurgery,132,tbc\n"));
    assertEquals(
        List.of(
            "ERROR returns/RCX/march.csv, cell C2: found \"tbc\"; expected a whole number of 0 or more. Fix: write the count as a number, e.g. 1,234, and send the return again"),
        messages(data));
    assertEquals(List.of(), data.counts());
  }

  @Test
  void clinic_codes_read_by_type_pattern_from_a_return() throws IOException {
    Dataset data =
        DataFolderReader.read(
            folder()
                .put(
                    "profiles/test.properties",
                    """
                    site = RM1
                    files = returns/RM1/*
                    column.date = Date
                    column.type = Clinic
                    column.count = Rescheduled
                    action = by-date
                    type.outpatient = OP-*
                    type.inpatient = DC-*
                    """)
                .put(
                    "returns/RM1/clinics.csv",
                    "Date,Clinic,Rescheduled\n13/03/2023,OP-CARD1,10\n13/03/2023,op-derm,5\n"
                        + "13/03/2023,DC-ENT,3\n13/03/2023,XR-1,2\n"));
    assertEquals(
        List.of(
            "ERROR returns/RM1/clinics.csv, cell B5: found \"XR-1\"; expected one of the activity words profiles/test.properties accepts: outpatient: \"OP-*\", \"outpatient\"; inpatient: \"DC-*\", \"inpatient\"; total-only: \"total only\". Fix: add \"XR-1\" to type.outpatient, type.inpatient or type.total-only in profiles/test.properties"),
        messages(data));
    assertEquals(
        List.of("OUTPATIENT 10", "OUTPATIENT 5", "INPATIENT 3"),
        data.counts().stream().map(c -> c.type() + " " + c.count()).toList());
  }
}
