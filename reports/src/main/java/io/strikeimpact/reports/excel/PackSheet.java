package io.strikeimpact.reports.excel;

import io.strikeimpact.model.analysis.Analysis;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet of the board pack. Adding a sheet is one class implementing this, and one line in
 * {@link BoardPackWorkbook#SHEETS}.
 */
interface PackSheet {
  /** The sheet's tab name: 31 characters or fewer, none of {@code \ / ? * [ ] :}. */
  String name();

  /** Writes the sheet from the analysis, computing no figures of its own. */
  void write(Analysis analysis, XSSFSheet sheet, Styles styles);
}
