package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subtotals in the words trusts write them are never counted: "Total Surgery", "Medicine - total",
 * "Women &amp; Cardiac subtotal", and Excel's "Grand Total" below its own subtotals. A row that
 * only begins with "Total" is a subtotal when its figures add up, and counted when they do not
 * ("Total knee replacement" is a procedure).
 */
class SubtotalWordsTest {
  private static final String PROFILE =
      """
      site = RCX
      files = returns/RCX/*.csv
      column.specialty = Specialty
      columns.by-type = Outpatients=outpatient, Inpatients=inpatient
      action = bma-jd-2023-03
      totals.label = Total
      """;

  private static Dataset read(String csv) throws IOException {
    return OneReturn.qeh(PROFILE, csv);
  }

  private static long sum(Dataset data) {
    return data.counts().stream().mapToLong(DisruptionCount::count).sum();
  }

  @Test
  void subtotals_before_or_after_their_words_are_checked_and_never_counted() throws IOException {
    Dataset data =
        read(
            """
            Specialty,Outpatients,Inpatients
            General Surgery,132,9
            Urology,96,6
            Total Surgery,228,15
            ENT,104,5
            Ophthalmology,142,4
            Medicine - total,246,9
            Cardiology,86,2
            Gynaecology,76,7
            Women & Cardiac subtotal,162,9
            Grand Total,636,33
            """);
    assertEquals(132 + 9 + 96 + 6 + 104 + 5 + 142 + 4 + 86 + 2 + 76 + 7, sum(data));
    assertEquals(List.of(), data.problems(), data.problems().toString());
  }

  @Test
  void a_row_beginning_total_that_does_not_add_up_is_counted() throws IOException {
    Dataset data =
        read(
            """
            Specialty,Outpatients,Inpatients
            Trauma and Orthopaedics,168,14
            Total knee replacement,12,30
            Total,180,44
            """);
    assertEquals(168 + 14 + 12 + 30, sum(data));
    assertEquals(List.of(), data.problems(), data.problems().toString());
  }

  @Test
  void excels_grand_total_below_its_subtotals_agrees_with_every_row() throws IOException {
    Dataset data =
        read(
            """
            Specialty,Outpatients,Inpatients
            General Surgery,132,9
            Surgery Total,132,9
            ENT,104,5
            ENT Total,104,5
            Grand Total,236,14
            """);
    assertEquals(132 + 9 + 104 + 5, sum(data));
    assertEquals(List.of(), data.problems(), data.problems().toString());
  }
}
