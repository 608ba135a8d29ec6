package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.StatedTotal;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The red team's JPUH return with an NHS number typed as a number into a count cell: the cell was
 * withheld and its row rejected, but the Total row's =SUM over the column added it up, so the
 * reconciliation said "states 9,434,766,172 ... a difference of 9,434,765,919", the number itself,
 * in the PDF and the workbook. No figure of ten digits is read, or quoted, as a count or a total.
 */
class FigureOfTenDigitsTest {
  private static final String NHS = "9434765919";

  private static final String PROFILE =
      String.join(
          "\n",
          "site = RGP",
          "files = returns/RGP/*.xlsx",
          "header.row = auto",
          "column.date = Date",
          "column.type = Appointment type",
          "column.count = Number rescheduled",
          "action = by-date",
          "type.outpatient = New, F/U",
          "type.inpatient = Elective, DC",
          "date.format = dd/MM/yyyy",
          "totals.label = Total",
          "");

  private static byte[] workbook() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Rescheduled");
      String[][] rows = {
        {"Date", "Appointment type", "Number rescheduled"},
        {"13/03/2023", "New", "40"},
        {"13/03/2023", "F/U", NHS},
        {"13/03/2023", "Elective", "12"},
      };
      for (int r = 0; r < rows.length; r++) {
        XSSFRow row = sheet.createRow(r);
        row.createCell(0).setCellValue(rows[r][0]);
        row.createCell(1).setCellValue(rows[r][1]);
        if (r == 0) {
          row.createCell(2).setCellValue(rows[r][2]);
        } else {
          row.createCell(2).setCellValue(Double.parseDouble(rows[r][2]));
        }
      }
      XSSFRow total = sheet.createRow(rows.length);
      total.createCell(0).setCellValue("Total");
      // Never calculated by POI's writer, so calculated when read, as Excel would.
      total.createCell(2).setCellFormula("SUM(C2:C4)");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void a_total_that_adds_up_an_nhs_number_is_neither_read_nor_quoted() throws Exception {
    Dataset data =
        DataFolderReader.read(
            SampleReference.folder()
                .put("profiles/jpuh.properties", PROFILE)
                .put("returns/RGP/jpuh.xlsx", workbook()));

    // The other rows still count.
    assertEquals(
        52,
        data.counts().stream()
            .filter(c -> c.provenance().file().equals("returns/RGP/jpuh.xlsx"))
            .mapToLong(DisruptionCount::count)
            .sum());
    List<StatedTotal> totals =
        data.statedTotals().stream()
            .filter(t -> t.provenance().file().equals("returns/RGP/jpuh.xlsx"))
            .toList();
    assertEquals(List.of(), totals, "a total over an identifier is no stated total");
    DataProblem atTotal =
        data.problems().stream()
            .filter(p -> p.where().cell().equals("C5"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(data.problems().toString()));
    assertEquals("a figure of 10 digits, not shown", atTotal.found());
    assertTrue(atTotal.expected().contains("may be a patient's NHS number"), atTotal.expected());
    String all = data.problems() + " " + data.rejectedRows() + " " + totals;
    assertFalse(all.replaceAll("[ ,.\\-]", "").contains(NHS), all);
    assertFalse(all.replaceAll("[ ,.\\-]", "").contains("9434765971"), all);
  }
}
