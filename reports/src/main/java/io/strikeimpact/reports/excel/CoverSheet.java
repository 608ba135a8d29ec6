package io.strikeimpact.reports.excel;

import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.Logo;
import io.strikeimpact.model.analysis.ReportSettings;
import io.strikeimpact.model.text.HouseStyle;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cover: title, the period the figures cover, the date the pack was made, who to contact, and a
 * few lines on what the workbook holds. Text in column A, one item a row, no table (the checklist
 * asks for a table only where there are figures).
 */
final class CoverSheet implements PackSheet {
  static final String NAME = "Cover";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Title, period, the date the pack was made, and who to contact.";
  }

  static List<String> lines(Pack pack) {
    Analysis analysis = pack.analysis();
    ReportSettings s = analysis.settings();
    List<String> lines = new ArrayList<>();
    lines.add("Period: " + analysis.focus().title() + ", " + s.area());
    lines.add("Made: " + HouseStyle.date(s.asOf()) + " (figures as at this date)");
    lines.add("Published by: " + s.organisation());
    // The contact comes from the configuration (the model's default until one names someone).
    lines.add("Contact: " + s.contact());
    lines.add(
        "What it holds: activity rescheduled because of industrial action, by site and activity type,"
            + " compared with earlier action, every action so far, and an estimate for the next announced action."
            + " The Contents sheet links to every sheet; the Notes sheet explains each [note] marker.");
    lines.add(
        "How to audit it: the counts on Summary, Comparison and History, the planned activity beside"
            + " them and the estimates on Projection are formulas over the Data sheet "
            + Notes.LIVE.marker()
            + ". Change a count there and every figure that rests on it changes.");
    lines.add("The figures are likely to understate the impact " + Notes.UNDERSTATE.marker() + ".");
    return lines;
  }

  @Override
  public void write(Pack pack, XSSFSheet sheet) {
    Styles styles = pack.styles();
    sheet.setColumnWidth(0, 110 * 256);
    // Print the cover as wide as the text: one page wide, landscape, like the tables.
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    Cell title = sheet.createRow(0).createCell(0);
    String titleText = pack.analysis().settings().title();
    title.setCellValue(titleText);
    title.setCellStyle(Styles.looksLikeFormula(titleText) ? styles.quotedTitle : styles.title);
    sheet.getRow(0).setHeightInPoints(24f);
    int r = 1;
    for (String line : lines(pack)) {
      Cell cell = sheet.createRow(r).createCell(0);
      // Written as text: the contact and the area come from outside this code.
      cell.setCellValue(line);
      cell.setCellStyle(
          Styles.looksLikeFormula(line) ? styles.quotedWrappedText : styles.coverText);
      sheet.getRow(r).setHeightInPoints(Math.min(409f, Table.linesFor(line, 108) * 15f));
      r++;
    }
    pack.analysis().settings().branding().logo().ifPresent(logo -> logo(pack, sheet, logo));
  }

  /** About 40 mm wide at 96 pixels to the inch. */
  private static final double LOGO_PIXELS = 40 / 25.4 * 96;

  /**
   * The logo beside the title, in column B, about 40 mm wide, with alternative text naming the
   * organisation so a screen reader (and Excel's accessibility checker) can say what it is.
   */
  private static void logo(Pack pack, XSSFSheet sheet, Logo logo) {
    XSSFWorkbook workbook = sheet.getWorkbook();
    int index =
        workbook.addPicture(
            logo.bytes(),
            logo.format() == Logo.Format.PNG
                ? Workbook.PICTURE_TYPE_PNG
                : Workbook.PICTURE_TYPE_JPEG);
    sheet.setColumnWidth(1, 24 * 256);
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
    anchor.setCol1(1);
    anchor.setRow1(0);
    XSSFPicture picture = drawing.createPicture(anchor, index);
    java.awt.Dimension size = picture.getImageDimension();
    double scale = size.getWidth() > 0 ? LOGO_PIXELS / size.getWidth() : 1;
    picture.resize(scale);
    var properties = picture.getCTPicture().getNvPicPr().getCNvPr();
    properties.setName("Logo");
    properties.setDescr("Logo of " + pack.analysis().settings().organisation());
  }
}
