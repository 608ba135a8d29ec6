package io.strikeimpact.ingest.table;

import java.util.Objects;

/**
 * Something about a whole file worth a warning though the file was read: a workbook named as
 * another format, csv text that was not UTF-8.
 */
public record FileNote(String found, String expected, String fix) {
  public FileNote {
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(fix, "fix");
  }
}
