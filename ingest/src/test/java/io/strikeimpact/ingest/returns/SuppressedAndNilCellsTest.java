package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * In a table with a column per type, one cell that gives no figure does not take the row's other
 * figures with it: a small number withheld ("*", "[c]", "&lt;5") is a warning naming the cell and
 * is not counted; "-", "n/a" and "nil" say none of that type, as a blank cell does. The red team's
 * QEH return with "*" for small inpatient numbers lost 582 outpatient appointments with its rows.
 */
class SuppressedAndNilCellsTest {
  private static final String PROFILE =
      """
      site = RCX
      files = returns/RCX/*.csv
      column.specialty = Specialty
      columns.by-type = Outpatients=outpatient, Inpatients=inpatient
      action = bma-jd-2023-03
      """;

  private static Dataset read(String csv) throws IOException {
    return OneReturn.qeh(PROFILE, csv);
  }

  @Test
  void a_suppressed_cell_is_not_counted_and_its_rows_other_figures_are() throws IOException {
    Dataset data =
        read(
            """
            Specialty,Outpatients,Inpatients
            General Surgery,132,*
            Urology,96,[c]
            ENT,104,<5
            Ophthalmology,142,4
            """);
    assertEquals(
        List.of(132L, 96L, 104L, 142L, 4L),
        data.counts().stream().map(DisruptionCount::count).toList());
    assertEquals(List.of(), data.rejectedRows());
    assertEquals(
        List.of("C2", "C3", "C4"),
        data.problems().stream()
            .filter(p -> p.severity() == Severity.WARNING)
            .filter(p -> p.expected().contains("suppressed"))
            .map(p -> p.where().cell())
            .toList());
  }

  @Test
  void a_dash_or_n_a_says_none_of_that_type_as_a_blank_cell_does() throws IOException {
    Dataset data =
        read(
            """
            Specialty,Outpatients,Inpatients
            General Surgery,132,-
            Audiology,88,n/a
            Urology,96,nil
            """);
    assertEquals(
        List.of(132L, 88L, 96L), data.counts().stream().map(DisruptionCount::count).toList());
    assertEquals(List.of(), data.problems(), data.problems().toString());
  }
}
