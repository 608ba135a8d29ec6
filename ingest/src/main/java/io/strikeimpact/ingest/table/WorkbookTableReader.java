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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Reads one sheet of an xlsx or xls workbook as POI's user model reads it, the whole workbook in
 * memory. Formula cells give their cached result, as Excel last saved it; nothing is recalculated.
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

  /** Reads with POI's user model alone: the reference {@link XlsxAsUserModel} is held to. */
  static void readWithUserModel(InputStream in, SheetChoice choice, Consumer<RawRow> rows)
      throws UnreadableFileException {
    PoiLimits.apply();
    try (Workbook workbook = WorkbookFactory.create(in)) {
      Sheet sheet = pick(workbook, choice);
      DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
      formatter.setUseCachedValuesForFormulaCells(true);
      int expected = 1;
      for (Row row : sheet) {
        int number = row.getRowNum() + 1;
        for (; expected < number; expected++) {
          rows.accept(new RawRow(sheet.getSheetName(), expected, List.of()));
        }
        rows.accept(new RawRow(sheet.getSheetName(), number, cells(row, formatter)));
        expected = number + 1;
      }
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
    int position = choice.position();
    if (position >= 1 && position <= workbook.getNumberOfSheets()) {
      return workbook.getSheetAt(position - 1);
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
   * A formula of an xlsx with no calculated value stored, which POI would read as 0 or "": an xls
   * always stores its formulas' results.
   */
  private static boolean isUncalculated(Cell cell) {
    if (cell.getCellType() != CellType.FORMULA || !(cell instanceof XSSFCell x)) {
      return false;
    }
    return !x.getCTCell().isSetV() || x.getCTCell().getV().isEmpty();
  }

  private static List<RawCell> cells(Row row, DataFormatter formatter) {
    List<RawCell> cells = new ArrayList<>();
    for (Cell cell : row) {
      if (isUncalculated(cell)) {
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
