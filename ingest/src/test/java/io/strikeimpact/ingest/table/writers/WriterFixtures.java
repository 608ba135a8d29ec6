package io.strikeimpact.ingest.table.writers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the POI fixtures of {@code fixtures/writers} (XSSF, SXSSF with its inline strings, HSSF):
 * the same invented extract as make.py writes with the other tools. Not a test; run it by hand as
 * the README says when the fixtures are to be re-made.
 */
public final class WriterFixtures {
  static final String[] HEADER = {
    "Appointment Date", "Site", "Specialty Code", "Specialty", "Outcome"
  };
  static final Object[][] ROWS = {
    {LocalDateTime.of(2023, 3, 13, 9, 30), "RM1", 110, "Trauma & Orthopaedics", 2},
    {LocalDateTime.of(2023, 3, 13, 10, 0), "RM1", 330, "Dermatology", 3},
    {LocalDateTime.of(2023, 3, 13, 14, 15), "RCX", 120, "Ear, Nose & Throat", 2},
    {LocalDateTime.of(2023, 3, 14, 8, 45), "RGN", 100, "General Surgery", 5},
    {LocalDateTime.of(2023, 3, 14, 11, 20), "RCX", 330, "Dermatology", 2},
    {LocalDateTime.of(2023, 3, 14, 16, 5), "RM1", 101, "Urology", 1},
    {LocalDateTime.of(2023, 3, 15, 9, 0), "RGN", 130, "Ophthalmology", 2},
    {LocalDateTime.of(2023, 3, 15, 9, 30), "RM1", 110, "Trauma & Orthopaedics", 3},
    {LocalDateTime.of(2023, 3, 15, 13, 50), "RCX", 100, "General Surgery", 2},
    {LocalDateTime.of(2023, 3, 16, 10, 10), "RGN", 502, "Gynaecology", 2},
    {LocalDateTime.of(2023, 3, 16, 15, 40), "RM1", 320, "Cardiology", 5},
    {LocalDateTime.of(2023, 3, 16, 17, 25), "RCX", 300, "King\u2019s Lynn \"Rapid\" Clinic", 2},
  };

  private WriterFixtures() {}

  public static void main(String... args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : ".");
    write(new XSSFWorkbook(), folder.resolve("poi-xssf.xlsx"));
    write(new SXSSFWorkbook(10), folder.resolve("poi-sxssf.xlsx"));
    write(new HSSFWorkbook(), folder.resolve("poi-hssf.xls"));
  }

  private static void write(Workbook wb, Path file) throws IOException {
    try (wb;
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle dateTime = wb.createCellStyle();
      dateTime.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
      Sheet sheet = wb.createSheet("Extract");
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADER.length; c++) {
        header.createCell(c).setCellValue(HEADER[c]);
      }
      for (int r = 0; r < ROWS.length; r++) {
        Row row = sheet.createRow(r + 1);
        Object[] values = ROWS[r];
        var date = row.createCell(0);
        date.setCellValue((LocalDateTime) values[0]);
        date.setCellStyle(dateTime);
        row.createCell(1).setCellValue((String) values[1]);
        row.createCell(2).setCellValue((Integer) values[2]);
        row.createCell(3).setCellValue((String) values[3]);
        row.createCell(4).setCellValue((Integer) values[4]);
      }
      wb.write(out);
    }
  }
}
