package io.strikeimpact.reports.excel;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet of the board pack. Adding a sheet is one class implementing this, and one line in
 * {@link BoardPackWorkbook#SHEETS}.
 */
interface PackSheet {
  /** The sheet's tab name: 31 characters or fewer, none of {@code \ / ? * [ ] :}. */
  String name();

  /** What the sheet holds, in one sentence, for the Contents sheet. */
  String description();

  /** Writes the sheet from the analysis, computing no figures of its own. */
  void write(Pack pack, XSSFSheet sheet);
}
