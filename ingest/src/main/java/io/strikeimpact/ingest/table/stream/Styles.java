package io.strikeimpact.ingest.table.stream;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell styles of an xlsx are date formats: the one style lookup the streaming reader does,
 * decided once per style with POI's own rule ({@link DateUtil#isADateFormat(int, String)}), so a
 * serial such as {@code 44999.3958} in a date-time style reads as a date, as POI reads it. Each
 * style's number format is kept too, as POI's user model finds it (a custom format by its id, else
 * the built-in one), so a summary's figures can be shown as Excel shows them.
 */
final class Styles {
  private static final byte[] NUM_FMT = "numFmt".getBytes();
  private static final byte[] NUM_FMT_ID = "numFmtId".getBytes();
  private static final byte[] FORMAT_CODE = "formatCode".getBytes();
  private static final byte[] CELL_XFS = "cellXfs".getBytes();
  private static final byte[] XF = "xf".getBytes();

  static final Styles NONE = new Styles(new boolean[0], new int[0], new String[0]);

  private final boolean[] dates;
  private final int[] formatIds;
  private final String[] formatCodes;

  private Styles(boolean[] dates, int[] formatIds, String[] formatCodes) {
    this.dates = dates;
    this.formatIds = formatIds;
    this.formatCodes = formatCodes;
  }

  static Styles read(InputStream in) throws IOException {
    XmlScanner x = new XmlScanner(in);
    Map<Integer, String> formats = new HashMap<>();
    boolean[] dates = new boolean[64];
    int[] formatIds = new int[64];
    String[] formatCodes = new String[64];
    int count = 0;
    boolean inCellXfs = false;
    int t;
    while ((t = x.next()) != XmlScanner.EOF) {
      if (t == XmlScanner.END) {
        if (x.is(CELL_XFS)) {
          inCellXfs = false;
        }
        continue;
      }
      if (x.is(NUM_FMT)) {
        int id = id(x.attributeText(NUM_FMT_ID));
        String code = x.attributeText(FORMAT_CODE);
        if (id >= 0 && code != null) {
          formats.put(id, code);
        }
      } else if (x.is(CELL_XFS)) {
        inCellXfs = !x.isEmpty();
      } else if (inCellXfs && x.is(XF)) {
        String written = x.attributeText(NUM_FMT_ID);
        // POI's user model reads a missing numFmtId as 0, General.
        int id = written == null ? 0 : id(written);
        if (count == dates.length) {
          dates = Arrays.copyOf(dates, count * 2);
          formatIds = Arrays.copyOf(formatIds, count * 2);
          formatCodes = Arrays.copyOf(formatCodes, count * 2);
        }
        formatIds[count] = id;
        formatCodes[count] = id >= 0 ? format(id, formats.get(id)) : null;
        dates[count++] = id >= 0 && isDate(id, formats.get(id));
        x.skipElement();
      }
    }
    return new Styles(
        Arrays.copyOf(dates, count),
        Arrays.copyOf(formatIds, count),
        Arrays.copyOf(formatCodes, count));
  }

  private static boolean isDate(int id, String code) {
    return DateUtil.isADateFormat(id, format(id, code));
  }

  private static String format(int id, String code) {
    return code != null ? code : BuiltinFormats.getBuiltinFormat(id);
  }

  private static int id(String text) {
    if (text == null || text.isEmpty() || text.length() > 9) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(text);
  }

  /** How many cell styles the workbook has. */
  int size() {
    return dates.length;
  }

  /** The number format's id of the style at a valid index; -1 when it was not a number. */
  int formatId(int style) {
    return formatIds[style];
  }

  /** The number format of the style at a valid index, as POI's user model finds it; may be null. */
  String formatCode(int style) {
    return formatCodes[style];
  }

  /** Whether the style at an index (a cell's {@code s}) is a date format; false when unknown. */
  boolean isDate(int style) {
    return style >= 0 && style < dates.length && dates[style];
  }
}
