package io.strikeimpact.reports.excel;

import io.strikeimpact.model.analysis.Branding;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the board pack, made once per workbook (a workbook holds at most 64,000
 * styles, so a style per cell would run out and slow Excel down). Arial, as the NHS identity asks
 * for internally produced reports; headers bold in white on the primary colour (NHS Blue unless
 * configured), whose contrast with white text {@link Branding} holds at WCAG AA or better.
 */
final class Styles {
  /**
   * Figures end a digit's width short of their column's right edge ("_0" in the format), so they
   * never run into the text of the next column: LibreOffice ignores an indent on a figure.
   */
  static final String COUNT_FORMAT = "#,##0_0";

  static final String RATE_FORMAT = "#,##0.0_0";
  static final String RATIO_FORMAT = "#,##0.0\" times\"_0";
  static final String SHARE_FORMAT = "0%_0";
  static final String DATE_FORMAT = "d mmm yyyy";

  private static final String FONT = "Arial";
  private static final short FONT_POINTS = 11;

  final XSSFCellStyle header;

  /** The heading of a column of figures, aligned right above them. */
  final XSSFCellStyle figuresHeader;

  final XSSFCellStyle text;

  /**
   * Text that Excel would otherwise read as a formula or a sign: shown with a leading apostrophe.
   */
  final XSSFCellStyle quotedText;

  final XSSFCellStyle wrappedText;
  final XSSFCellStyle quotedWrappedText;

  /** "n/a" and "not split" in a column of figures, aligned with the figures. */
  final XSSFCellStyle notApplicable;

  /** The same, wrapping within the width of the figures beside it. */
  final XSSFCellStyle notApplicableWrapped;

  final XSSFCellStyle count;
  final XSSFCellStyle rate;
  final XSSFCellStyle ratio;
  final XSSFCellStyle share;
  final XSSFCellStyle date;
  final XSSFCellStyle heading;

  /** The title on the cover: bold and larger. */
  final XSSFCellStyle title;

  final XSSFCellStyle quotedTitle;

  /** A link to another sheet: underlined in NHS Blue, which passes WCAG AA on white. */
  final XSSFCellStyle link;

  /** Text on the cover, wrapped within column A. */
  final XSSFCellStyle coverText;

  Styles(XSSFWorkbook workbook, Branding branding) {
    // The workbook's default font (index 0) styles every cell without a style of its own.
    XSSFFont plain = workbook.getFontAt(0);
    plain.setFontName(FONT);
    plain.setFontHeightInPoints(FONT_POINTS);
    XSSFFont bold = font(workbook, true);
    XSSFFont boldWhite = font(workbook, true);
    boldWhite.setColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}));
    int[] rgb = branding.primaryRgb();

    header = base(workbook, boldWhite);
    header.setFillForegroundColor(
        new XSSFColor(new byte[] {(byte) rgb[0], (byte) rgb[1], (byte) rgb[2]}));
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);

    figuresHeader = base(workbook, boldWhite);
    figuresHeader.cloneStyleFrom(header);
    alignRight(figuresHeader);

    heading = base(workbook, bold);

    XSSFFont big = font(workbook, true);
    big.setFontHeightInPoints((short) 16);
    title = base(workbook, big);
    quotedTitle = base(workbook, big);
    quotedTitle.setQuotePrefixed(true);

    XSSFFont underlined = font(workbook, false);
    underlined.setUnderline(org.apache.poi.ss.usermodel.FontUnderline.SINGLE);
    underlined.setColor(new XSSFColor(new byte[] {0x00, 0x5E, (byte) 0xB8}));
    link = base(workbook, underlined);

    coverText = base(workbook, plain);
    coverText.setWrapText(true);

    text = base(workbook, plain);
    quotedText = base(workbook, plain);
    quotedText.setQuotePrefixed(true);
    wrappedText = base(workbook, plain);
    wrappedText.setWrapText(true);
    quotedWrappedText = base(workbook, plain);
    quotedWrappedText.setWrapText(true);
    quotedWrappedText.setQuotePrefixed(true);

    notApplicable = base(workbook, plain);
    alignRight(notApplicable);
    notApplicableWrapped = base(workbook, plain);
    alignRight(notApplicableWrapped);
    notApplicableWrapped.setWrapText(true);

    count = numeric(workbook, plain, COUNT_FORMAT);
    rate = numeric(workbook, plain, RATE_FORMAT);
    ratio = numeric(workbook, plain, RATIO_FORMAT);
    share = numeric(workbook, plain, SHARE_FORMAT);
    date = numeric(workbook, plain, DATE_FORMAT);
  }

  /** The style for a piece of text: quote-prefixed when it starts like a formula or a sign. */
  XSSFCellStyle textFor(String value, boolean wrap) {
    boolean risky = looksLikeFormula(value);
    if (wrap) {
      return risky ? quotedWrappedText : wrappedText;
    }
    return risky ? quotedText : text;
  }

  /**
   * Whether a spreadsheet program typing this in would treat it as a formula: it starts with "=",
   * "+", "-" or "@" (after any leading spaces), or with a tab or carriage return, as OWASP's advice
   * on formula injection lists.
   */
  static boolean looksLikeFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    if (first == '\t' || first == '\r') {
      return true;
    }
    String s = value.stripLeading();
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@';
  }

  private static XSSFFont font(XSSFWorkbook workbook, boolean bold) {
    XSSFFont f = workbook.createFont();
    f.setFontName(FONT);
    f.setFontHeightInPoints(FONT_POINTS);
    f.setBold(bold);
    return f;
  }

  private static XSSFCellStyle base(XSSFWorkbook workbook, XSSFFont font) {
    XSSFCellStyle s = workbook.createCellStyle();
    s.setFont(font);
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }

  private static XSSFCellStyle numeric(XSSFWorkbook workbook, XSSFFont font, String format) {
    XSSFCellStyle s = base(workbook, font);
    s.setDataFormat(workbook.createDataFormat().getFormat(format));
    if (format.endsWith("_0")) {
      // The format leaves the gap at the right edge; an indent as well would double it in Excel.
      s.setAlignment(HorizontalAlignment.RIGHT);
    } else {
      alignRight(s);
    }
    return s;
  }

  /** Right, one step in from the edge, so a figure does not run into text in the next column. */
  private static void alignRight(XSSFCellStyle s) {
    s.setAlignment(HorizontalAlignment.RIGHT);
    s.setIndention((short) 1);
  }
}
