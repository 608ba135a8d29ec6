package io.strikeimpact.ingest.reference;

import io.strikeimpact.ingest.table.CellReference;
import io.strikeimpact.ingest.table.CsvTableReader;
import io.strikeimpact.ingest.table.RawCell;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.ingest.table.SheetChoice;
import io.strikeimpact.ingest.table.UnreadableFileException;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Severity;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A reference csv file read by its header: the first row names the columns, in any order; the
 * columns asked for must all be there.
 */
final class ReferenceTable {

  /** One data row: its values by column name and where each came from. */
  record Row(int number, Map<String, Integer> columns, RawRow raw, Provenance file) {
    String get(String column) {
      Integer index = columns.get(column);
      return index == null ? "" : raw.text(index);
    }

    Provenance at(String column) {
      Integer index = columns.get(column);
      return file.at(index == null ? "row " + number : CellReference.of(index, number));
    }

    Provenance row() {
      return file.at("row " + number);
    }

    List<String> values() {
      return raw.values();
    }
  }

  private ReferenceTable() {}

  /**
   * Reads the rows of a reference csv, or gives the problems that stop it being read: unreadable,
   * empty, or missing a column.
   */
  static Read read(byte[] bytes, Provenance file, List<String> required) {
    List<RawRow> rows = new ArrayList<>();
    try {
      new CsvTableReader().read(new ByteArrayInputStream(bytes), SheetChoice.FIRST, rows::add);
    } catch (UnreadableFileException e) {
      return new Read(
          List.of(),
          List.of(new DataProblem(Severity.ERROR, file, e.found(), e.expected(), e.fix())));
    }
    // Loops, not streams: each reference file is read once, in a cold JVM, where every lambda is
    // linked the first time it runs.
    RawRow first = null;
    for (RawRow r : rows) {
      if (!r.isBlank()) {
        first = r;
        break;
      }
    }
    Optional<RawRow> header = Optional.ofNullable(first);
    if (header.isEmpty()) {
      return new Read(
          List.of(),
          List.of(
              new DataProblem(
                  Severity.ERROR,
                  file,
                  "",
                  "a header row naming the columns " + String.join(", ", required),
                  "write the header row and the data in " + file.file())));
    }
    Map<String, Integer> columns = new HashMap<>();
    for (RawCell c : header.get().cells()) {
      columns.putIfAbsent(c.text().toLowerCase(Locale.ROOT), c.column());
    }
    List<String> missing = new ArrayList<>();
    for (String c : required) {
      if (!columns.containsKey(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      return new Read(
          List.of(),
          List.of(
              new DataProblem(
                  Severity.ERROR,
                  file.at("row " + header.get().number()),
                  "columns " + String.join(", ", header.get().values()),
                  "the columns " + String.join(", ", required),
                  "add the column"
                      + (missing.size() > 1 ? "s " : " ")
                      + String.join(", ", missing)
                      + " to the header row of "
                      + file.file())));
    }
    List<Row> data = new ArrayList<>();
    for (RawRow r : rows) {
      if (r.number() > first.number() && !r.isBlank()) {
        data.add(new Row(r.number(), columns, r, file));
      }
    }
    return new Read(Collections.unmodifiableList(data), List.of());
  }

  record Read(List<Row> rows, List<DataProblem> problems) {}
}
