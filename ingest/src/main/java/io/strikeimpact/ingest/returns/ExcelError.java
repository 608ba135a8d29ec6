package io.strikeimpact.ingest.returns;

import java.util.Locale;
import java.util.Optional;

/**
 * An Excel error a cell shows in place of a figure ("#REF!", "#N/A"), as a workbook stores a
 * formula's failed result or a csv exported from one writes it: what it means and where to look,
 * for a message an analyst can act on. Not a figure, and never 0.
 */
enum ExcelError {
  REF(
      "#REF!",
      "the formula refers to a cell that was deleted",
      "restore or re-point the reference"),
  NA("#N/A", "a lookup found no value", "check the value looked up is in the table it looks in"),
  VALUE("#VALUE!", "the formula adds up text", "make the cells it adds up numbers"),
  DIV0("#DIV/0!", "the formula divides by zero or a blank", "check the cell it divides by"),
  NAME("#NAME?", "the formula names a function or range Excel does not know", "correct the name"),
  NUM("#NUM!", "the formula's result is not a number Excel can hold", "check its arguments"),
  NULL("#NULL!", "the formula's ranges do not meet", "correct the ranges"),
  SPILL("#SPILL!", "the formula's results have no room to spill into", "clear the cells beside it"),
  CALC("#CALC!", "the formula could not be calculated", "check its arguments"),
  GETTING_DATA("#GETTING_DATA", "the cell was still waiting for data", "let it finish, then save");

  private final String text;
  private final String meaning;
  private final String fix;

  ExcelError(String text, String meaning, String fix) {
    this.text = text;
    this.meaning = meaning;
    this.fix = fix;
  }

  String meaning() {
    return meaning;
  }

  String fix() {
    return fix;
  }

  /** The error a cell's text is, when it is one. */
  static Optional<ExcelError> of(String cellText) {
    String t = cellText.strip().toUpperCase(Locale.ROOT);
    for (ExcelError e : values()) {
      if (e.text.equals(t)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
