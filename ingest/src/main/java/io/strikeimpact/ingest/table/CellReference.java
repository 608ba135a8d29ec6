package io.strikeimpact.ingest.table;

/** A1-style cell references, the same for spreadsheets and csv files. */
public final class CellReference {
  private CellReference() {}

  /** Column letters for a 0-based index: 0 is A, 25 is Z, 26 is AA. */
  public static String column(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("column index must be 0 or more, was " + index);
    }
    StringBuilder s = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      s.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return s.toString();
  }

  /** {@code C7} for column index 2 and row number 7. */
  public static String of(int columnIndex, int rowNumber) {
    return column(columnIndex) + rowNumber;
  }

  /** The 0-based column index of a reference such as {@code C7}; null when it is not one. */
  public static Integer columnOf(String reference) {
    int i = 0;
    int index = 0;
    while (i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
      index = index * 26 + (reference.charAt(i) - 'A' + 1);
      i++;
    }
    return i == 0 || rowOf(reference) == null ? null : index - 1;
  }

  /** The row number of a reference such as {@code C7}; null when it is not one. */
  public static Integer rowOf(String reference) {
    int i = 0;
    while (i < reference.length() && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
      i++;
    }
    if (i == 0 || i == reference.length() || i + 9 < reference.length()) {
      return null;
    }
    for (int j = i; j < reference.length(); j++) {
      if (!Character.isDigit(reference.charAt(j))) {
        return null;
      }
    }
    return Integer.parseInt(reference.substring(i));
  }
}
