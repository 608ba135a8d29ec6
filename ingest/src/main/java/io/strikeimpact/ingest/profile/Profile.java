package io.strikeimpact.ingest.profile;

import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.model.ActivityType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to read one hospital's returns: a {@code .properties} file in {@code profiles/}. Adding a
 * hospital means writing a profile, not Java. Keys (names of columns and words are matched ignoring
 * case; {@code |} separates synonyms):
 *
 * <ul>
 *   <li>{@code name}: the profile's name in reports; default the file name without extension.
 *   <li>{@code files}: required; globs relative to the data folder, separated by {@code |}, e.g.
 *       {@code returns/RM1/*}. {@code *} stays in one folder, {@code **} crosses folders.
 *   <li>{@code role}: {@code activity} (default: counts of activity rescheduled) or {@code
 *       stated-totals} (a summary stating totals, e.g. the ICB's). One file may be matched by one
 *       profile of each role (counts on a Detail sheet, the totals it states on a Summary sheet).
 *   <li>{@code column.running-total}: with {@code role = stated-totals}, a column stating on each
 *       row the running total since the first action of the calendar up to and including the row's
 *       action, for the row's site ({@code all} for every site) and type. Each is checked step by
 *       step, as NHS England's cumulative totals are: against the running total before it plus the
 *       returns of the actions between, the first against the sum of the returns since the first
 *       action; a step an action without a return from a site that took part would leave short is
 *       not checked and says why. With it, {@code column.count} may be left out.
 *   <li>{@code sheet}: sheet name or 1-based position; default the first sheet. Ignored for csv.
 *   <li>{@code header.row}: 1-based row number of the header, or {@code auto} (default): the first
 *       row holding every mapped column, so a title block above the table is skipped.
 *   <li>{@code site}: a fixed ODS code for every row; or {@code column.site}: the column holding
 *       the code (stated totals: a code, or {@code all} for every site).
 *   <li>{@code column.date}, {@code column.type}, {@code column.count}, {@code column.specialty},
 *       {@code column.specialty-code}, {@code column.action}, {@code column.label}: the header of
 *       each column, with synonyms, e.g. {@code column.count = Rescheduled|Number rescheduled}.
 *   <li>{@code columns.by-type}: a wide layout with one count column per type, e.g. {@code
 *       Outpatients=outpatient, Inpatients=inpatient}; replaces {@code column.count}.
 *   <li>{@code column.planned}: in a long layout, the column giving, on each row, the activity that
 *       had been planned for that row's day, type and specialty, e.g. {@code column.planned =
 *       Planned|Planned activity}: the denominator of a rate per 1,000 planned. A blank cell gives
 *       no planned figure for the row; when some rows of a site and action give one and others do
 *       not, no rate per 1,000 planned is given for that site and action (a warning says so).
 *   <li>{@code columns.planned-by-type}: the same for a wide layout by type ({@code
 *       columns.by-type}), one planned column per type, e.g. {@code Outpatients planned=outpatient,
 *       Inpatients planned=inpatient}. Not with {@code columns.by-day-and-type} or a line-level
 *       extract.
 *   <li>{@code column.staff}: in a table with {@code column.date}, the column giving, on each row,
 *       the number of staff taking part in the action at the row's site on the row's day (the
 *       figure of the workforce situation report trusts send NHS England), e.g. {@code column.staff
 *       = Staff taking part|Staff on strike}. A blank cell is no figure, never 0; a negative,
 *       fractional or non-numeric one rejects the row, naming the cell. Rows of the same site and
 *       day (one per activity type) may each give it: the same figure counts once, and two
 *       different figures are an error that leaves the day without one. Not with {@code
 *       columns.by-day-and-type}, a line-level extract or stated totals. Unlike other columns it
 *       may be missing from a return's header: the return then gives no staff figures.
 *   <li>{@code column.staff-note}: with {@code column.staff}, a column saying where each row's
 *       staff figure comes from, e.g. {@code public: Eastern Daily Press}; a note holding the word
 *       "illustrative" marks the figure illustrative, and every output that shows it or divides by
 *       it says so.
 *   <li>{@code staff.note}: with {@code column.staff}, the note for every staff figure the profile
 *       reads whose row gives none, e.g. {@code staff.note = illustrative}.
 *   <li>{@code columns.by-day-and-type}: a wide layout with one count column per day and type, as
 *       NHS England tabulates by trust: a pattern holding {@code {date}} and {@code {type}}, e.g.
 *       {@code {date} {type}} for "13-Mar-23 Outpatient". A heading above the header row (a date
 *       merged across its type columns) is put in front of each header below it. Replaces {@code
 *       column.count} and {@code column.type}; a blank cell is "no figure", not an error.
 *   <li>{@code column.row-total}: in a wide layout ({@code columns.by-type} or {@code
 *       columns.by-day-and-type}), the column at the end of each row that states the row's total,
 *       e.g. {@code column.row-total = Total}: read as a stated total per row and checked against
 *       the count cells of its own row; in a totals row it states the total of the whole table. A
 *       blank cell is "no figure".
 *   <li>{@code action}: a fixed action id from the calendar, or {@code by-date}: the action whose
 *       days include the row's date. Not needed when {@code column.action} is given.
 *   <li>{@code type}: a fixed activity type for every row ({@code outpatient}, {@code inpatient},
 *       {@code total-only}) when the return has no type column.
 *   <li>{@code type.outpatient}, {@code type.inpatient}, {@code type.total-only}: comma-separated
 *       words the hospital uses for each type, e.g. {@code OP, Outpatients, New, F/U}.
 *   <li>{@code date.format}: DateTimeFormatter patterns for dates written as text, separated by
 *       {@code |}; default {@code dd/MM/yyyy|yyyy-MM-dd}. Excel date cells and serial numbers are
 *       always accepted.
 *   <li>{@code totals.label}: words that mark a totals row in its first text cell; default {@code
 *       Total|Grand total}. A totals row is never counted: it becomes a stated total to check.
 *   <li>{@code subtotals.label}: labels that mark a subtotal row, {@code *} for any text; default
 *       {@code Subtotal|Sub-total|Sub total|* Total} ("RM1 Total", as Excel's Data &gt; Subtotal
 *       writes), with "subtotal" before or after other words ("Women &amp; Cardiac subtotal"). A
 *       subtotal is never counted: it is checked against the rows since the one before, or since
 *       the header. A row labelled "Total ..." ("Total Surgery") is a subtotal too when its figures
 *       add up to the rows above it; otherwise ("Total knee replacement") it is counted.
 *   <li>{@code sites.other}: {@code reject} (default: a site code not in reference/sites.csv is an
 *       error) or {@code skip} (a national table: rows for other sites are passed over, named in
 *       one warning, and its totals rows are not checked as they add up sites not read).
 *   <li>{@code layout}: {@code table} (default: rows of figures) or {@code line-level}: an extract
 *       with one row per rescheduled appointment or procedure, as a patient administration system
 *       exports it. Each row counts one; rows are added up by site, action, date, type and
 *       specialty as the file streams past, so its size does not matter. No {@code column.count}.
 *   <li>{@code filter.column}, {@code filter.values}: with a line-level extract, count only the
 *       rows whose value in that column is one of the comma-separated values, e.g. {@code
 *       filter.column = Attendance code} and {@code filter.values = 4} (cancelled or postponed by
 *       the provider).
 * </ul>
 *
 * @param source the profile's file name in the data folder, e.g. {@code profiles/nnuh.properties}
 * @param headerRow the header's row number, or empty for {@code auto}
 * @param columns the single columns mapped, by field
 * @param byTypeColumns for a wide layout, each count column and its type, in the profile's order
 * @param byDayAndType for a wide layout by day and type, how its headers read
 * @param skipOtherSites whether rows for sites not in the register are passed over, not rejected
 * @param plannedByTypeColumns for a wide layout by type, each column of planned activity and its
 *     type ({@code columns.planned-by-type})
 * @param staffNote the note for staff figures whose row gives none ({@code staff.note})
 * @param siteNames the hospital's own names for sites of reference/sites.csv ({@code site.names.RCX
 *     = QE Hospital|The Lynn}), by name made comparable ({@link
 *     io.strikeimpact.model.SiteNames#comparable}), to the site's ODS code
 */
public record Profile(
    String name,
    String source,
    List<Glob> files,
    Role role,
    SheetChoice sheet,
    OptionalInt headerRow,
    Optional<String> site,
    Map<Field, ColumnName> columns,
    Map<ColumnName, ActivityType> byTypeColumns,
    ActionRule action,
    Optional<ActivityType> fixedType,
    TypeWords typeWords,
    DateFormats dateFormats,
    ColumnName totalsLabels,
    Optional<DayTypeColumns> byDayAndType,
    LabelPattern subtotalLabels,
    boolean skipOtherSites,
    Layout layout,
    Optional<RowFilter> filter,
    Map<ColumnName, ActivityType> plannedByTypeColumns,
    Optional<String> staffNote,
    Map<String, String> siteNames) {

  /** The same profile reading one named sheet: a {@code sheet = *} profile, sheet by sheet. */
  public Profile withSheet(SheetChoice other) {
    return new Profile(
        name,
        source,
        files,
        role,
        other,
        headerRow,
        site,
        columns,
        byTypeColumns,
        action,
        fixedType,
        typeWords,
        dateFormats,
        totalsLabels,
        byDayAndType,
        subtotalLabels,
        skipOtherSites,
        layout,
        filter,
        plannedByTypeColumns,
        staffNote,
        siteNames);
  }

  /** What one row of the file is. */
  public enum Layout {
    /** Rows of figures: a count per row, or per type column. */
    TABLE,
    /** One row per rescheduled appointment or procedure: each row counts one. */
    LINE_LEVEL
  }

  /**
   * Which rows of a line-level extract to count: those whose value in the column is one of the
   * values, compared ignoring case (and as numbers when both are numbers, so 4 matches 4.0).
   */
  public record RowFilter(ColumnName column, List<String> values) {
    public RowFilter {
      Objects.requireNonNull(column, "column");
      // A loop, not a stream: no lambda to link in a cold run.
      List<String> kept = new java.util.ArrayList<>(values.size());
      for (String v : values) {
        String value = v.strip();
        if (!value.isEmpty()) {
          kept.add(value);
        }
      }
      values = java.util.Collections.unmodifiableList(kept);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("A filter needs at least one value");
      }
    }

    public boolean accepts(String value) {
      String v = value.strip();
      for (String want : values) {
        if (want.equalsIgnoreCase(v) || sameNumber(want, v)) {
          return true;
        }
      }
      return false;
    }

    private static boolean sameNumber(String a, String b) {
      if (a.isEmpty()
          || b.isEmpty()
          || !Character.isDigit(a.charAt(a.length() - 1))
          || !Character.isDigit(b.charAt(b.length() - 1))) {
        return false;
      }
      try {
        return Double.parseDouble(a) == Double.parseDouble(b);
      } catch (NumberFormatException e) {
        return false;
      }
    }

    /** "Attendance code" is 4 or 5, for messages. */
    @Override
    public String toString() {
      return column + " is " + String.join(" or ", values);
    }
  }

  /** What a file read with the profile holds. */
  public enum Role {
    ACTIVITY("activity return"),
    STATED_TOTALS("stated totals");

    private final String label;

    Role(String label) {
      this.label = label;
    }

    /** The role's name in a list of sources: "activity return". */
    public String label() {
      return label;
    }
  }

  /** A column a profile can map, with its key. */
  public enum Field {
    SITE("column.site"),
    ACTION("column.action"),
    DATE("column.date"),
    TYPE("column.type"),
    SPECIALTY("column.specialty"),
    SPECIALTY_CODE("column.specialty-code"),
    COUNT("column.count"),
    LABEL("column.label"),
    PLANNED("column.planned"),
    /** The column of row totals at the end of a wide row, read as a stated total per row. */
    ROW_TOTAL("column.row-total"),
    /**
     * In stated totals, the running total since the first action up to and including the row's
     * action, at the row's site (or all sites), checked step by step.
     */
    RUNNING_TOTAL("column.running-total"),
    /** Staff taking part in the action on the row's day, at the row's site. */
    STAFF("column.staff"),
    /** Where the row's staff figure comes from; "illustrative" marks it illustrative. */
    STAFF_NOTE("column.staff-note");

    private final String key;

    Field(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** How a row's action is found: fixed, by the row's date, or from a column. */
  public record ActionRule(Kind kind, Optional<String> fixedId) {
    public enum Kind {
      FIXED,
      BY_DATE,
      BY_COLUMN
    }

    public ActionRule {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(fixedId, "fixedId");
      if ((kind == Kind.FIXED) != fixedId.isPresent()) {
        throw new IllegalArgumentException("A fixed action rule, and only one, names an action");
      }
    }

    public static ActionRule fixed(String id) {
      return new ActionRule(Kind.FIXED, Optional.of(id));
    }

    public static final ActionRule BY_DATE = new ActionRule(Kind.BY_DATE, Optional.empty());
    public static final ActionRule BY_COLUMN = new ActionRule(Kind.BY_COLUMN, Optional.empty());
  }

  public Profile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    files = List.copyOf(files);
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(headerRow, "headerRow");
    Objects.requireNonNull(site, "site");
    columns = Map.copyOf(columns);
    byTypeColumns =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byTypeColumns));
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(fixedType, "fixedType");
    Objects.requireNonNull(typeWords, "typeWords");
    Objects.requireNonNull(dateFormats, "dateFormats");
    Objects.requireNonNull(totalsLabels, "totalsLabels");
    siteNames = Map.copyOf(siteNames);
    Objects.requireNonNull(byDayAndType, "byDayAndType");
    Objects.requireNonNull(subtotalLabels, "subtotalLabels");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(filter, "filter");
    plannedByTypeColumns =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(plannedByTypeColumns));
    Objects.requireNonNull(staffNote, "staffNote");
  }

  public boolean matches(String fileName) {
    for (Glob g : files) {
      if (g.matches(fileName)) {
        return true;
      }
    }
    return false;
  }

  public Optional<ColumnName> column(Field field) {
    return Optional.ofNullable(columns.get(field));
  }

  /**
   * Every column header the table must have, for finding the header row. The staff columns are not
   * among them: a return may give the staff taking part or not, and one that does not is read
   * without staff figures (they are looked for in the header row found).
   */
  public List<ColumnName> requiredColumns() {
    List<ColumnName> all = new java.util.ArrayList<>();
    for (Field f : Field.values()) {
      if (f != Field.STAFF && f != Field.STAFF_NOTE) {
        ColumnName c = columns.get(f);
        if (c != null) {
          all.add(c);
        }
      }
    }
    all.addAll(byTypeColumns.keySet());
    all.addAll(plannedByTypeColumns.keySet());
    if (filter.isPresent()) {
      all.add(filter.get().column());
    }
    return all;
  }
}
