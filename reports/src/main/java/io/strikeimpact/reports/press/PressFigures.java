package io.strikeimpact.reports.press;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.SiteBreakdown;
import io.strikeimpact.model.text.HouseStyle;
import io.strikeimpact.model.text.PressWording.SmallNumbers;
import io.strikeimpact.model.text.SmallNumberTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The counts of the focus action as the press briefing may show them: every figure of its table
 * (sites by outpatient, inpatient and total, and all hospitals), worked out once so that the table,
 * the bullets, the lead and the notes say the same of each. Under the small-number policy a count
 * of 1 to 7 is "fewer than 8" and, so that it cannot be worked out by subtraction from a total, the
 * figures {@link SmallNumberTable} names are "withheld" wherever they appear.
 */
final class PressFigures {
  private static final List<ActivityType> SPLIT =
      List.of(ActivityType.OUTPATIENT, ActivityType.INPATIENT);
  private static final int TOTAL = SPLIT.size();

  private final List<String> rows;
  private final Optional<SmallNumberTable> table;
  private final List<List<OptionalLong>> values;

  private PressFigures(
      List<String> rows, List<List<OptionalLong>> values, Optional<SmallNumberTable> table) {
    this.rows = rows;
    this.values = values;
    this.table = table;
  }

  static PressFigures of(Analysis analysis, SmallNumbers policy) {
    List<String> rows = new ArrayList<>();
    List<List<OptionalLong>> values = new ArrayList<>();
    List<SiteBreakdown> all = new ArrayList<>(analysis.sites());
    all.add(analysis.allSites());
    for (SiteBreakdown site : all) {
      if (!site.reported()) {
        continue; // "no figures": nothing shown, nothing to add up
      }
      rows.add(site.odsCode());
      List<OptionalLong> row = new ArrayList<>();
      for (ActivityType type : SPLIT) {
        row.add(site.figure(type));
      }
      row.add(OptionalLong.of(site.total()));
      values.add(row);
    }
    // The all-hospitals row comes last: the table's column totals.
    boolean suppress =
        policy == SmallNumbers.SUPPRESS
            && !values.isEmpty()
            && rows.getLast().equals(analysis.allSites().odsCode());
    return new PressFigures(
        rows, values, suppress ? Optional.of(SmallNumberTable.suppress(values)) : Optional.empty());
  }

  /** A site's figure of one type: "2,976", "fewer than 8", "withheld", or "not split". */
  String figure(SiteBreakdown site, ActivityType type) {
    int column = SPLIT.indexOf(type);
    int row = rows.indexOf(site.odsCode());
    if (row < 0 || column < 0 || values.get(row).get(column).isEmpty()) {
      return "not split";
    }
    return text(row, column);
  }

  /** A site's total (all hospitals' for the all-sites row) as the briefing may show it. */
  String total(SiteBreakdown site) {
    int row = rows.indexOf(site.odsCode());
    return row < 0 ? HouseStyle.count(site.total()) : text(row, TOTAL);
  }

  /** Whether a site's total is hidden, as small or withheld. */
  boolean totalHidden(SiteBreakdown site) {
    int row = rows.indexOf(site.odsCode());
    return row >= 0 && table.map(t -> t.hidden(row, TOTAL)).orElse(false);
  }

  /** Whether a site's total is withheld (not merely small). */
  boolean totalWithheld(SiteBreakdown site) {
    int row = rows.indexOf(site.odsCode());
    return row >= 0
        && table.map(t -> t.mark(row, TOTAL) == SmallNumberTable.Mark.WITHHELD).orElse(false);
  }

  /** Whether any figure of the table is hidden, as small or withheld. */
  boolean anyHidden() {
    return table
        .map(
            t -> {
              for (int r = 0; r < values.size(); r++) {
                for (int c = 0; c <= TOTAL; c++) {
                  if (values.get(r).get(c).isPresent() && t.hidden(r, c)) {
                    return true;
                  }
                }
              }
              return false;
            })
        .orElse(false);
  }

  /** Whether any figure is withheld beyond the small ones, for the note that says so. */
  boolean anyWithheld() {
    return table.map(SmallNumberTable::anyWithheld).orElse(false);
  }

  private String text(int row, int column) {
    return table
        .map(t -> t.text(row, column))
        .orElseGet(() -> HouseStyle.count(values.get(row).get(column).orElseThrow()));
  }
}
