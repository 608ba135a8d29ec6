package io.strikeimpact.reports.excel;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Reconciliation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Everything said about the quality of the input: every stated total checked against its parts
 * (agreeing ones too), every problem met, every row rejected.
 */
final class DataQualitySheet implements PackSheet {
  static final String NAME = "Data quality";
  static final String RECONCILIATION = "reconciliation";
  static final String PROBLEM = "problem";
  static final String REJECTED_ROW = "rejected row";
  static final String AGREES = "agrees";
  static final String DISAGREES = "does not agree";
  static final String UNCHECKABLE = "cannot be checked";

  static final String TABLE = "Data_quality_table";

  static final List<Column> COLUMNS =
      List.of(
          Column.of("Kind", 15),
          Column.wrapped("Severity", 14),
          Column.wrapped("Where", 30),
          Column.wrapped("Found", 30),
          Column.wrapped("Expected", 36),
          Column.wrapped("Fix or message", 70),
          Column.figures("Stated", 10),
          Column.figures("Summed", 10),
          Column.figures("Difference (stated minus summed)", 13));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Every stated total checked against the sum of its parts, every problem met in the input, and every row rejected.";
  }

  @Override
  public void write(Pack pack, XSSFSheet sheet) {
    Analysis analysis = pack.analysis();
    Table table = new Table(sheet, pack.styles(), COLUMNS, TABLE);
    for (Reconciliation r : analysis.reconciliations()) {
      Table.Cells row =
          table
              .row()
              .text(RECONCILIATION)
              .text(r.agrees() ? AGREES : r.checkable() ? DISAGREES : UNCHECKABLE)
              .text(r.stated().provenance().describe())
              .text(r.stated().label())
              .text("the sum of the returns for " + r.scopeDescription())
              .text(r.message())
              .count(r.stated().stated());
      if (r.checkable()) {
        row.count(r.summed()).count(r.difference());
      } else {
        row.absent(Absent.NOT_APPLICABLE).absent(Absent.NOT_APPLICABLE);
      }
    }
    for (DataProblem p : analysis.dataset().problems()) {
      problem(
          table.row().text(PROBLEM),
          p.severity(),
          p.where().describe(),
          p.found(),
          p.expected(),
          p.fix());
    }
    for (RejectedRow r : analysis.dataset().rejectedRows()) {
      Severity worst =
          r.problems().stream()
              .map(DataProblem::severity)
              .max(Enum::compareTo)
              .orElse(Severity.ERROR);
      problem(
          table.row().text(REJECTED_ROW),
          worst,
          r.row().describe(),
          String.join(" | ", r.values()),
          r.problems().stream().map(DataProblem::expected).collect(Collectors.joining("; ")),
          r.problems().stream().map(DataProblem::message).collect(Collectors.joining(" ")));
    }
    table.finish();
  }

  private static void problem(
      Table.Cells row, Severity severity, String where, String found, String expected, String fix) {
    row.text(severity.name().toLowerCase(Locale.ROOT))
        .text(where)
        .text(found.isEmpty() ? "an empty cell" : found)
        .text(expected)
        .text(fix)
        .absent(Absent.NOT_APPLICABLE)
        .absent(Absent.NOT_APPLICABLE)
        .absent(Absent.NOT_APPLICABLE);
  }
}
