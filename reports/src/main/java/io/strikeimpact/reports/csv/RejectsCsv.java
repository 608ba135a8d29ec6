package io.strikeimpact.reports.csv;

import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.RejectedRow;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the rows kept aside as {@code rejected-rows.csv}: one line per rejected row with where it
 * came from, every problem found in it, and its cells as the return held them (columns A, B, C...),
 * so whoever fixes the return sees the row as they sent it.
 *
 * <p>UTF-8 with a byte order mark (so Excel opens £ and é correctly), RFC 4180 quoting, CRLF line
 * ends. Formula-safe: a text cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab or
 * carriage return gets a leading {@code '}, so a value from a return can never run as a formula
 * when the file is opened in a spreadsheet.
 */
public final class RejectsCsv {
  /** The file name beside the pack. */
  public static final String FILE_NAME = "rejected-rows.csv";

  private static final List<String> FIXED =
      List.of("File", "Sheet", "Row", "Problems", "What was wrong");

  private RejectsCsv() {}

  /** Writes the header and one line per row; the caller opens and closes the writer (UTF-8). */
  public static void write(List<RejectedRow> rows, Writer out) throws IOException {
    int width = rows.stream().mapToInt(r -> r.values().size()).max().orElse(0);
    List<String> header = new ArrayList<>(FIXED);
    for (int i = 0; i < width; i++) {
      header.add(column(i));
    }
    out.write('\uFEFF');
    line(out, header);
    for (RejectedRow r : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(r.row().file());
      cells.add(r.row().sheet());
      cells.add(r.row().cell().replaceFirst("^row ", ""));
      cells.add(String.valueOf(r.problems().size()));
      cells.add(r.problems().stream().map(RejectsCsv::problem).collect(Collectors.joining("\n")));
      cells.addAll(r.values());
      line(out, cells);
    }
  }

  /** One problem without its file, which has a column of its own: "cell C2: found ...". */
  private static String problem(DataProblem p) {
    String cell = p.where().cell();
    String message = p.message();
    String prefix = p.where().describe();
    String rest = message.startsWith(prefix) ? message.substring(prefix.length()) : ": " + message;
    return (cell.isEmpty() ? "" : (cell.startsWith("row") ? cell : "cell " + cell))
        + rest.replaceFirst("^: ", cell.isEmpty() ? "" : ": ");
  }

  private static void line(Writer out, List<String> cells) throws IOException {
    out.write(cells.stream().map(RejectsCsv::field).collect(Collectors.joining(",")));
    out.write("\r\n");
  }

  /** A field made formula-safe, then quoted when it holds a comma, quote or line break. */
  static String field(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  private static String column(int index) {
    StringBuilder s = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      s.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return s.toString();
  }
}
