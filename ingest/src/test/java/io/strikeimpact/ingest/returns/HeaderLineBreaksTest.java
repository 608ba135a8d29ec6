package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.Severity;
import org.junit.jupiter.api.Test;

/**
 * A header cell with a line break in it ("Number" above "rescheduled", as Alt+Enter writes it) is
 * quoted with a space for the break when the header is not found: a break in the message split
 * validate's table row in three (red-team case jpuh-header-linebreaks).
 */
class HeaderLineBreaksTest {
  @Test
  void a_header_not_found_names_its_columns_on_one_line() throws Exception {
    String profile =
        String.join(
            "\n",
            "site = RGP",
            "files = returns/RGP/*.csv",
            "column.date = Date",
            "column.type = Activity",
            "column.count = Rescheduled",
            "column.planned = Planned",
            "action = by-date",
            "");
    String csv = "Date,Activity,\"Number\nrescheduled\"\n13/03/2023,Outpatient,90\n";
    Dataset data =
        DataFolderReader.read(
            SampleReference.folder()
                .put("profiles/jpuh.properties", profile)
                .put("returns/RGP/jpuh.csv", csv));
    DataProblem notFound =
        data.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .findFirst()
            .orElseThrow(() -> new AssertionError(data.problems().toString()));
    assertTrue(
        notFound.found().endsWith("which has the columns Date, Activity, Number rescheduled"),
        notFound.found());
    assertEquals(-1, notFound.message().indexOf('\n'), notFound.message());
  }
}
