package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A csv number written with a comma and no quotes ("...,110,1,168,14") splits in two and moves
 * every field after it one column right: read as it stood, QEH's 1,168 outpatients were 1 and its
 * inpatients 168. Such a row is rejected with an error that names the number; a note beyond the
 * header is not.
 */
class CsvSplitNumberTest {
  private static final String PROFILE =
      """
      site = RCX
      files = returns/RCX/*.csv
      column.specialty = Specialty
      column.specialty-code = Treatment function code
      columns.by-type = Outpatients=outpatient, Inpatients=inpatient
      action = bma-jd-2023-03
      """;

  private static Dataset read(String csv) throws IOException {
    return OneReturn.qeh(PROFILE, csv);
  }

  @Test
  void a_row_split_by_an_unquoted_thousands_comma_is_rejected_naming_the_number()
      throws IOException {
    Dataset data =
        read(
            """
            Specialty,Treatment function code,Outpatients,Inpatients
            General Surgery,100,132,9
            Trauma and Orthopaedics,110,1,168,14
            """);
    assertEquals(List.of(132L, 9L), data.counts().stream().map(DisruptionCount::count).toList());
    assertEquals(1, data.rejectedRows().size());
    assertEquals(
        List.of(
            "ERROR returns/RCX/qeh.csv, row 3: found \"1,168\"; expected no more fields than the"
                + " header's 4; this row has 5, as a number written with a comma and no quotes"
                + " splits in two (columns C and D). Fix: write the number without the comma"
                + " (1168) or in double quotes (\"1,168\"), or save the return from Excel as CSV,"
                + " which quotes it; the row was not counted"),
        data.problems().stream().map(p -> p.severity() + " " + p.message()).toList());
  }

  @Test
  void a_quoted_number_and_a_note_beyond_the_header_are_read_as_before() throws IOException {
    Dataset data =
        read(
            """
            Specialty,Treatment function code,Outpatients,Inpatients
            Trauma and Orthopaedics,110,"1,168",14
            Urology,101,96,6,checked by the service manager
            """);
    assertEquals(
        List.of(1168L, 14L, 96L, 6L), data.counts().stream().map(DisruptionCount::count).toList());
    assertEquals(List.of(), data.rejectedRows());
  }

  @Test
  void a_count_of_digits_a_full_stop_and_three_zeros_is_refused_as_ambiguous() throws IOException {
    // "1.000" is a thousand in European writing and one in British: never read as either.
    Dataset data =
        read(
            """
            Specialty;Treatment function code;Outpatients;Inpatients
            General Surgery;100;1.000;9
            Urology;101;96.0;6
            """);
    assertEquals(List.of(96L, 6L), data.counts().stream().map(DisruptionCount::count).toList());
    assertEquals(
        List.of(
            "ERROR returns/RCX/qeh.csv, cell C2: found \"1.000\"; expected a whole number of 0 or"
                + " more. Fix: write the figure without a full stop: 1000 if the full stop"
                + " separates thousands, as in European writing, or 1 if it does not, and send the"
                + " return again; until then it is not read"),
        data.problems().stream().map(p -> p.severity() + " " + p.message()).toList());
  }
}
