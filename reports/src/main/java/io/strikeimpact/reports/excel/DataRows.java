package io.strikeimpact.reports.excel;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.text.HouseStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rows the Data sheet holds. One row a count when they fit; when the returns hold more counts
 * than a sheet has rows (Excel: 1,048,576, one of them the header), the counts are added up rather
 * than split over several sheets, so that every formula sums one table:
 *
 * <ol>
 *   <li>first by site, action, activity type, date, specialty and source file (dropping only the
 *       cell), which keeps everything a filter is likely to be used for;
 *   <li>if that is still too many, by site, action and activity type, which every formula needs and
 *       which always fits.
 * </ol>
 *
 * Totals are unchanged either way, and the Notes sheet says which was done.
 */
final class DataRows {
  /** The data rows a sheet holds below its header row. */
  static final int EXCEL_MAX_DATA_ROWS = 1_048_575;

  /** How the counts became rows. */
  enum Layout {
    ONE_ROW_A_COUNT,
    ADDED_UP_BY_FILE,
    ADDED_UP_BY_SITE_ACTION_TYPE
  }

  /** One row: a count from a return, or several added up, with how many. */
  record Line(DisruptionCount count, int countsAdded) {}

  private final List<DisruptionCount> counts;
  private final List<Line> added;
  private final Layout layout;
  private final int countsRead;

  private DataRows(List<DisruptionCount> counts, List<Line> added, Layout layout, int countsRead) {
    this.counts = counts;
    this.added = added;
    this.layout = layout;
    this.countsRead = countsRead;
  }

  static DataRows of(List<DisruptionCount> counts, int maxRows) {
    if (counts.size() <= maxRows) {
      return new DataRows(counts, List.of(), Layout.ONE_ROW_A_COUNT, counts.size());
    }
    List<Line> byFile =
        addUp(
            counts,
            c ->
                List.of(
                    c.odsCode(),
                    c.actionId(),
                    c.type(),
                    c.date(),
                    c.specialty(),
                    c.provenance().file(),
                    c.provenance().sha256(),
                    c.provenance().sheet()),
            false);
    if (byFile.size() <= maxRows) {
      return new DataRows(List.of(), byFile, Layout.ADDED_UP_BY_FILE, counts.size());
    }
    List<Line> coarse = addUp(counts, c -> List.of(c.odsCode(), c.actionId(), c.type()), true);
    return new DataRows(List.of(), coarse, Layout.ADDED_UP_BY_SITE_ACTION_TYPE, counts.size());
  }

  private static List<Line> addUp(
      List<DisruptionCount> counts,
      Function<DisruptionCount, List<Object>> key,
      boolean dropDetail) {
    Map<List<Object>, long[]> sums = new LinkedHashMap<>();
    Map<List<Object>, DisruptionCount> first = new LinkedHashMap<>();
    for (DisruptionCount c : counts) {
      List<Object> k = key.apply(c);
      long[] s = sums.computeIfAbsent(k, x -> new long[2]);
      s[0] += c.count();
      s[1]++;
      first.putIfAbsent(k, c);
    }
    List<Line> lines = new ArrayList<>(sums.size());
    for (Map.Entry<List<Object>, long[]> e : sums.entrySet()) {
      DisruptionCount c = first.get(e.getKey());
      long[] s = e.getValue();
      Provenance p = c.provenance();
      Provenance where =
          dropDetail
              ? new Provenance("several files", "", "", "")
              : new Provenance(p.file(), p.sha256(), p.sheet(), "");
      Optional<LocalDate> date = dropDetail ? Optional.empty() : c.date();
      Optional<String> specialty = dropDetail ? Optional.empty() : c.specialty();
      lines.add(
          new Line(
              new DisruptionCount(
                  c.odsCode(), c.actionId(), c.type(), date, specialty, s[0], where),
              (int) s[1]));
    }
    lines.sort(
        Comparator.comparing((Line l) -> l.count().odsCode())
            .thenComparing(l -> l.count().actionId())
            .thenComparing(l -> l.count().type(), Comparator.comparing(ActivityType::ordinal)));
    return lines;
  }

  Layout layout() {
    return layout;
  }

  /** The data rows the sheet will hold. */
  int size() {
    return layout == Layout.ONE_ROW_A_COUNT ? counts.size() : added.size();
  }

  /** Calls {@code each} for every row in order; a count that stands alone has countsAdded 1. */
  void forEach(java.util.function.BiConsumer<DisruptionCount, Integer> each) {
    if (layout == Layout.ONE_ROW_A_COUNT) {
      for (DisruptionCount c : counts) {
        each.accept(c, 1);
      }
    } else {
      for (Line l : added) {
        each.accept(l.count(), l.countsAdded());
      }
    }
  }

  /** The note on the Data sheet's rows, for the Notes sheet. */
  String describe() {
    String limit = HouseStyle.count(EXCEL_MAX_DATA_ROWS);
    return switch (layout) {
      case ONE_ROW_A_COUNT ->
          "The Data sheet has one row for each of the "
              + HouseStyle.count(countsRead)
              + " counts read from the returns, with the file, sheet and cell it came from. Were there"
              + " more than the "
              + limit
              + " rows a sheet holds, counts would be added up, never"
              + " split over several sheets, so every formula sums one table.";
      case ADDED_UP_BY_FILE ->
          "The returns hold "
              + HouseStyle.count(countsRead)
              + " counts, more than the "
              + limit
              + " rows a sheet holds, so the Data sheet adds them up by site, action, activity type,"
              + " date, specialty and source file ("
              + HouseStyle.count(size())
              + " rows); the Cell"
              + " column says how many counts each row adds up. Totals are unchanged.";
      case ADDED_UP_BY_SITE_ACTION_TYPE ->
          "The returns hold "
              + HouseStyle.count(countsRead)
              + " counts, more than the "
              + limit
              + " rows a sheet holds even when added up by source file, so the Data sheet adds them"
              + " up by site, action and activity type ("
              + HouseStyle.count(size())
              + " rows); the"
              + " Cell column says how many counts each row adds up. Totals are unchanged.";
    };
  }
}
