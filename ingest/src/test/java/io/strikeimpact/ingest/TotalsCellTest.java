package io.strikeimpact.ingest;

import static io.strikeimpact.ingest.InvalidInputTest.folder;
import static io.strikeimpact.ingest.InvalidInputTest.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.Reconciliation;
import io.strikeimpact.model.analysis.ReportSettings;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each cell of a totals row is checked against the cells above it in its own column. */
class TotalsCellTest {
  private static final String BY_DAY_AND_TYPE =
      """
      column.site = Code
      files = returns/RM1/*
      columns.by-day-and-type = {date} {type}
      action = by-date
      type.outpatient = OP
      type.inpatient = IP
      """;

  static List<String> reconciliations(Dataset data) {
    return ImpactAnalysis.analyse(
            data,
            AnalysisRequest.defaults(ReportSettings.norfolkAndWaveney(LocalDate.of(2023, 5, 2))))
        .reconciliations()
        .stream()
        .map(Reconciliation::message)
        .toList();
  }

  @Test
  void two_day_errors_that_cancel_out_are_each_reported_at_their_own_cell() throws IOException {
    // 13 March states 30 where its cells add to 20; 14 March states 5 where they add to 15: per
    // type the row adds to 35 and so do the cells, which passed as "agree" before.
    String csv =
        "Code,13/03/2023 OP,14/03/2023 OP,13/03/2023 IP\n"
            + "RM1,12,9,3\n"
            + "RGP,8,6,\n"
            + "Total,30,5,3\n";
    Dataset data =
        DataFolderReader.read(
            folder()
                .put("profiles/test.properties", BY_DAY_AND_TYPE)
                .put("returns/RM1/wide.csv", csv));
    assertEquals(List.of(), messages(data));
    assertEquals(
        List.of(
            "returns/RM1/wide.csv, cell B4 states 30 for the junior doctors' strike of 13 to 15 March 2023, all sites, outpatient appointments, 13 March 2023, in returns/RM1/wide.csv; the returns add to 20 (returns/RM1/wide.csv, cells B2 and B3), a difference of 10: the stated total is 10 more than the sum. This pack uses the sum of the returns.",
            "returns/RM1/wide.csv, cell C4 states 5 for the junior doctors' strike of 13 to 15 March 2023, all sites, outpatient appointments, 14 March 2023, in returns/RM1/wide.csv; the returns add to 15 (returns/RM1/wide.csv, cells C2 and C3), a difference of 10: the stated total is 10 less than the sum. This pack uses the sum of the returns.",
            "returns/RM1/wide.csv, cell D4 states 3 for the junior doctors' strike of 13 to 15 March 2023, all sites, inpatient and day case procedures, 13 March 2023, in returns/RM1/wide.csv; the returns add to 3 (returns/RM1/wide.csv, cell D2). They agree."),
        reconciliations(data));
  }
}
