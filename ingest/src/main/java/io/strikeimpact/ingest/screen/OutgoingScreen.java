package io.strikeimpact.ingest.screen;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.RejectedRow;

/**
 * The last screen before anything leaves ingest: every message and rejected row, from returns,
 * reference files and profiles alike, with any NHS number, postcode or email address in its text
 * replaced by words saying what was there. The table and line-level screens withhold identifiers
 * cell by cell; this catches one that reached a text some other way.
 */
public final class OutgoingScreen {
  private OutgoingScreen() {}

  /**
   * A sheet's name as it may leave ingest: a workbook may name a sheet after a patient ("Extract
   * 9434765919"), and the name goes into every provenance of the sheet's cells.
   */
  public static String sheet(String name) {
    return Identifiers.scrub(name);
  }

  /**
   * Any text as it may leave ingest: a profile that {@code profile suggest} writes, and what it
   * could not place, quote cells of the file.
   */
  public static String text(String text) {
    return Identifiers.scrub(text);
  }

  /**
   * Whether a text holds an identifier the screen would replace (in words among others too), or the
   * mark of one a table's screen already took out of a cell ("NHS [NHS number not shown]").
   */
  public static boolean holdsIdentifier(String text) {
    return wasScreened(text) || !Identifiers.scrub(text).equals(text);
  }

  /**
   * A file's name, or its path in the data folder, as it may leave ingest: a query saved for one
   * patient may be named after them ("jpuh-pas-extract 943 476 5919 query.xlsx"), and the name goes
   * into every provenance, source and message of the file, as a sheet's name does.
   */
  public static String fileName(String name) {
    return Identifiers.scrub(name);
  }

  /** Whether a text shown is one this screen changed: it holds a mark put for an identifier. */
  public static boolean wasScreened(String shown) {
    return shown.contains(" not shown]");
  }

  public static DataProblem problem(DataProblem p) {
    String found = Identifiers.scrub(p.found());
    String expected = Identifiers.scrub(p.expected());
    String fix = Identifiers.scrub(p.fix());
    if (found.equals(p.found()) && expected.equals(p.expected()) && fix.equals(p.fix())) {
      return p;
    }
    return new DataProblem(p.severity(), p.where(), found, expected, fix);
  }

  /** The row with a value that is itself an identifier blanked, and its problems screened. */
  public static RejectedRow row(RejectedRow r) {
    return new RejectedRow(
        r.row(),
        r.values().stream()
            .map(v -> Identifiers.byContent(v).isPresent() ? "" : Identifiers.scrub(v))
            .toList(),
        r.problems().stream().map(OutgoingScreen::problem).toList());
  }
}
