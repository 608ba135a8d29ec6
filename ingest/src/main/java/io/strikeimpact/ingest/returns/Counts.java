package io.strikeimpact.ingest.returns;

import io.strikeimpact.ingest.table.NoFigureMarks;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a count from a cell: a whole number of 0 or more, as a spreadsheet number or as text with
 * or without thousands separators ("1,234").
 */
final class Counts {
  static final String EXPECTED = "a whole number of 0 or more";

  /** The least figure of ten digits: none is a count of activity, and an NHS number is one. */
  private static final BigDecimal TEN_DIGITS = BigDecimal.valueOf(1_000_000_000L);

  /** Digits, a full stop and three zeros, as text: "1.000", "12.000". */
  private static final Pattern EUROPEAN_THOUSANDS = Pattern.compile("\\d{1,3}(\\.000)+");

  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

  /**
   * The spaces that separate thousands in the SI and ONS style and in French or Nordic writing ("1
   * 168"): the non-breaking space (U+00A0), the narrow non-breaking space (U+202F) and the thin
   * space (U+2009). None has another meaning between digits, so a number grouped by threes with one
   * of them is read; an ordinary space is not, as it may as well stand between two figures run
   * together.
   */
  private static final Pattern SPACE_GROUPED =
      Pattern.compile("\\d{1,3}([\u00a0\u202f\u2009]\\d{3})+");

  private static final Pattern SPACE_SEPARATORS = Pattern.compile("[\u00a0\u202f\u2009]");

  /** Digits with a space of any kind between them: not a number as it stands. */
  private static final Pattern SPACE_BETWEEN_DIGITS =
      Pattern.compile("[-+]?[\\d,.]*\\d[\\s\u00a0\u202f\u2009]+\\d[\\d,.\\s\u00a0\u202f\u2009]*");

  private Counts() {}

  /**
   * Whether a cell gives no figure: missing, or text of spaces only. Where a layout says a blank is
   * "no figure" (a wide table's count cells, a stated total) it is skipped, not an error.
   */
  /** Whether a cell of a column per type says "none" in words: "-", "n/a", "nil". */
  static boolean nil(Optional<RawCell> cell) {
    return cell.isPresent()
        && cell.get().number().isEmpty()
        && NoFigureMarks.nil(cell.get().text());
  }

  /**
   * The WARNING for a stated total its cell withholds ("*", "[c]"): no figure to check against, and
   * nothing the figures beside it lack.
   *
   * @param figures what the total would be checked against: "counts" in a return of counts with a
   *     totals row, "returns" in a summary of totals
   */
  static DataProblem withheldTotal(Provenance at, RawCell cell, String figures) {
    return new DataProblem(
        Severity.WARNING,
        at,
        cell.text(),
        "a stated total to check the " + figures + " against; this marks it withheld",
        "nothing to fix for the "
            + figures
            + ", which are counted as they are; this total is not checked");
  }

  /** Whether a cell holds a mark of a small number withheld rather than a figure. */
  static boolean suppressed(Optional<RawCell> cell) {
    return cell.isPresent()
        && cell.get().number().isEmpty()
        && NoFigureMarks.suppressed(cell.get().text());
  }

  static boolean blank(Optional<RawCell> cell) {
    return cell.isEmpty() || (cell.get().number().isEmpty() && cell.get().text().isBlank());
  }

  /** The count, or empty with a problem added naming the cell. */
  static Optional<Long> read(Optional<RawCell> cell, Provenance where, List<DataProblem> problems) {
    if (cell.isEmpty()) {
      problems.add(
          problem(
              where,
              "",
              EXPECTED,
              "fill in the count (0 if nothing was rescheduled) and send the return again"));
      return Optional.empty();
    }
    return number(
        cell.get(),
        where,
        problems,
        EXPECTED,
        new Fixes(
            "write the count as a number, e.g. 1,234, and send the return again",
            "correct the count in the return and send it again; a count of activity rescheduled cannot be negative",
            "correct the count in the return and send it again; appointments are counted in whole numbers",
            "correct the count in the return and send it again"));
  }

  static final String PLANNED_EXPECTED =
      "the activity planned: a whole number of 0 or more, or a blank cell if not known";
  private static final String PLANNED_MEANWHILE =
      "; meanwhile the row's count is used, but no rate per 1,000 planned is given for its site and action";

  /**
   * A planned figure beside a count: empty for a blank cell (no planned figure, not an error), or
   * empty with an ERROR naming the cell when the cell holds anything but a whole number of 0 or
   * more.
   */
  static Optional<Long> readPlanned(
      Optional<RawCell> cell, Provenance where, List<DataProblem> problems) {
    if (blank(cell)) {
      return Optional.empty();
    }
    return number(
        cell.get(),
        where,
        problems,
        PLANNED_EXPECTED,
        new Fixes(
            "write the planned figure as a number, e.g. 9,000, or leave the cell blank if it is not known, and send the return again"
                + PLANNED_MEANWHILE,
            "correct the planned figure in the return and send it again; planned activity cannot be negative"
                + PLANNED_MEANWHILE,
            "correct the planned figure in the return and send it again; appointments are planned in whole numbers"
                + PLANNED_MEANWHILE,
            "correct the planned figure in the return and send it again" + PLANNED_MEANWHILE));
  }

  /**
   * The words a return writes in a staff column for "no figure": "n/a", "-", "–", "nil return",
   * "not known", or a cell of non-breaking spaces only. Read as a blank cell (the figure is not
   * given, never 0), so the row's counts stand.
   */
  private static final Pattern STAFF_NOT_GIVEN =
      Pattern.compile(
          "[-–—]+|n/?a|n/?k|nil( return)?|none( given)?|not (given|known|available|applicable)"
              + "|unknown|tbc|blank",
          Pattern.CASE_INSENSITIVE);

  /**
   * Whether a staff cell holds words for "no figure" rather than a figure: see {@link
   * #STAFF_NOT_GIVEN}. A blank cell is not one of these: it says nothing and needs no note.
   */
  static boolean staffNotGiven(Optional<RawCell> cell) {
    if (cell.isEmpty() || cell.get().number().isPresent() || blank(cell)) {
      return false;
    }
    String text = SPACE_SEPARATORS.matcher(cell.get().text()).replaceAll(" ").strip();
    return text.isEmpty() || STAFF_NOT_GIVEN.matcher(text.replaceAll("\\s+", " ")).matches();
  }

  static final String STAFF_EXPECTED =
      "the staff taking part that day: a whole number of 0 or more, or a blank cell if not known";

  /**
   * A figure of staff taking part beside a count: empty for a blank cell (no figure, never 0), or
   * empty with an ERROR naming the cell, which rejects the row, when the cell holds anything but a
   * whole number of 0 or more.
   */
  static Optional<Long> readStaff(
      Optional<RawCell> cell, Provenance where, List<DataProblem> problems) {
    if (blank(cell)) {
      return Optional.empty();
    }
    return number(
        cell.get(),
        where,
        problems,
        STAFF_EXPECTED,
        new Fixes(
            "write the number of staff taking part as a number, e.g. 302, or leave the cell blank"
                + " if it is not known, and send the return again; the row is not counted until then",
            "correct the staff figure in the return and send it again; staff taking part cannot be"
                + " negative",
            "correct the staff figure in the return and send it again; staff are counted in whole"
                + " numbers",
            "correct the staff figure in the return and send it again"));
  }

  private record Fixes(String notNumber, String negative, String fraction, String tooLarge) {}

  private static Optional<Long> number(
      RawCell c, Provenance where, List<DataProblem> problems, String expected, Fixes fixes) {
    BigDecimal value;
    if (c.isUncalculated()) {
      problems.add(
          problem(
              where,
              "a formula with no calculated value",
              expected,
              "open the return in Excel or LibreOffice so that it calculates, save it and send it"
                  + " again; a file written by a script (openpyxl, for one) holds its formulas"
                  + " without their results"));
      return Optional.empty();
    }
    // A figure keyed as text with a non-breaking space before or after it ("882\u00a0", pasted from
    // a web page or Word) is the figure: only an ordinary space is trimmed from every cell.
    String text = NoFigureMarks.trimmed(c.text());
    if (c.number().isEmpty() && !text.equals(c.text())) {
      c = RawCell.text(c.column(), text);
    }
    if (c.number().isPresent()) {
      value = BigDecimal.valueOf(c.number().getAsDouble());
    } else if (ExcelError.of(c.text()).isPresent()) {
      ExcelError error = ExcelError.of(c.text()).get();
      problems.add(
          problem(
              where,
              c.text() + " (an Excel error: " + error.meaning() + ")",
              expected,
              "correct the formula in the cell ("
                  + error.fix()
                  + "), or type the figure in its"
                  + " place, save the return and send it again; an error is no figure and is"
                  + " never read as 0"));
      return Optional.empty();
    } else if (EUROPEAN_THOUSANDS.matcher(c.text()).matches()) {
      // "1.000" is one in British writing and a thousand in European: "1.010", not whole either
      // way, is refused as a fraction; this must be refused too, not read as one.
      problems.add(
          problem(
              where,
              c.text(),
              expected,
              "write the figure without a full stop: "
                  + c.text().replace(".", "")
                  + " if the full stop separates thousands, as in European writing, or "
                  + c.text().substring(0, c.text().indexOf('.'))
                  + " if it does not, and send the return again; until then it is not read"));
      return Optional.empty();
    } else if (NUMBER.matcher(c.text()).matches()) {
      value = new BigDecimal(c.text().replace(",", ""));
    } else if (SPACE_GROUPED.matcher(c.text()).matches()) {
      value = new BigDecimal(SPACE_SEPARATORS.matcher(c.text()).replaceAll(""));
    } else if (SPACE_BETWEEN_DIGITS.matcher(c.text()).matches()) {
      // A space shows as a space whatever its kind, so the message says which it is.
      String digits = c.text().replaceAll("[\\s\u00a0\u202f\u2009]", "");
      problems.add(
          problem(
              where,
              c.text(),
              expected
                  + "; this has "
                  + spaceKind(c.text())
                  + " between its digits, which is read as separating thousands only before"
                  + " groups of three digits (1\u00a0168), and for an ordinary space never, as it"
                  + " may stand between two figures",
              "write the figure without the space: "
                  + digits
                  + " if the space separates thousands, or correct the cell if it holds two"
                  + " figures, and send the return again; until then it is not read"));
      return Optional.empty();
    } else {
      problems.add(problem(where, c.text(), expected, fixes.notNumber()));
      return Optional.empty();
    }
    if (value.abs().compareTo(TEN_DIGITS) >= 0) {
      // No site reschedules a billion appointments: a figure of ten digits is an identifier (an NHS
      // number, a telephone number) in a figure's cell, or a total that adds one up. Never quoted,
      // and never read, so no total, difference or rate can give its digits back.
      int digits = value.abs().toBigInteger().toString().length();
      problems.add(
          problem(
              where,
              "a figure of " + digits + " digits, not shown",
              expected
                  + " and under a billion; a figure of ten digits or more is no count of activity"
                  + " and may be a patient's NHS number or telephone number, or a total that adds"
                  + " one up",
              "correct the cell in the return (or the cells its formula adds up) and send it"
                  + " again; the figure is withheld, as it may hold a patient identifier, and is"
                  + " not read"));
      return Optional.empty();
    }
    if (value.signum() < 0) {
      problems.add(problem(where, c.text(), expected, fixes.negative()));
      return Optional.empty();
    }
    if (value.stripTrailingZeros().scale() > 0) {
      problems.add(problem(where, c.text(), expected, fixes.fraction()));
      return Optional.empty();
    }
    try {
      return Optional.of(value.longValueExact());
    } catch (ArithmeticException e) {
      problems.add(problem(where, c.text(), expected, fixes.tooLarge()));
      return Optional.empty();
    }
  }

  /** The kind of the first space between digits, by its name and code point. */
  private static String spaceKind(String text) {
    for (int i = 1; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isDigit(text.charAt(i - 1))
          && (Character.isWhitespace(ch) || Character.isSpaceChar(ch))) {
        return switch (ch) {
          case '\u00a0' -> "a non-breaking space (U+00A0)";
          case '\u202f' -> "a narrow non-breaking space (U+202F)";
          case '\u2009' -> "a thin space (U+2009)";
          case ' ' -> "a space";
          case '\t' -> "a tab";
          default -> String.format("a space (U+%04X)", (int) ch);
        };
      }
    }
    return "a space";
  }

  private static DataProblem problem(Provenance where, String found, String expected, String fix) {
    return new DataProblem(Severity.ERROR, where, found, expected, fix);
  }
}
