package io.strikeimpact.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RejectsCsvTest {
  @Test
  void writes_each_rejected_row_with_its_problems_and_cells_formula_safe() throws IOException {
    Provenance row = new Provenance("returns/RM1/bad.csv", "abc", "", "row 8");
    RejectedRow rejected =
        new RejectedRow(
            row,
            List.of("13/03/2023", "=HYPERLINK(\"http://x\")", "-3", "Orthopédie, £"),
            List.of(
                new DataProblem(
                    Severity.ERROR,
                    row.at("B8"),
                    "=HYPERLINK(\"http://x\")",
                    "one of the activity words",
                    "add it"),
                new DataProblem(
                    Severity.ERROR,
                    row.at("C8"),
                    "-3",
                    "a whole number of 0 or more",
                    "correct the count")));
    StringWriter out = new StringWriter();
    RejectsCsv.write(List.of(rejected), out);
    assertEquals(
        "\uFEFFFile,Sheet,Row,Problems,What was wrong,A,B,C,D\r\n"
            + "returns/RM1/bad.csv,,8,2,\"cell B8: found \"\"=HYPERLINK(\"\"http://x\"\")\"\"; expected one of the activity words. Fix: add it\n"
            + "cell C8: found \"\"-3\"\"; expected a whole number of 0 or more. Fix: correct the count\","
            + "13/03/2023,\"'=HYPERLINK(\"\"http://x\"\")\",'-3,\"Orthopédie, £\"\r\n",
        out.toString());
  }

  @Test
  void a_leading_formula_character_is_quoted_with_an_apostrophe() {
    assertEquals(
        List.of("'=1+1", "'+44 1603", "'-3", "'@SUM(A1)", "plain", "\"a,b\""),
        List.of("=1+1", "+44 1603", "-3", "@SUM(A1)", "plain", "a,b").stream()
            .map(RejectsCsv::field)
            .toList());
  }
}
