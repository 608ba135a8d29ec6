package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.profile.ColumnName;
import io.strikeimpact.ingest.profile.DayTypeColumns.DayType;
import io.strikeimpact.ingest.profile.Profile;
import io.strikeimpact.ingest.profile.Profile.Field;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the header row, one row at a time: the row the profile names, or with {@code header.row =
 * auto} the first row holding every mapped column (so a title block above the table is skipped).
 * When none does, says which columns were missing from the row that came closest.
 */
final class HeaderFinder {
  private final Profile profile;
  private RawRow closest;
  private int closestMatches = -1;
  private RawRow above;
  private boolean closestHasDayTypes;

  HeaderFinder(Profile profile) {
    this.profile = profile;
  }

  /** The columns, if this row is the header. */
  Optional<HeaderColumns> offer(RawRow row) {
    if (row.isBlank()) {
      return Optional.empty();
    }
    RawRow heading = above;
    above = row;
    if (profile.headerRow().isPresent() && row.number() != profile.headerRow().getAsInt()) {
      return Optional.empty();
    }
    Optional<HeaderColumns> alone = match(row, heading);
    if (alone.isPresent() || heading == null || heading.number() != row.number() - 1) {
      return alone;
    }
    // A header over two rows: a heading merged across columns ("Rescheduled") with the columns'
    // own names ("Outpatients", "Inpatients") on the row below, the other headings above.
    return match(joined(heading, row), null);
  }

  /**
   * The columns if this row alone holds every mapped column, wherever the profile's header row is:
   * to tell a header repeated further down the sheet.
   */
  Optional<HeaderColumns> matchAlone(RawRow row) {
    return match(row, null);
  }

  /**
   * The header of two rows read as one: each column's heading from the lower row where it has one,
   * else from the upper; numbered as the lower row, which the data follow.
   */
  private static RawRow joined(RawRow upper, RawRow lower) {
    Map<Integer, RawCell> cells = new java.util.TreeMap<>();
    for (RawCell c : upper.cells()) {
      cells.put(c.column(), c);
    }
    for (RawCell c : lower.cells()) {
      cells.put(c.column(), c);
    }
    return new RawRow(lower.sheet(), lower.number(), List.copyOf(cells.values()));
  }

  private Optional<HeaderColumns> match(RawRow row, RawRow heading) {
    Map<Integer, DayType> dayTypes = DayTypeHeaders.find(profile, row, heading);
    int dayTypeNeeded = profile.byDayAndType().isPresent() ? 1 : 0;
    // Loops, not streams and lambdas: this runs cold on every file's first rows.
    int matches = dayTypes.isEmpty() ? 0 : dayTypeNeeded;
    for (ColumnName n : profile.requiredColumns()) {
      if (find(row, n).isPresent()) {
        matches++;
      }
    }
    if (matches > closestMatches) {
      closest = row;
      closestMatches = matches;
      closestHasDayTypes = !dayTypes.isEmpty();
    }
    if (matches < profile.requiredColumns().size() + dayTypeNeeded) {
      return Optional.empty();
    }
    Map<Field, Integer> fields = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      Optional<ColumnName> name = profile.column(f);
      Optional<Integer> index = name.isPresent() ? find(row, name.get()) : Optional.empty();
      if (index.isPresent()) {
        fields.put(f, index.get());
      }
    }
    Map<Integer, ActivityType> byType = new LinkedHashMap<>();
    for (Map.Entry<ColumnName, ActivityType> e : profile.byTypeColumns().entrySet()) {
      byType.put(find(row, e.getKey()).orElseThrow(), e.getValue());
    }
    Map<ActivityType, Integer> plannedByType = new EnumMap<>(ActivityType.class);
    for (Map.Entry<ColumnName, ActivityType> e : profile.plannedByTypeColumns().entrySet()) {
      plannedByType.put(e.getValue(), find(row, e.getKey()).orElseThrow());
    }
    return Optional.of(new HeaderColumns(row.number(), fields, byType, dayTypes, plannedByType));
  }

  /** The problem to report when the table ended without a header row. */
  DataProblem notFound(Provenance file) {
    List<String> all =
        new ArrayList<>(profile.requiredColumns().stream().map(ColumnName::toString).toList());
    profile.byDayAndType().ifPresent(p -> all.add("count columns headed " + p));
    String expected = "a header row with the columns " + String.join(", ", all);
    if (closest == null) {
      String where =
          profile.headerRow().isPresent() ? " at row " + profile.headerRow().getAsInt() : "";
      return new DataProblem(
          Severity.ERROR,
          file,
          "",
          expected + where,
          "check the file is the right return; if its table starts elsewhere, set header.row in "
              + profile.source());
    }
    List<String> missing = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (ColumnName n : profile.requiredColumns()) {
      if (find(closest, n).isEmpty()) {
        missing.add(n.toString());
        plain.add(String.join("/", n.synonyms()));
        String key = keyOf(n);
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    if (profile.byDayAndType().isPresent() && !closestHasDayTypes) {
      missing.add(
          "count columns headed "
              + profile.byDayAndType().get()
              + " (dates as "
              + profile.dateFormats()
              + ", types as "
              + profile.typeWords().describe()
              + ")");
      keys.add("columns.by-day-and-type");
      plain.add("count columns headed " + profile.byDayAndType().get());
    }
    // What is missing comes first: a site's status quotes the found text alone ("could not be
    // read: ..."), and the columns the row does have say nothing of what is wrong.
    String found =
        (plain.size() == 1
                ? "no column " + plain.getFirst()
                : "no columns "
                    + String.join(", ", plain.subList(0, plain.size() - 1))
                    + " and "
                    + plain.getLast())
            + " in row "
            + closest.number()
            + ", which has the columns "
            // A header cell's line breaks ("Number\nrescheduled") as spaces: the message is one
            // line of a table in validate, and a break in it split the table's row in three.
            + String.join(
                ", ",
                closest.cells().stream()
                    .map(c -> c.text().replaceAll("\\s+", " ").strip())
                    .toList());
    return new DataProblem(
        Severity.ERROR,
        file.at("row " + closest.number()),
        found,
        expected + "; missing " + String.join(", ", missing),
        "rename the column in the return, or add its header to "
            + String.join(" and ", keys)
            + " in "
            + profile.source()
            + " (synonyms separated by |)"
            + (keys.stream().allMatch(HeaderFinder::optionalKey)
                ? ", or, if the return gives no such figures, remove "
                    + String.join(" and ", keys)
                    + " from the profile"
                : ""));
  }

  /** The profile key that names a required column, as a person finds it in the profile. */
  private String keyOf(ColumnName name) {
    for (Field f : Field.values()) {
      if (profile.column(f).filter(name::equals).isPresent()) {
        return f.key();
      }
    }
    if (profile.byTypeColumns().containsKey(name)) {
      return "columns.by-type";
    }
    if (profile.plannedByTypeColumns().containsKey(name)) {
      return "columns.planned-by-type";
    }
    return "filter.column";
  }

  /** Keys a table can do without: a return may give no planned figures, or no row totals. */
  private static boolean optionalKey(String key) {
    return key.equals(Field.PLANNED.key())
        || key.equals("columns.planned-by-type")
        || key.equals(Field.ROW_TOTAL.key());
  }

  private static Optional<Integer> find(RawRow row, ColumnName name) {
    for (RawCell c : row.cells()) {
      if (name.matches(c.text())) {
        return Optional.of(c.column());
      }
    }
    return Optional.empty();
  }
}
