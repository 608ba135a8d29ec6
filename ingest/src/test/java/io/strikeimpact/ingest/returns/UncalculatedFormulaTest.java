package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A formula the writer never calculated (openpyxl and POI write formulas without their results) has
 * no figure: POI's user model reads it as 0, which counted nothing where the return had figures and
 * made every stated total "disagree". A count so written is an error naming the cell; a total so
 * written is a warning that it is not checked.
 */
class UncalculatedFormulaTest {

  @Test
  void a_count_or_total_never_calculated_is_no_figure_and_says_how_to_mend_it() throws Exception {
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Summary");
      XSSFCellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      XSSFRow header = sheet.createRow(0);
      String[] names = {"Site", "Date", "Outpatients", "Inpatients", "Total"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      for (int r = 1; r <= 2; r++) {
        XSSFRow row = sheet.createRow(r);
        row.createCell(0).setCellValue("RM1");
        row.createCell(1).setCellValue(LocalDate.of(2023, 3, 12 + r));
        row.getCell(1).setCellStyle(date);
        if (r == 1) {
          row.createCell(2).setCellFormula("400+12"); // a count, never calculated
        } else {
          row.createCell(2).setCellValue(389);
        }
        row.createCell(3).setCellValue(57);
        row.createCell(4).setCellFormula("C" + (r + 1) + "+D" + (r + 1)); // a total, likewise
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      file = out.toByteArray();
    }
    InMemorySourceFolder folder = SampleReference.folder();
    String profile =
        String.join(
            "\n",
            "files = returns/RM1/*.xlsx",
            "column.site = Site",
            "column.date = Date",
            "columns.by-type = Outpatients=outpatient, Inpatients=inpatient",
            "column.row-total = Total",
            "action = by-date",
            "");
    Dataset data =
        DataFolderReader.read(
            folder.put("profiles/nnuh.properties", profile).put("returns/RM1/nnuh.xlsx", file));

    // The first row is rejected, not counted as 0 outpatients; the second counts as written.
    assertEquals(
        389 + 57,
        data.counts().stream().mapToLong(DisruptionCount::count).sum(),
        data.counts().toString());
    assertEquals(1, data.rejectedRows().size(), data.problems().toString());
    DataProblem count =
        data.problems().stream()
            .filter(p -> p.severity() == Severity.ERROR)
            .findFirst()
            .orElseThrow();
    assertEquals("C2", count.where().cell());
    assertEquals("a formula with no calculated value", count.found());
    assertTrue(count.fix().contains("open the return in Excel or LibreOffice"), count.fix());
    // The totals are not checked, and say so; none is said to disagree with 0.
    assertTrue(data.statedTotals().isEmpty(), data.statedTotals().toString());
    assertTrue(
        data.problems().stream()
            .anyMatch(
                p ->
                    p.severity() == Severity.WARNING
                        && p.where().cell().equals("E3")
                        && p.fix().contains("not checked")),
        data.problems().toString());
  }
}
