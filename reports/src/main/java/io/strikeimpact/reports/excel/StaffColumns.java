package io.strikeimpact.reports.excel;

import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.analysis.SiteStaff;
import io.strikeimpact.model.text.HouseStyle;
import java.util.List;

/**
 * The Summary sheet's columns of staff taking part, beside the activity: the peak and the average a
 * day for each site whose returns give staff figures, and where they came from (files and cells,
 * and whether they are illustrative). Typed, not formulas: the staff figures are not on the Data
 * sheet ({@link Notes#STAFF}).
 */
final class StaffColumns {
  static final String PEAK = Notes.STAFF.on("Staff taking part, peak a day");
  static final String AVERAGE = Notes.STAFF.on("Staff taking part, average a day");
  static final String SOURCE = Notes.STAFF.on("Staff figures: days, source and cells");

  static final List<Column> COLUMNS =
      List.of(Column.figures(PEAK, 16), Column.figures(AVERAGE, 16), Column.wrapped(SOURCE, 48));

  private StaffColumns() {}

  /** Whether any site has staff figures: only then has the sheet these columns. */
  static boolean any(List<SiteBreakdown> rows) {
    return rows.stream().anyMatch(b -> b.staff().isPresent());
  }

  static void write(Table.Cells row, SiteBreakdown b) {
    if (b.staff().isEmpty()) {
      row.absent(Absent.NOT_APPLICABLE).absent(Absent.NOT_APPLICABLE);
      row.text(
          b.odsCode().isEmpty()
              ? "n/a: the sites' peaks fall on different days, so all sites have none"
              : "n/a: the return gave no staff figures");
      return;
    }
    SiteStaff staff = b.staff().get();
    row.count(staff.peak().staff()).rate(staff.average());
    row.text(describe(staff));
  }

  /**
   * "18 and 19 January 2023, peak on 18 January 2023; public: Eastern Daily Press;
   * nnuh-nursing-strikes-2023.csv, cells E2 and E3".
   */
  static String describe(SiteStaff staff) {
    return staff.daysWithFigures()
        + (staff.complete() ? "" : " (no figure for " + HouseStyle.days(staff.daysWithout()) + ")")
        + ", peak on "
        + HouseStyle.date(staff.peak().date())
        + "; "
        + staff.standing()
        + "; "
        + staff.sources();
  }
}
