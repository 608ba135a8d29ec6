package io.strikeimpact.ingest.table;

import io.strikeimpact.ingest.table.stream.XlsxAsUserModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one sheet of an xlsx or xls workbook as POI's user model reads it, the whole workbook in
 * memory. Formula cells give their cached result, as Excel last saved it, unless the file holds no
 * result it vouches for (see {@link Formulas}): those are calculated here.
 *
 * <p>An xlsx of the usual shape is read by {@link XlsxAsUserModel}, which gives the same rows from
 * the XML without building the workbook (a cold user model is most of the time of reading a summary
 * return); anything else, and every xls, is read by the user model itself.
 */
public final class WorkbookTableReader implements TableReader {
  @Override
  public void read(InputStream in, SheetChoice choice, Consumer<RawRow> rows)
      throws UnreadableFileException {
    byte[] file;
    try {
      file = in.readAllBytes();
    } catch (IOException e) {
      throw WorkbookProblems.explain(e);
    }
    Optional<List<RawRow>> streamed = XlsxAsUserModel.read(file, choice);
    if (streamed.isPresent()) {
      streamed.get().forEach(rows);
      return;
    }
    readWithUserModel(new ByteArrayInputStream(file), choice, rows);
  }

  /**
   * The names of a workbook's visible sheets, in order, as a person sees its tabs: from an xlsx
   * package's workbook part alone, else (an xls) from POI's user model; empty for a file that
   * cannot be opened, whose read then says why.
   */
  public static List<String> visibleSheets(byte[] file) {
    List<String> xlsx = io.strikeimpact.ingest.table.stream.XlsxStreamReader.visibleSheets(file);
    if (!xlsx.isEmpty() || InMemoryZip.looksLikeZip(file)) {
      return xlsx;
    }
    PoiLimits.apply();
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
      List<String> visible = new ArrayList<>();
      for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
        if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
          visible.add(workbook.getSheetName(i));
        }
      }
      return visible;
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  /** The zip's local file header signature: PK, 3, 4. */
  private static final class InMemoryZip {
    static boolean looksLikeZip(byte[] file) {
      return file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
    }
  }

  /** Reads with POI's user model alone: the reference {@link XlsxAsUserModel} is held to. */
  static void readWithUserModel(InputStream in, SheetChoice choice, Consumer<RawRow> rows)
      throws UnreadableFileException {
    PoiLimits.apply();
    try (Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = pick(workbook, choice);
      DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
      formatter.setUseCachedValuesForFormulaCells(true);
      Formulas formulas = new Formulas(workbook);
      List<RawRow> read = new ArrayList<>();
      int expected = 1;
      for (Row row : sheet) {
        int number = row.getRowNum() + 1;
        for (; expected < number; expected++) {
          read.add(new RawRow(sheet.getSheetName(), expected, List.of()));
        }
        read.add(
            new RawRow(
                sheet.getSheetName(),
                number,
                cells(row, formatter, formulas),
                row.getZeroHeight()));
        expected = number + 1;
      }
      List<MergedLabels.Region> merged = new ArrayList<>();
      for (org.apache.poi.ss.util.CellRangeAddress r : sheet.getMergedRegions()) {
        if (r.getFirstColumn() == r.getLastColumn()) {
          MergedLabels.of(r.getFirstColumn(), r.getFirstRow() + 1, r.getLastRow() + 1)
              .ifPresent(merged::add);
        }
      }
      MergedLabels.fill(read, merged).forEach(rows);
    } catch (EncryptedDocumentException e) {
      throw WorkbookProblems.password(e);
    } catch (IOException | RuntimeException e) {
      throw WorkbookProblems.explain(e);
    }
  }

  private static Sheet pick(Workbook workbook, SheetChoice choice) throws UnreadableFileException {
    for (Sheet s : workbook) {
      if (choice.matchesName(s.getSheetName())) {
        return s;
      }
    }
    // A position counts the visible sheets, as a person counts the tabs they see: a hidden
    // "Draft" or "Lookups" sheet first is not sheet 1.
    List<Sheet> visible = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
        visible.add(workbook.getSheetAt(i));
      }
    }
    if (visible.isEmpty()) {
      workbook.forEach(visible::add);
    }
    int position = choice.position();
    if (position >= 1 && position <= visible.size()) {
      return visible.get(position - 1);
    }
    String names =
        IntStream.range(0, workbook.getNumberOfSheets())
            .mapToObj(i -> "'" + workbook.getSheetName(i) + "'")
            .collect(Collectors.joining(", "));
    throw new UnreadableFileException(
        "sheets " + (names.isEmpty() ? "(none)" : names),
        choice.toString(),
        "set sheet= in the profile to one of the sheets found, or rename the sheet in the workbook",
        null);
  }

  /**
   * The formulas of a workbook whose stored results cannot be trusted, calculated as Excel would:
   * an xlsx formula with no result stored (openpyxl writes them so), and every formula of a
   * workbook that asks to be calculated when opened ({@code fullCalcOnLoad}: openpyxl and
   * XlsxWriter, which stores 0 as every formula's result). An xls always stores its results.
   */
  private static final class Formulas {
    private final Workbook workbook;
    private final boolean recalculateOnLoad;
    private FormulaEvaluator evaluator;

    Formulas(Workbook workbook) {
      this.workbook = workbook;
      this.recalculateOnLoad =
          workbook instanceof XSSFWorkbook x
              && x.getCTWorkbook().isSetCalcPr()
              && x.getCTWorkbook().getCalcPr().isSetFullCalcOnLoad()
              && x.getCTWorkbook().getCalcPr().getFullCalcOnLoad();
    }

    /**
     * Whether the cell is a formula whose result is now sound: stored and trusted, or calculated
     * here. False for a formula that needed calculating and could not be (a function POI does not
     * know, a link to another workbook): no figure, never 0.
     */
    boolean calculated(Cell cell) {
      if (cell.getCellType() != CellType.FORMULA || !(cell instanceof XSSFCell x)) {
        return true;
      }
      boolean stored = x.getCTCell().isSetV() && !x.getCTCell().getV().isEmpty();
      if (stored && !recalculateOnLoad) {
        return true;
      }
      try {
        if (evaluator == null) {
          evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        }
        // Stores the result in the cell, where the formatter and the value reads find it.
        return evaluator.evaluateFormulaCell(cell) != CellType._NONE;
      } catch (RuntimeException e) {
        return false;
      }
    }
  }

  private static List<RawCell> cells(Row row, DataFormatter formatter, Formulas formulas) {
    List<RawCell> cells = new ArrayList<>();
    for (Cell cell : row) {
      if (!formulas.calculated(cell)) {
        cells.add(RawCell.uncalculated(cell.getColumnIndex()));
        continue;
      }
      CellType type =
          cell.getCellType() == CellType.FORMULA
              ? cell.getCachedFormulaResultType()
              : cell.getCellType();
      String text = formatter.formatCellValue(cell);
      if (type == CellType.NUMERIC) {
        double value = cell.getNumericCellValue();
        // The cell's own date honours the workbook's 1904 date system, which a bare serial does
        // not.
        Optional<LocalDate> date =
            DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)
                ? Optional.of(cell.getLocalDateTimeCellValue().toLocalDate())
                : Optional.empty();
        if (date.isPresent()) {
          // POI writes Excel's built-in short date as the US 3/16/23, and a date format may hide
          // the time that decides the day of action: a date cell reads as a British computer
          // shows it, with its time, 16/03/2023 06:29.
          text = CellDate.ofSerial(date.get(), value).british();
        }
        cells.add(new RawCell(cell.getColumnIndex(), text, OptionalDouble.of(value), date));
      } else if (type == CellType.STRING || type == CellType.BOOLEAN) {
        cells.add(RawCell.text(cell.getColumnIndex(), text));
      } else if (type == CellType.ERROR) {
        cells.add(RawCell.text(cell.getColumnIndex(), text));
      }
    }
    return cells;
  }
}
