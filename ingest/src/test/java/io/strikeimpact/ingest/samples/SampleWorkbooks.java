package io.strikeimpact.ingest.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the binary sample returns under {@code samples/data}: the figures of the March 2023 junior
 * doctors' strike in each hospital's own layout. Run {@code main} (from the ingest module, or with
 * the data folder as argument) after changing a figure here, and commit the files it writes; {@code
 * SampleDataTest} reads the committed files back and checks every figure.
 */
public final class SampleWorkbooks {
  public static final String NNUH = "returns/RM1/nnuh-junior-doctors-march-2023.xlsx";
  public static final String JPUH = "returns/RGP/jpuh-junior-doctors-march-2023.xlsx";

  private static final Date FIXED_CREATED =
      Date.from(java.time.Instant.parse("2023-03-20T09:00:00Z"));

  private SampleWorkbooks() {}

  public static void main(String... args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../samples/data");
    write(data.resolve(NNUH), nnuhJuniorDoctors());
    write(data.resolve(JPUH), jpuhJuniorDoctors());
  }

  /**
   * N&N: one row per day and type, real Excel dates, the words OP and IP; 2,976 OP and 475 IP, with
   * the activity planned for each day and type beside them (illustrative figures, not from the
   * story: 27,100 OP and 3,045 IP planned), and the junior doctors taking part each day, repeated
   * on the day's two rows and marked illustrative in the Staff source column (410, 402 and 395: the
   * story gives none).
   */
  public static byte[] nnuhJuniorDoctors() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("March 2023");
      CellStyle dateStyle = wb.createCellStyle();
      dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      header(
          sheet.createRow(0),
          "Date",
          "Activity",
          "Rescheduled",
          "Planned",
          "Staff taking part",
          "Staff source");
      Object[][] rows = {
        {13, "OP", 1010, 9120, 410}, {13, "IP", 160, 1040, 410},
        {14, "OP", 985, 9050, 402}, {14, "IP", 158, 1010, 402},
        {15, "OP", 981, 8930, 395}, {15, "IP", 157, 995, 395},
      };
      for (int i = 0; i < rows.length; i++) {
        Row row = sheet.createRow(i + 1);
        var date = row.createCell(0);
        date.setCellValue(LocalDate.of(2023, 3, (Integer) rows[i][0]));
        date.setCellStyle(dateStyle);
        row.createCell(1).setCellValue((String) rows[i][1]);
        row.createCell(2).setCellValue((Integer) rows[i][2]);
        row.createCell(3).setCellValue((Integer) rows[i][3]);
        row.createCell(4).setCellValue((Integer) rows[i][4]);
        row.createCell(5).setCellValue("illustrative");
      }
      for (int c = 0; c < 6; c++) {
        sheet.setColumnWidth(c, 16 * 256);
      }
      return bytes(wb);
    }
  }

  /**
   * JPUH: a title block (merged title, a "Prepared by" line, a blank row), then dates as text and
   * the words New, F/U, Elective and DC, with a Total row holding a SUM formula; 262 OP and 81 IP.
   */
  public static byte[] jpuhJuniorDoctors() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("Rescheduled");
      sheet
          .createRow(0)
          .createCell(0)
          .setCellValue(
              "James Paget University Hospitals: activity rescheduled, junior doctors' industrial action 13 to 15 March 2023");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
      sheet
          .createRow(1)
          .createCell(0)
          .setCellValue("Prepared by: Performance and Information team, 20/03/2023");
      header(sheet.createRow(3), "Date", "Appointment type", "Number rescheduled");
      Object[][] rows = {
        {"13/03/2023", "New", 40},
        {"13/03/2023", "F/U", 52},
        {"13/03/2023", "Elective", 12},
        {"13/03/2023", "DC", 17},
        {"14/03/2023", "New", 38},
        {"14/03/2023", "F/U", 50},
        {"14/03/2023", "Elective", 11},
        {"14/03/2023", "DC", 16},
        {"15/03/2023", "New", 35},
        {"15/03/2023", "F/U", 47},
        {"15/03/2023", "Elective", 10},
        {"15/03/2023", "DC", 15},
      };
      int first = 4;
      for (int i = 0; i < rows.length; i++) {
        Row row = sheet.createRow(first + i);
        row.createCell(0).setCellValue((String) rows[i][0]);
        row.createCell(1).setCellValue((String) rows[i][1]);
        row.createCell(2).setCellValue((Integer) rows[i][2]);
      }
      Row total = sheet.createRow(first + rows.length);
      total.createCell(0).setCellValue("Total");
      total
          .createCell(2)
          .setCellFormula("SUM(C" + (first + 1) + ":C" + (first + rows.length) + ")");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      for (int c = 0; c < 3; c++) {
        sheet.setColumnWidth(c, 20 * 256);
      }
      return bytes(wb);
    }
  }

  private static void header(Row row, String... names) {
    for (int i = 0; i < names.length; i++) {
      row.createCell(i).setCellValue(names[i]);
    }
  }

  private static byte[] bytes(XSSFWorkbook wb) throws IOException {
    wb.getProperties().getCoreProperties().setCreated(Optional.of(FIXED_CREATED));
    wb.getProperties().getCoreProperties().setCreator("Strike Impact sample generator");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }

  private static void write(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(content);
    }
    System.out.println("wrote " + file);
  }
}
