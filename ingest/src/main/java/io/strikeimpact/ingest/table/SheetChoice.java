package io.strikeimpact.ingest.table;

import java.util.Locale;

/**
 * Which sheet of a workbook to read: by name, or by 1-based position among the visible sheets (a
 * hidden sheet has no position, as a person counts the tabs they see). A name that is a number is
 * looked up as a name first, then as a position. Ignored for csv.
 */
public record SheetChoice(String nameOrPosition) {
  public static final SheetChoice FIRST = new SheetChoice("1");

  /**
   * {@code sheet = *}: every visible sheet with the profile's table, as a hospital's tracker keeps
   * a tab per strike. Each is read as if the profile named it; see {@code SheetsWithTable}.
   */
  public static final String EVERY = "*";

  public SheetChoice {
    nameOrPosition =
        nameOrPosition == null || nameOrPosition.isBlank() ? "1" : nameOrPosition.strip();
  }

  /** Whether the profile reads every sheet that has its table ({@code sheet = *}). */
  public boolean isEvery() {
    return EVERY.equals(nameOrPosition);
  }

  /** The 1-based position if the choice is a number, else 0. */
  public int position() {
    return nameOrPosition.matches("\\d{1,4}") ? Integer.parseInt(nameOrPosition) : 0;
  }

  public boolean matchesName(String sheetName) {
    return sheetName
        .strip()
        .toLowerCase(Locale.ROOT)
        .equals(nameOrPosition.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    if (isEvery()) {
      return "every sheet with the table";
    }
    return position() > 0 ? "sheet " + position() : "sheet '" + nameOrPosition + "'";
  }
}
