package io.strikeimpact.reports.excel;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.text.HouseStyle;
import java.util.List;

/**
 * The notes of the workbook, numbered once so that a "[note 1]" marker in any heading means the
 * same note everywhere. The Notes sheet lists them; headings carry the markers.
 */
enum Notes {
  RATES(
      "Rates and ratios",
      "Every rate states its basis: rescheduled a day of action or an hour of action. A rate is the"
          + " total divided by the days or hours of action shown beside it, for the actions the site"
          + " took part in and sent returns for. A ratio divides one rate by another on the same"
          + " basis; a ratio a day and a ratio an hour can differ a lot, because strikes differ in length."),
  DAY(
      "Day of action",
      "A day of action runs from 07:00 to 07:00, as NHS England counts operational days: an action"
          + " from 07:00 on 13 March to 07:00 on 16 March 2023 has 3 days."),
  HOURS(
      "Hours of action",
      "Hours of action are counted in Europe/London time from the announced start to the announced"
          + " end, so an action across a change of the clocks counts the hours that really passed."),
  NOT_APPLICABLE(
      "n/a and not split",
      "\"n/a\" means not applicable: the site did not take part, or the figure has no meaning for"
          + " the row; for a site that took part and sent no return it means no return, and for one"
          + " whose returns could not be counted (refused, or overlapping) no figure; the site's"
          + " status says which and why. It is never zero, and is text, so no formula counts it."
          + " \"not split\" means the return gave a total only."),
  UNDERSTATE(
      "Likely to understate",
      "The figures are likely to understate the impact: trusts avoided booking patients on strike"
          + " days, and not every trust sent a return. Published totals are revised between releases."),
  TOTAL_ONLY(
      "Total-only returns",
      "A return that gives only a total is shown under \"Total only (no split given)\" and is never"
          + " split into outpatient and inpatient by guesswork."),
  LIVE(
      "Live formulas",
      "Counts on the Summary, Comparison and History sheets are formulas over the Count column of the"
          + " table on the Data sheet (SUMIFS by site, action and activity type); rates and ratios are"
          + " formulas of those counts and of the days and hours typed beside them. The estimates on the"
          + " Projection sheet are formulas too: the counts of the comparable actions over their hours"
          + " (typed in the formula, from the calendar), times the hours assumed. Changing a count on"
          + " the Data sheet updates every figure that rests on it."),
  DATA_ROWS("Rows on the Data sheet", ""),
  PROJECTION("Projection", ""),
  TIMELINE(
      "Actions without returns",
      "The History sheet lists every action of the calendar up to the report date and the next"
          + " announced, in one table. An action without returns shows its status (\"no returns"
          + " received\", \"announced; not yet started\") as text in every column of figures: it is"
          + " not zero, and no formula counts it. Its days and hours of action come from the calendar."
          + " The last column says what the figures of an action with returns cover: \"partial\""
          + " and which sites' returns are missing or short, where some site that took part has"
          + " none or fewer than all its figures, so its total and rates are those of the rest."
          + " The running total of an action with returns adds its total to the running total of the"
          + " last action above it with returns, and the chart draws the actions with returns only."),
  PLANNED(
      "Rescheduled per 1,000 planned",
      "Only where a return gives the activity planned for the days of action: the total rescheduled"
          + " divided by the thousands of appointments and procedures planned. The planned figures are"
          + " rows of the Data sheet, in its Planned column, each with the file, sheet and cell it came"
          + " from; the planned activity beside a rate is a formula over that column (SUMIFS by site and"
          + " action), and the rate and ratio are formulas of it, so changing a planned or a rescheduled"
          + " figure on the Data sheet changes them. \"n/a\" where a return behind the figure gave no"
          + " planned activity; the columns are left out when no return gives it."),
  STAFF(
      "Staff taking part",
      "Only where a return gives the staff taking part in the action on a day of action (the figure"
          + " of the workforce situation report). The peak is the most on any one day of action, the"
          + " average is over the days with a figure. A rate per staff-day of action taken part"
          + " divides the total rescheduled by the staff-days, the staff taking part on each day of"
          + " action added up over its days, and is given only where every site and day of both"
          + " sides has a figure; otherwise \"n/a\" and the Note column says which are missing. The"
          + " staff figures are not on the Data sheet: these cells are the model's figures typed in,"
          + " with the file and cells each came from beside them. Figures marked \"illustrative\""
          + " are not a trust's or a publication's, and nor is any rate that rests on one.");

  private final String title;
  private final String text;

  Notes(String title, String text) {
    this.title = title;
    this.text = text;
  }

  int number() {
    return ordinal() + 1;
  }

  /** "[note 1]". */
  String marker() {
    return "[note " + number() + "]";
  }

  /** A heading with this note's marker: "Days of action [note 2]". */
  String on(String heading) {
    return heading + " " + marker();
  }

  String title() {
    return title;
  }

  /** The note's text for this pack; two notes depend on the figures. */
  String text(Pack pack) {
    Analysis analysis = pack.analysis();
    return switch (this) {
      case DATA_ROWS -> pack.data().describe() + planned(analysis.dataset().planned().size());
      case PROJECTION ->
          analysis.projection().map(p -> p.method()).orElse(ProjectionSheet.noProjection(analysis));
      default -> text;
    };
  }

  /** What the Data sheet holds after the counts, if anything. */
  private static String planned(int rows) {
    return rows == 0
        ? ""
        : " After the counts come "
            + HouseStyle.quantity(rows, "row", "rows")
            + " of planned activity, each with its file, sheet and cell: their Count is \"n/a\", so"
            + " no sum of counts takes them in, and the figure is in the Planned column "
            + PLANNED.marker()
            + ".";
  }

  static List<Notes> all() {
    return List.of(values());
  }

  static String count(long n) {
    return HouseStyle.count(n);
  }
}
