package io.strikeimpact.reports.excel;

import io.strikeimpact.model.ActivityType;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The formulas that add up the Count column of the Data sheet's table. Structured references
 * ({@code Data_table[Count]}) read as what they mean, and follow the table if rows are added.
 *
 * <p>Every literal here is quoted with its quotes doubled, so a value from the input can only ever
 * be a string inside a formula, never part of it.
 */
final class DataFormulas {
  static final String TABLE = "Data_table";
  static final String SITE = "Site (ODS code)";
  static final String ACTION = "Action id";
  static final String TYPE = "Activity type";
  static final String COUNT = "Count";

  /**
   * The planned activity a return gives for a site, action and activity type: a column of its own,
   * on rows of their own, so no sum of counts takes it in.
   */
  static final String PLANNED = "Planned";

  private DataFormulas() {}

  /** A criterion for SUMIFS: a cell reference or a quoted literal, never bare input text. */
  record Criterion(String column, String operand) {}

  static Criterion site(String cellOrLiteral) {
    return new Criterion(SITE, cellOrLiteral);
  }

  static Criterion action(String cellOrLiteral) {
    return new Criterion(ACTION, cellOrLiteral);
  }

  static Criterion type(ActivityType type) {
    return new Criterion(TYPE, literal(type.heading()));
  }

  /** A string literal for a formula: "a ""quoted"" word". */
  static String literal(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  /**
   * The sum of counts over any of {@code actionIds} matching every criterion: one SUMIFS an action,
   * added together, since a SUMIFS criterion matches one value. Ids are sorted, so the same
   * analysis always gives the same formula.
   */
  static String sum(Collection<String> actionIds, Criterion... criteria) {
    return sumOf(COUNT, actionIds, criteria);
  }

  /** The same as {@link #sum} over the Planned column: the planned activity behind some counts. */
  static String planned(Collection<String> actionIds, Criterion... criteria) {
    return sumOf(PLANNED, actionIds, criteria);
  }

  private static String sumOf(String column, Collection<String> actionIds, Criterion... criteria) {
    List<String> ids = actionIds.stream().sorted().toList();
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("A sum needs at least one action");
    }
    return ids.stream()
        .map(id -> sumifsOf(column, prepend(action(literal(id)), criteria)))
        .collect(Collectors.joining("+"));
  }

  /** SUMIFS over the Count column with the criteria given. */
  static String sumifs(Criterion... criteria) {
    return sumifsOf(COUNT, criteria);
  }

  private static String sumifsOf(String sumColumn, Criterion... criteria) {
    StringBuilder f = new StringBuilder("SUMIFS(").append(column(sumColumn));
    for (Criterion c : criteria) {
      f.append(',').append(column(c.column())).append(',').append(c.operand());
    }
    return f.append(')').toString();
  }

  private static Criterion[] prepend(Criterion first, Criterion[] rest) {
    Criterion[] all = new Criterion[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  private static String column(String name) {
    return TABLE + "[" + name + "]";
  }
}
