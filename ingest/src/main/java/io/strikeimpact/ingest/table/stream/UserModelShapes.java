package io.strikeimpact.ingest.table.stream;

import io.strikeimpact.ingest.table.CellDate;
import io.strikeimpact.ingest.table.MergedLabels;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * The cells of a sheet as POI's user model would give them ({@code WorkbookTableReader}: its
 * formatted text, numbers, dates), made from the streamed XML without building the workbook.
 *
 * <p>Only the shapes a workbook usually has are read here: rows and cells numbered and in order;
 * numbers, shared and inline strings, booleans, errors and formulas (a formula never calculated, as
 * openpyxl writes it, reads as 0, as the user model reads it); numbers whose text the formatter
 * gives the same from the raw value as from a cell. Anything else (an array formula, a boolean
 * without a value, a date format on a serial that is no date, a 17-digit figure) is marked {@link
 * #irregular}, and the caller reads the file with the user model instead, so the two readers never
 * differ: {@code XlsxAsUserModelDifferentialTest} holds them to it.
 */
final class UserModelShapes {
  private static final byte NUMBER = 1;
  private static final byte SHARED = 2;
  private static final byte BOOLEAN = 3;
  private static final byte ERROR = 4;
  private static final byte FORMULA_TEXT = 5;
  private static final byte INLINE = 6;

  /**
   * An ISO 8601 date ({@code t="d"}), as openpyxl with {@code iso_dates}, some exports and BI tools
   * write it. POI's user model refuses the whole workbook for one ({@code ST_CellType} has no "d"),
   * so such a cell is read here as the date Excel shows, with the serial Excel would store.
   */
  private static final byte ISO_DATE = 7;

  private final DataFormatter formatter = new DataFormatter(Locale.UK);
  private SharedStrings strings = SharedStrings.NONE;
  private Styles styles = Styles.NONE;
  private boolean date1904;

  /**
   * The workbook asks to be calculated when opened ({@code fullCalcOnLoad}), as files from openpyxl
   * and XlsxWriter do: their formulas' stored results are not to be trusted (XlsxWriter stores 0
   * for every formula).
   */
  private boolean recalculateOnLoad;

  private String irregular;
  private int lastRow;
  private int lastColumn;
  private final List<RawCell> cells = new ArrayList<>();

  private int column;
  private byte type;
  private int style;

  /** What the cells refer to: the workbook's shared strings, styles and date system. */
  void workbook(SharedStrings strings, Styles styles, boolean date1904, boolean recalculateOnLoad) {
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
    this.recalculateOnLoad = recalculateOnLoad;
  }

  /** Why the user model might read this sheet otherwise; null when it would not. */
  private final List<MergedLabels.Region> merged = new ArrayList<>();

  void merged(MergedLabels.Region region) {
    merged.add(region);
  }

  /** The sheet's regions merged down one column, read after its rows. */
  List<MergedLabels.Region> merged() {
    return merged;
  }

  String irregular() {
    return irregular;
  }

  void startRow(boolean numbered, int number) {
    if (!numbered) {
      irregular("a row without a number");
    } else if (number <= lastRow) {
      irregular("rows out of order");
    }
    lastRow = number;
    lastColumn = -1;
    cells.clear();
  }

  void startCell(boolean referenced, int column, Bytes t, int style) {
    if (!referenced) {
      irregular("a cell without a reference");
    } else if (column <= lastColumn) {
      irregular("cells out of order");
    }
    lastColumn = column;
    this.column = column;
    this.type = type(t);
    this.style = style;
  }

  /**
   * Ends the cell begun last.
   *
   * @param value the cached value or text as written, escapes not yet decoded; null when none
   * @param formula whether the cell holds a formula
   */
  void endCell(String value, boolean formula) {
    if (irregular != null) {
      return;
    }
    if (type == 0) {
      irregular("a cell type the user model may not know");
      return;
    }
    if (formula && (recalculateOnLoad || value == null || value.isEmpty())) {
      // Never calculated (openpyxl writes formulas so), or stored with a result the file itself
      // says to discard: the user model's reader calculates them.
      irregular("a formula to calculate");
      return;
    }
    if (value == null || value.isEmpty() && type == NUMBER) {
      // As the user model reads a cell with no value: an empty number is 0; a number that is no
      // formula is a styled blank cell, and text is "", both left out; a boolean or an error
      // without a value is left to it.
      if (type == NUMBER && value != null) {
        value = "0";
      } else if (type == BOOLEAN || type == ERROR) {
        irregular("a boolean or error without a value");
        return;
      } else {
        return;
      }
    }
    RawCell cell = cell(value);
    if (cell != null) {
      cells.add(cell);
    }
  }

  /**
   * The cell holds a formula of this kind ({@code t} of {@code <f>}): an array formula or a data
   * table makes other cells formulas too, or this one not, in the user model's reading.
   */
  void formula(Bytes kind) {
    if (kind != null && !is(kind, "normal") && !is(kind, "shared")) {
      irregular("an array formula or a data table");
    }
  }

  /** The row just read, as the user model gives it. */
  RawRow row(String sheet, int number, boolean hidden) {
    return new RawRow(sheet, number, List.copyOf(cells), hidden);
  }

  private RawCell cell(String value) {
    return switch (type) {
      case NUMBER -> number(value);
      case SHARED -> shared(value);
      case BOOLEAN -> RawCell.text(column, "1".equals(value) ? "TRUE" : "FALSE");
      case ERROR -> error(value);
      case ISO_DATE -> isoDate(value);
      default -> RawCell.text(column, OoxmlText.of(value));
    };
  }

  private RawCell isoDate(String value) {
    LocalDateTime at;
    try {
      at =
          value.indexOf('T') >= 0
              ? LocalDateTime.parse(
                  value.endsWith("Z") ? value.substring(0, value.length() - 1) : value)
              : LocalDate.parse(value).atStartOfDay();
    } catch (DateTimeParseException e) {
      return irregular("an ISO date cell that holds no date");
    }
    double serial = DateUtil.getExcelDate(at, date1904);
    if (serial < 0) {
      return irregular("an ISO date before Excel's first date");
    }
    LocalDate date = at.toLocalDate();
    return new RawCell(
        column,
        CellDate.ofSerial(date, serial).british(),
        OptionalDouble.of(serial),
        Optional.of(date));
  }

  private RawCell shared(String value) {
    int index;
    try {
      index = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return irregular("a shared-string index that is not a whole number");
    }
    String text = strings.get(index);
    return text == null
        ? irregular("a shared-string index beyond the table")
        : RawCell.text(column, text);
  }

  private RawCell error(String value) {
    try {
      return RawCell.text(column, FormulaError.forString(value).getString());
    } catch (IllegalArgumentException e) {
      return irregular("an error value the user model does not know");
    }
  }

  private RawCell number(String value) {
    double v;
    try {
      v = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return irregular("a number that is not one");
    }
    // The user model's cell style: the cell's, or the first, or none when the workbook has none.
    int index = style < 0 ? 0 : style;
    if (index >= styles.size()) {
      return new RawCell(column, Double.toString(v), OptionalDouble.of(v), Optional.empty());
    }
    int id = styles.formatId(index);
    String code = styles.formatCode(index);
    if (id < 0 || id > Short.MAX_VALUE) {
      return irregular("a number format id the user model reads otherwise");
    }
    if (DateUtil.isADateFormat(id, code)) {
      if (!DateUtil.isValidExcelDate(v)) {
        return irregular("a date format on a serial that is no date");
      }
      LocalDate date = DateUtil.getLocalDateTime(v, date1904).toLocalDate();
      return new RawCell(
          column, CellDate.ofSerial(date, v).british(), OptionalDouble.of(v), Optional.of(date));
    }
    if (code == null || code.isBlank()) {
      return new RawCell(column, Double.toString(v), OptionalDouble.of(v), Optional.empty());
    }
    // From a cell the formatter formats the double; from a raw value, its 15-digit text: the same
    // when that text reads back as the same double and no exponent is written.
    if (Double.parseDouble(NumberToTextConverter.toText(v)) != v) {
      return irregular("a number with more digits than Excel shows");
    }
    String text = formatter.formatRawCellContents(v, id, code);
    if (text.indexOf('E') >= 0 || text.indexOf('e') >= 0) {
      return irregular("a number shown with an exponent");
    }
    return new RawCell(column, text, OptionalDouble.of(v), Optional.empty());
  }

  private RawCell irregular(String why) {
    if (irregular == null) {
      irregular = why;
    }
    return null;
  }

  private static byte type(Bytes t) {
    if (t == null || is(t, "n")) {
      return NUMBER;
    }
    if (is(t, "s")) {
      return SHARED;
    }
    if (is(t, "b")) {
      return BOOLEAN;
    }
    if (is(t, "e")) {
      return ERROR;
    }
    if (is(t, "str")) {
      return FORMULA_TEXT;
    }
    if (is(t, "inlineStr")) {
      return INLINE;
    }
    if (is(t, "d")) {
      return ISO_DATE;
    }
    return 0;
  }

  private static boolean is(Bytes b, String ascii) {
    if (b.length != ascii.length()) {
      return false;
    }
    for (int i = 0; i < b.length; i++) {
      if (b.data[i] != ascii.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
