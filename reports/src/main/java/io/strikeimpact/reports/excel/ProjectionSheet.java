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
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * What the next announced action may reschedule, by site and activity type: a central estimate with
 * a low and a high, always labelled an estimate, with its method in every row's note and on the
 * Notes sheet. Without an announced action the sheet says so in words.
 *
 * <p>Estimates are formulas over the Data sheet ({@link EstimateFormulas}): the counts of the
 * comparable actions over their hours, times the hours assumed typed beside them, each cached with
 * the model's figure. The rate an hour beside them is the central estimate divided by the hours.
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
    EstimateFormulas formulas = new EstimateFormulas(analysis.dataset());
    for (SiteProjection s : rows) {
      for (Map.Entry<Optional<ActivityType>, Estimate> e : estimates(s)) {
        Table.Cells row = table.row();
        Estimate est = e.getValue();
        List<EstimateFormulas.Term> terms = formulas.terms(p, s, e.getKey());
        String hours = "$" + row.at(HOURS);
        row.text(s.label())
            .text(s.odsCode().isEmpty() ? Absent.NOT_APPLICABLE : s.odsCode())
            .text(action)
            .text(e.getKey().map(ActivityType::heading).orElse(TOTAL));
        estimate(row, EstimateFormulas.central(terms, hours), est.central());
        // With one comparable action there is no range: say so, as the PDF does, rather than
        // repeat the central figure as if it were a low and a high.
        if (est.hasRange()) {
          estimate(row, EstimateFormulas.low(terms, hours), est.low());
          estimate(row, EstimateFormulas.high(terms, hours), est.high());
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

  /** An estimate as its formula, or typed in where the formula is too long for Excel. */
  private static void estimate(Table.Cells row, String formula, double value) {
    if (EstimateFormulas.fits(formula)) {
      row.countFormula(formula, value);
    } else {
      row.estimate(value);
    }
  }

  /** Below the table, after a blank row: the estimate the earlier actions gave, against outcome. */
  private static void estimateAgainstOutcome(Pack pack, XSSFSheet sheet, Table table) {
    pack.analysis()
        .estimateAgainstOutcome()
        .ifPresent(
            o ->
                EstimateAgainstOutcomeBlock.write(
                    sheet,
                    pack.styles(),
                    new EstimateFormulas(pack.analysis().dataset()),
                    o,
                    table.nextRowIndex() + 1));
  }

  static final String NO_RANGE = "no range: one comparable action";

  /** The estimates of one site in order: outpatient, inpatient (when split), then the total. */
  private static List<Map.Entry<Optional<ActivityType>, Estimate>> estimates(SiteProjection s) {
    List<Map.Entry<Optional<ActivityType>, Estimate>> out = new ArrayList<>();
    for (ActivityType type : ActivityType.values()) {
      Estimate e = s.byType().get(type);
      if (e != null) {
        out.add(Map.entry(Optional.of(type), e));
      }
    }
    out.add(Map.entry(Optional.empty(), s.total()));
    return out;
  }
}
