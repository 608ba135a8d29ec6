package io.strikeimpact.model;

import java.util.Objects;

/**
 * Where a figure came from: the file, its SHA-256, the sheet (empty for csv) and the cell, in A1
 * style for spreadsheets and csv alike (a csv opened in Excel shows the same reference).
 */
public record Provenance(String file, String sha256, String sheet, String cell) {
  public Provenance {
    Checks.nonBlank(file, "file");
    Objects.requireNonNull(sha256, "sha256");
    sheet = sheet == null ? "" : sheet;
    cell = cell == null ? "" : cell;
  }

  /** A reference a person can follow: {@code nnuh.xlsx, sheet 'March 2023', cell D7}. */
  public String describe() {
    StringBuilder s = new StringBuilder(file);
    if (!sheet.isEmpty()) {
      s.append(", sheet '").append(sheet).append('\'');
    }
    if (!cell.isEmpty()) {
      s.append(cell.startsWith("row") ? ", " : ", cell ").append(cell);
    }
    return s.toString();
  }

  /** The same file and sheet at another cell. */
  public Provenance at(String otherCell) {
    return new Provenance(file, sha256, sheet, otherCell);
  }
}
