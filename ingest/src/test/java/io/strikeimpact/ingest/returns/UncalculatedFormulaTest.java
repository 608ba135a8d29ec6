package io.strikeimpact.ingest.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.ingest.DataFolderReader;
import io.strikeimpact.ingest.SampleReference;
import io.strikeimpact.ingest.source.InMemorySourceFolder;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.StatedTotal;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A formula the writer never calculated (openpyxl and POI write formulas without their results) is
 * calculated as Excel would: POI's user model alone reads it as 0, which counted nothing where the
 * return had figures and made every stated total "disagree". A formula that cannot be calculated
 * here (a function POI does not know) has no figure: as a count it is an error naming the cell, as
 * a total a warning that it is not checked.
 */
class UncalculatedFormulaTest {
  private static final String PROFILE =
      String.join(
          "\n",
          "files = returns/RM1/*.xlsx",
          "column.site = Site",
          "column.date = Date",
          "columns.by-type = Outpatients=outpatient, Inpatients=inpatient",
          "column.row-total = Total",
          "action = by-date",
          "");

  /** Two days of N&amp;N's return; the first day's outpatients and both totals are formulas. */
  private static byte[] workbook(String firstOutpatients, String secondTotal) throws Exception {
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
          row.createCell(2).setCellFormula(firstOutpatients); // a count, never calculated
        } else {
          row.createCell(2).setCellValue(389);
        }
        row.createCell(3).setCellValue(57);
        // A total, likewise
        row.createCell(4).setCellFormula(r == 1 ? "C2+D2" : secondTotal);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static Dataset read(byte[] file) throws Exception {
    InMemorySourceFolder folder = SampleReference.folder();
    return DataFolderReader.read(
        folder.put("profiles/nnuh.properties", PROFILE).put("returns/RM1/nnuh.xlsx", file));
  }

  @Test
  void a_count_and_a_total_never_calculated_are_calculated_and_the_total_checked()
      throws Exception {
    Dataset data = read(workbook("400+12", "C3+D3"));
    assertEquals(
        412 + 57 + 389 + 57,
        data.counts().stream().mapToLong(DisruptionCount::count).sum(),
        data.counts().toString());
    assertEquals(
        "C2",
        data.counts().stream()
            .filter(c -> c.count() == 412)
            .findFirst()
            .orElseThrow()
            .provenance()
            .cell());
    assertEquals(0, data.rejectedRows().size(), data.problems().toString());
    assertEquals(List.of(), data.problems(), data.problems().toString());
    // Both row totals are stated totals now, and each agrees with its row.
    assertEquals(
        List.of(469L, 446L),
        data.statedTotals().stream().map(StatedTotal::stated).toList(),
        data.statedTotals().toString());
  }

  @Test
  void a_count_or_total_that_cannot_be_calculated_is_no_figure_and_says_how_to_mend_it()
      throws Exception {
    Dataset data =
        read(workbook("WEBSERVICE(\"http://example.org/count\")", "INFO(\"osversion\")"));

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
    // The second row's total is not checked, and says so; none is said to disagree with 0.
    assertEquals(List.of(), data.statedTotals(), data.statedTotals().toString());
    assertTrue(
        data.problems().stream()
            .anyMatch(
                p ->
                    p.severity() == Severity.WARNING
                        && p.where().cell().equals("E3")
                        && p.fix().contains("not checked")),
        data.problems().toString());
  }

  @Test
  void formulas_xlsxwriter_stored_as_0_are_calculated_as_the_workbook_asks() throws Exception {
    // XlsxWriter stores 0 as every formula's result and sets fullCalcOnLoad: trusted, JPUH's
    // outpatients read as 0 and every row total "disagreed" (fixtures/formulas/README.md).
    byte[] file =
        Files.readAllBytes(
            Path.of("src/test/resources/fixtures/formulas/jpuh-xlsxwriter-formulas.xlsx"));
    String profile =
        String.join(
            "\n",
            "site = RGP",
            "files = returns/RGP/*.xlsx",
            "column.date = Date",
            "columns.by-type = Outpatients=outpatient, Inpatient & day case=inpatient",
            "column.row-total = Total",
            "action = by-date",
            "totals.label = TOTAL",
            "");
    Dataset data =
        DataFolderReader.read(
            SampleReference.folder()
                .put("profiles/jpuh.properties", profile)
                .put("returns/RGP/jpuh.xlsx", file));
    assertEquals(List.of(), data.problems(), data.problems().toString());
    assertEquals(
        262,
        data.counts().stream()
            .filter(c -> c.type() == ActivityType.OUTPATIENT)
            .mapToLong(DisruptionCount::count)
            .sum());
    assertEquals(
        81,
        data.counts().stream()
            .filter(c -> c.type() == ActivityType.INPATIENT)
            .mapToLong(DisruptionCount::count)
            .sum());
    // Three row totals and the TOTAL row's three, each calculated and each agreeing.
    assertTrue(
        data.statedTotals().stream()
            .map(StatedTotal::stated)
            .toList()
            .containsAll(List.of(120L, 262L, 81L, 343L)),
        data.statedTotals().toString());
  }
}
