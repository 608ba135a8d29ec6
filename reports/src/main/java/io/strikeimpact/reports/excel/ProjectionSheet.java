package io.strikeimpact.reports.excel;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.analysis.ActionGroup;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Estimate;
import io.strikeimpact.model.analysis.Projection;
import io.strikeimpact.model.analysis.SiteProjection;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * What the next announced action may reschedule, by site and activity type: a central estimate with
 * a low and a high, always labelled an estimate, with its method in every row's note and on the
 * Notes sheet. Without an announced action the sheet says so in words.
 *
 * <p>Estimates are the model's figures, typed in: they rest on the rates of past actions, not on
 * the Data sheet's rows, so they are not formulas. The rate an hour beside them is the central
 * estimate divided by the hours, as a formula, so the arithmetic can be followed.
 */
final class ProjectionSheet implements PackSheet {
  static final String NAME = "Projection";
  static final String TABLE = "Projection_table";
  static final String TOTAL = "Total";
  static final int CENTRAL = 4;
  static final int HOURS = 7;

  static final List<Column> COLUMNS =
      List.of(
          Column.of("Site", 12),
          Column.of("ODS code", 10),
          Column.wrapped("Action", 30),
          Column.wrapped(Notes.TOTAL_ONLY.on("Activity type"), 18),
          Column.figures(Notes.PROJECTION.on("Estimate: central"), 14),
          Column.figures(Notes.PROJECTION.on("Estimate: low"), 14),
          Column.figures(Notes.PROJECTION.on("Estimate: high"), 14),
          Column.figures(Notes.HOURS.on("Hours of action assumed"), 13),
          Column.figures(Notes.RATES.on("Estimate: rescheduled an hour of action"), 16),
          Column.wrapped("Method", 60));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "An estimate of what the next announced action may reschedule, by site and activity type, with a range and its method.";
  }

  /** The sentence the sheet and the notes give when there is nothing to project. */
  static String noProjection(Analysis analysis) {
    return "No projection: as at "
        + HouseStyle.date(analysis.settings().asOf())
        + " no action is announced without returns that comparable past actions could be used to estimate.";
  }

  @Override
  public void write(Pack pack, XSSFSheet sheet) {
    Analysis analysis = pack.analysis();
    if (analysis.projection().isEmpty()) {
      Table table = new Table(sheet, pack.styles(), List.of(Column.wrapped("Note", 80)), TABLE);
      table.row().text(noProjection(analysis));
      table.finish();
      estimateAgainstOutcome(pack, sheet, table);
      return;
    }
    Projection p = analysis.projection().get();
    // A hypothetical action's dates mean nothing: describeAction() never shows them.
    String action =
        p.hypothetical()
            ? HouseStyle.capitalise(p.describeAction()) + " (hours given)"
            : ActionGroup.of(p.action()).title() + " (" + p.standing().label() + ")";
    String method = p.method();
    Table table = new Table(sheet, pack.styles(), COLUMNS, TABLE);
    List<SiteProjection> rows = new ArrayList<>(p.sites());
    rows.add(p.allSites());
    for (SiteProjection s : rows) {
      for (Map.Entry<String, Estimate> e : estimates(s)) {
        Table.Cells row = table.row();
        Estimate est = e.getValue();
        row.text(s.label())
            .text(s.odsCode().isEmpty() ? Absent.NOT_APPLICABLE : s.odsCode())
            .text(action)
            .text(e.getKey())
            .estimate(est.central());
        // With one comparable action there is no range: say so, as the PDF does, rather than
        // repeat the central figure as if it were a low and a high.
        if (est.hasRange()) {
          row.estimate(est.low()).estimate(est.high());
        } else {
          row.absent(NO_RANGE).absent(NO_RANGE);
        }
        row.rate(p.hours())
            .rateFormula(row.at(CENTRAL) + "/" + row.at(HOURS), est.central() / p.hours())
            .text(method);
      }
    }
    table.finish();
    estimateAgainstOutcome(pack, sheet, table);
  }

  /** Below the table, after a blank row: the estimate the earlier actions gave, against outcome. */
  private static void estimateAgainstOutcome(Pack pack, XSSFSheet sheet, Table table) {
    pack.analysis()
        .estimateAgainstOutcome()
        .ifPresent(
            o ->
                EstimateAgainstOutcomeBlock.write(
                    sheet, pack.styles(), o, table.nextRowIndex() + 1));
  }

  static final String NO_RANGE = "no range: one comparable action";

  /** The estimates of one site in order: outpatient, inpatient (when split), then the total. */
  private static List<Map.Entry<String, Estimate>> estimates(SiteProjection s) {
    List<Map.Entry<String, Estimate>> out = new ArrayList<>();
    for (ActivityType type : ActivityType.values()) {
      Estimate e = s.byType().get(type);
      if (e != null) {
        out.add(Map.entry(type.heading(), e));
      }
    }
    out.add(Map.entry(TOTAL, s.total()));
    return out;
  }
}
