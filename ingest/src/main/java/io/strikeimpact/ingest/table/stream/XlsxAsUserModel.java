package io.strikeimpact.ingest.table.stream;

import io.strikeimpact.ingest.table.MergedLabels;
import io.strikeimpact.ingest.table.RawRow;
import io.strikeimpact.ingest.table.SheetChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one sheet of an xlsx held in memory into the rows POI's user model gives (every row from
 * the first, blank ones too; each cell's text as Excel shows it), without building the workbook.
 *
 * <p>Why: a summary return is a few kilobytes, yet opening it with the user model loads and runs
 * XMLBeans' schema classes cold, which was more than half of a board pack's reading (JFR, 190 of
 * the main thread's 320 samples). A sheet of an unusual shape is left to the user model: the answer
 * is then empty, never a different reading.
 */
public final class XlsxAsUserModel {
  private XlsxAsUserModel() {}

  /**
   * The sheet's rows as the user model reads them, or empty when the file should be read by the
   * user model itself: it is not an xlsx package, is broken, lacks the sheet, or has a shape read
   * here only approximately. Nothing is passed on before the whole sheet is read.
   */
  public static Optional<List<RawRow>> read(byte[] file, SheetChoice choice) {
    return attempt(file, choice).rows();
  }

  /** Why a sheet is left to the user model, or empty when it is streamed: for tests and support. */
  public static Optional<String> whyLeftToUserModel(byte[] file, SheetChoice choice) {
    return Optional.ofNullable(attempt(file, choice).leftBecause());
  }

  /** The rows streamed, or why not. */
  private record Attempt(Optional<List<RawRow>> rows, String leftBecause) {
    static Attempt left(String because) {
      return new Attempt(Optional.empty(), because);
    }
  }

  private static Attempt attempt(byte[] file, SheetChoice choice) {
    if (!InMemoryParts.looksLikeZip(file)) {
      return Attempt.left("not a zip package");
    }
    UserModelShapes shapes = new UserModelShapes();
    List<RawRow> rows = new ArrayList<>();
    try {
      XlsxStreamReader.read(
          InMemoryParts.of(file),
          choice,
          row -> {
            for (int gap = rows.size() + 1; gap < row.number(); gap++) {
              rows.add(new RawRow(row.sheet(), gap, List.of()));
            }
            rows.add(shapes.row(row.sheet(), row.number(), row.hidden()));
          },
          shapes);
    } catch (Exception e) {
      // Broken, unusual or without the sheet: the user model says what is wrong, in its words.
      return Attempt.left(String.valueOf(e));
    }
    return shapes.irregular() == null
        ? new Attempt(Optional.of(MergedLabels.fill(rows, shapes.merged())), null)
        : Attempt.left(shapes.irregular());
  }
}
