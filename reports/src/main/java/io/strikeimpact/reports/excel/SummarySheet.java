package io.strikeimpact.reports.excel;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Basis;
import io.strikeimpact.model.analysis.Rate;
import io.strikeimpact.model.analysis.SiteBreakdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The focus action site by site and for all sites, then the executive summary: one sentence a row
 * in column A, after a blank row that ends the table, under the bold heading "Summary".
 */
final class SummarySheet implements PackSheet {
  static final String NAME = "Summary";
  static final String SUMMARY_HEADING = "Summary";

  static final List<Column> COLUMNS =
      List.of(
          Column.of("Site", 12),
          Column.of("ODS code", 10),
          Column.wrapped("Status", 22),
          Column.figures(ActivityType.OUTPATIENT.heading(), 13),
          Column.figures(ActivityType.INPATIENT.heading(), 13),
          Column.figures(ActivityType.TOTAL_ONLY.heading(), 16),
          Column.figures("Total", 12),
          Column.figures("Share of total", 12),
          Column.figures(Basis.PER_DAY.heading(), 16),
          Column.figures(Basis.PER_HOUR.heading(), 16));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(Analysis analysis, XSSFSheet sheet, Styles styles) {
    Table table = new Table(sheet, styles, COLUMNS);
    List<SiteBreakdown> rows = new ArrayList<>(analysis.sites());
    rows.add(analysis.allSites());
    for (SiteBreakdown b : rows) {
      Table.Cells row = table.row();
      row.text(b.label());
      row.text(b.odsCode().isEmpty() ? Absent.NOT_APPLICABLE : b.odsCode());
      row.text(b.status().label());
      row.count(b.figure(ActivityType.OUTPATIENT), whyNoSplitFigure(b));
      row.count(b.figure(ActivityType.INPATIENT), whyNoSplitFigure(b));
      row.count(b.figure(ActivityType.TOTAL_ONLY), Absent.NOT_APPLICABLE);
      if (b.reported()) {
        row.count(b.total());
        row.share(b.share());
      } else {
        row.absent(Absent.NOT_APPLICABLE);
        row.absent(Absent.NOT_APPLICABLE);
      }
      rate(row, b.perDay());
      rate(row, b.perHour());
    }
    table.finish();
    table.linesBelow(SUMMARY_HEADING, analysis.executiveSummary());
  }

  private static String whyNoSplitFigure(SiteBreakdown b) {
    return b.reported() ? Absent.NOT_SPLIT : Absent.NOT_APPLICABLE;
  }

  private static void rate(Table.Cells row, Optional<Rate> rate) {
    if (rate.isPresent()) {
      row.rate(rate.get().value());
    } else {
      row.absent(Absent.NOT_APPLICABLE);
    }
  }
}
