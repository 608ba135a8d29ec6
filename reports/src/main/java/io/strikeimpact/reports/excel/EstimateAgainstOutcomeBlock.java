package io.strikeimpact.reports.excel;

import io.strikeimpact.model.analysis.EstimateAgainstOutcome;
import io.strikeimpact.model.analysis.EstimateAgainstOutcome.Outcome;
import io.strikeimpact.model.analysis.Projection;
import io.strikeimpact.model.analysis.SiteProjection;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The estimate the earlier actions gave for the focus action, beside what its returns say it
 * rescheduled, written below the Projection sheet's table: a board sees how far to trust the next
 * estimate.
 *
 * <p>The estimate is a formula over the Data sheet's counts of the earlier actions, as on the
 * projection ({@link EstimateFormulas}), with the hours typed in it. The count rescheduled is a
 * SUMIFS over the Data sheet, and the difference, its share of the estimate and the all-sites row
 * are formulas of the cells beside them, so the arithmetic can be followed. It is a block of cells,
 * not an Excel table: a sheet's tables must not overlap, and the projection table above owns column
 * A from row 1.
 */
final class EstimateAgainstOutcomeBlock {
  static final String HEADING = "Estimate against outcome";
  static final List<String> HEADERS =
      List.of(
          "Site",
          "ODS code",
          "Estimated",
          "Rescheduled",
          "Difference (rescheduled less estimated)",
          "Difference as a share of the estimate",
          "Against the estimate");

  static final int ESTIMATED = 2;
  static final int RESCHEDULED = 3;
  static final int DIFFERENCE = 4;

  private EstimateAgainstOutcomeBlock() {}

  /**
   * Writes the block from row {@code firstRow} (0-based) down and returns the row after it. The
   * heading names the action and its hours; the last line is the method.
   */
  static int write(
      XSSFSheet sheet,
      Styles styles,
      EstimateFormulas formulas,
      EstimateAgainstOutcome o,
      int firstRow) {
    int r = firstRow;
    text(
        sheet.createRow(r++),
        0,
        HEADING
            + ": "
            + o.estimate().describeAction()
            + " ("
            + HouseStyle.quantity(o.estimate().hours(), "hour", "hours")
            + ")",
        styles.heading);
    Row header = sheet.createRow(r++);
    for (int c = 0; c < HEADERS.size(); c++) {
      text(
          header,
          c,
          HEADERS.get(c),
          c >= ESTIMATED && c < HEADERS.size() - 1 ? styles.figuresHeader : styles.header);
    }
    String actionId = o.estimate().action().id();
    int firstSite = r;
    for (Outcome site : o.sites()) {
      Row row = sheet.createRow(r);
      rowOf(row, styles, site);
      Projection p = o.estimate();
      SiteProjection projected =
          p.sites().stream()
              .filter(x -> x.odsCode().equals(site.odsCode()))
              .findFirst()
              .orElseThrow();
      Table.formula(
          row.createCell(ESTIMATED),
          EstimateFormulas.central(
              formulas.terms(p, projected, Optional.empty()), EstimateFormulas.number(p.hours())),
          site.estimated(),
          styles.count);
      Table.formula(
          row.createCell(RESCHEDULED),
          DataFormulas.sum(
              Set.of(actionId), DataFormulas.site(DataFormulas.literal(site.odsCode()))),
          site.rescheduled(),
          styles.count);
      r++;
    }
    int lastSite = r - 1;
    Row all = sheet.createRow(r++);
    rowOf(all, styles, o.allSites());
    Table.formula(
        all.createCell(ESTIMATED),
        "SUM(" + at(firstSite, ESTIMATED) + ":" + at(lastSite, ESTIMATED) + ")",
        o.allSites().estimated(),
        styles.count);
    Table.formula(
        all.createCell(RESCHEDULED),
        "SUM(" + at(firstSite, RESCHEDULED) + ":" + at(lastSite, RESCHEDULED) + ")",
        o.allSites().rescheduled(),
        styles.count);
    List<String> notes = new ArrayList<>();
    notes.add(o.method());
    notes.add(
        "The difference is the count rescheduled less the estimate rounded to a whole number, as"
            + " the words beside it give it.");
    return Table.sentences(sheet, styles, r, HEADERS.size() - 1, notes);
  }

  /** Site, code, and the difference and its share as formulas; the caller writes the estimate. */
  private static void rowOf(Row row, Styles styles, Outcome o) {
    text(row, 0, o.label(), styles.textFor(o.label(), false));
    text(row, 1, o.odsCode().isEmpty() ? Absent.NOT_APPLICABLE : o.odsCode(), styles.text);
    int i = row.getRowNum();
    long rounded = Math.round(o.estimated());
    long difference = o.rescheduled() - rounded;
    String roundedEstimate = "ROUND(" + at(i, ESTIMATED) + ",0)";
    Table.formula(
        row.createCell(DIFFERENCE),
        at(i, RESCHEDULED) + "-" + roundedEstimate,
        difference,
        styles.count);
    if (rounded > 0) {
      Table.formula(
          row.createCell(DIFFERENCE + 1),
          at(i, DIFFERENCE) + "/" + roundedEstimate,
          difference / (double) rounded,
          styles.share);
    } else {
      text(row, DIFFERENCE + 1, Absent.NOT_APPLICABLE, styles.notApplicable);
    }
    text(row, DIFFERENCE + 2, o.describe(), styles.text);
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    // A string cell whatever the text says; a site's name is input and never becomes a formula.
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static String at(int row, int column) {
    return new CellAddress(row, column).formatAsString();
  }
}
