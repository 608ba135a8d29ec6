package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.ReportSettings;
import io.strikeimpact.model.fixtures.StaffData;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Staff taking part in the workbook: peak and average beside the activity, and the comparison. */
class StaffTakingPartWorkbookTest {
  private static final double TOLERANCE = 1e-9;

  private static XSSFWorkbook workbook(Dataset d, Optional<String> focus) throws IOException {
    Analysis a =
        ImpactAnalysis.analyse(
            d,
            new AnalysisRequest(
                ReportSettings.norfolkAndWaveney(StoryData.AS_OF), focus, List.of()));
    return LiveWorkbookTest.readBack(LiveWorkbookTest.write(new BoardPackWorkbook(), a));
  }

  private static int column(XSSFSheet s, String heading) {
    for (Cell c : s.getRow(0)) {
      if (c.getStringCellValue().equals(heading)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + heading + " on " + s.getSheetName());
  }

  private static Row site(XSSFSheet s, String label) {
    for (Row r : s) {
      if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals(label)) {
        return r;
      }
    }
    throw new AssertionError("no row " + label);
  }

  private static String text(Row r, int column) {
    Cell c = r.getCell(column);
    return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
  }

  @Test
  void summary_shows_peak_302_and_average_287_for_nn_in_january_2023_with_their_cells()
      throws IOException {
    try (XSSFWorkbook wb = workbook(StaffData.dataset(), Optional.of(StoryData.RCN_JAN))) {
      XSSFSheet s = wb.getSheet(SummarySheet.NAME);
      Row nn = site(s, "N&N");
      assertEquals(302, nn.getCell(column(s, StaffColumns.PEAK)).getNumericCellValue(), TOLERANCE);
      assertEquals(
          287, nn.getCell(column(s, StaffColumns.AVERAGE)).getNumericCellValue(), TOLERANCE);
      assertEquals(
          "18 and 19 January 2023, peak on 18 January 2023; public: Eastern Daily Press;"
              + " nnuh-rcn.csv, cells E2 and E3",
          text(nn, column(s, StaffColumns.SOURCE)));
      // The activity is beside them, as before.
      assertEquals(752, nn.getCell(SummarySheet.TOTAL).getNumericCellValue(), TOLERANCE);
      Row all = site(s, "All sites");
      assertEquals("n/a", text(all, column(s, StaffColumns.PEAK)));
      assertTrue(wb.getSheet("Notes") != null);
    }
  }

  @Test
  void illustrative_figures_say_so_beside_the_peak_and_average() throws IOException {
    try (XSSFWorkbook wb = workbook(StaffData.dataset(), Optional.empty())) {
      XSSFSheet s = wb.getSheet(SummarySheet.NAME);
      Row nn = site(s, "N&N");
      assertEquals(400, nn.getCell(column(s, StaffColumns.PEAK)).getNumericCellValue(), TOLERANCE);
      assertEquals(
          390, nn.getCell(column(s, StaffColumns.AVERAGE)).getNumericCellValue(), TOLERANCE);
      assertTrue(text(nn, column(s, StaffColumns.SOURCE)).contains("; illustrative; "));
      assertEquals(
          "n/a: the return gave no staff figures",
          text(site(s, "QEH"), column(s, StaffColumns.SOURCE)));
    }
  }

  @Test
  void comparison_gives_the_ratio_per_staff_day_as_a_formula_of_its_row() throws IOException {
    try (XSSFWorkbook wb = workbook(StaffData.dataset(), Optional.empty())) {
      XSSFSheet c = wb.getSheet(ComparisonSheet.NAME);
      Row nn = site(c, "N&N");
      int focusDays =
          column(c, Notes.STAFF.on("Junior doctors, March 2023: staff-days taking part"));
      int ratio = -1;
      for (Cell h : c.getRow(0)) {
        if (h.getStringCellValue().startsWith("Ratio per staff-day of action taken part")) {
          ratio = h.getColumnIndex();
        }
      }
      assertEquals(1170, nn.getCell(focusDays).getNumericCellValue(), TOLERANCE);
      assertEquals(1174, nn.getCell(focusDays + 1).getNumericCellValue(), TOLERANCE);
      assertEquals(focusDays + 2, ratio);
      Cell r = nn.getCell(ratio);
      String p = org.apache.poi.ss.util.CellReference.convertNumToColString(focusDays);
      String q = org.apache.poi.ss.util.CellReference.convertNumToColString(focusDays + 1);
      assertEquals("(C2/" + p + "2)/(H2/" + q + "2)", r.getCellFormula());
      double expected = 3451.0 / 1170 / (1506.0 / 1174);
      assertEquals(expected, r.getNumericCellValue(), TOLERANCE);
      XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      assertEquals(expected, evaluator.evaluate(r).getNumberValue(), TOLERANCE);
      assertTrue(
          text(nn, ratio + 1).contains("rests on illustrative staff figures"), text(nn, ratio + 1));
    }
  }

  @Test
  void comparison_says_not_available_never_0_when_a_side_lacks_staff_figures() throws IOException {
    Dataset noMarch =
        StoryData.dataset()
            .withStaff(
                StaffData.all().stream()
                    .filter(s -> !s.actionId().equals(StoryData.JD_MARCH))
                    .toList());
    try (XSSFWorkbook wb = workbook(noMarch, Optional.empty())) {
      XSSFSheet c = wb.getSheet(ComparisonSheet.NAME);
      Row nn = site(c, "N&N");
      int focusDays =
          column(c, Notes.STAFF.on("Junior doctors, March 2023: staff-days taking part"));
      assertEquals("n/a", text(nn, focusDays));
      assertEquals(1174, nn.getCell(focusDays + 1).getNumericCellValue(), TOLERANCE);
      assertEquals("n/a", text(nn, focusDays + 2));
      assertTrue(
          text(nn, focusDays + 3)
              .contains(
                  "Per staff-day of action taken part: not available: no staff figures for N&N on"
                      + " 13 to 15 March 2023."),
          text(nn, focusDays + 3));
    }
  }

  @Test
  void a_pack_without_staff_figures_has_no_staff_columns() throws IOException {
    try (XSSFWorkbook wb = workbook(StoryData.dataset(), Optional.empty())) {
      for (String sheet : List.of(SummarySheet.NAME, ComparisonSheet.NAME)) {
        for (Cell h : wb.getSheet(sheet).getRow(0)) {
          assertFalse(h.getStringCellValue().contains("staff"), h.getStringCellValue());
        }
      }
    }
  }
}
