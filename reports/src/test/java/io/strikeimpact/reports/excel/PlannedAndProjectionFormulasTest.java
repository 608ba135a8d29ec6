package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.ActionPeriod;
import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.IndustrialAction;
import io.strikeimpact.model.PlannedActivity;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.StaffGroup;
import io.strikeimpact.model.StrikeCalendar;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.AnalysisRequest;
import io.strikeimpact.model.analysis.Estimate;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.analysis.Projection;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the projection and the rates per 1,000 planned were typed values, so changing a Data
 * cell moved every other figure but not them. They are formulas over the Data sheet, which now
 * holds the planned activity with its file, sheet and cell; recalculated, they give the model's
 * figures, and they move when a Data cell changes.
 */
class PlannedAndProjectionFormulasTest {
  private static final double TOLERANCE = 1e-9;
  private static final String RCN_MAY = "rcn-2023-05";
  private static final Provenance PLANNED_AT =
      new Provenance("returns/RM1/nnuh-planned.csv", "a".repeat(64), "", "B7");

  @Test
  void planned_activity_is_on_the_data_sheet_with_where_it_came_from() throws IOException {
    try (XSSFWorkbook wb = workbook(ImpactAnalysis.analyse(withPlanned(), StoryData.request()))) {
      XSSFSheet data = wb.getSheet(DataSheet.NAME);
      assertEquals(DataFormulas.PLANNED, text(data.getRow(0), DataSheet.PLANNED));
      Row row = plannedRow(data, StoryData.JD_MARCH);
      assertEquals("RM1", text(row, 0));
      assertEquals("Outpatient", text(row, 4));
      assertEquals("n/a", text(row, DataSheet.COUNT), "a planned row counts nothing rescheduled");
      assertEquals("returns/RM1/nnuh-planned.csv", text(row, 8));
      assertEquals("a".repeat(64), text(row, 9));
      assertEquals("B7", text(row, 11));
      assertEquals(40_000, row.getCell(DataSheet.PLANNED).getNumericCellValue(), TOLERANCE);
      assertEquals("n/a", text(data.getRow(1), DataSheet.PLANNED), "a count row plans nothing");
      assertEquals(
          "A1:M" + (1 + StoryData.counts().size() + 3),
          data.getTables().get(0).getCTTable().getRef());
    }
  }

  @Test
  void rates_per_1000_planned_are_formulas_of_the_planned_rows_and_move_with_them()
      throws IOException {
    Analysis analysis = ImpactAnalysis.analyse(withPlanned(), StoryData.request());
    try (XSSFWorkbook wb = workbook(analysis)) {
      XSSFSheet summary = wb.getSheet(SummarySheet.NAME);
      Row nn = summary.getRow(1);
      assertEquals(
          "SUMIFS(Data_table[Planned],Data_table[Action id],\"bma-jd-2023-03\","
              + "Data_table[Site (ODS code)],$B2)",
          nn.getCell(SummarySheet.PLANNED).getCellFormula());
      assertEquals("G2/(M2/1000)", nn.getCell(SummarySheet.PER_THOUSAND_PLANNED).getCellFormula());
      assertEquals(
          analysis.sites().getFirst().perThousandPlanned().orElseThrow().value(),
          evaluate(wb, nn.getCell(SummarySheet.PER_THOUSAND_PLANNED)),
          TOLERANCE);

      XSSFSheet comparison = wb.getSheet(ComparisonSheet.NAME);
      Row lfl = comparison.getRow(comparison.getLastRowNum());
      assertTrue(
          comparison
              .getRow(1)
              .getCell(ComparisonSheet.BASELINE_PLANNED)
              .getCellFormula()
              .contains("SUMIFS(Data_table[Planned],Data_table[Action id],\"rcn-2023-01\""));
      assertEquals("O2", lfl.getCell(ComparisonSheet.FOCUS_PLANNED).getCellFormula());
      double ratio =
          analysis
              .comparison()
              .orElseThrow()
              .likeForLike()
              .orElseThrow()
              .ratio(io.strikeimpact.model.analysis.Basis.PER_THOUSAND_PLANNED)
              .orElseThrow()
              .value();
      assertEquals(
          ratio, evaluate(wb, lfl.getCell(ComparisonSheet.RATIO_PER_THOUSAND_PLANNED)), TOLERANCE);
      assertEveryFormulaGivesItsCachedFigure(wb);

      // An analyst corrects N&N's planned activity for March: 40,000 becomes 50,000.
      plannedRow(wb.getSheet(DataSheet.NAME), StoryData.JD_MARCH)
          .getCell(DataSheet.PLANNED)
          .setCellValue(50_000);
      XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      evaluator.evaluateAll();
      assertEquals(50_000, nn.getCell(SummarySheet.PLANNED).getNumericCellValue(), TOLERANCE);
      assertEquals(
          3451 / 50.0,
          nn.getCell(SummarySheet.PER_THOUSAND_PLANNED).getNumericCellValue(),
          TOLERANCE);
      assertEquals(
          (3451 / 50.0) / (1506 / 30.0),
          lfl.getCell(ComparisonSheet.RATIO_PER_THOUSAND_PLANNED).getNumericCellValue(),
          TOLERANCE);
    }
  }

  @Test
  void all_sites_planned_activity_adds_up_the_sites_rows_as_a_range() throws IOException {
    Dataset d = withPlanned();
    List<PlannedActivity> planned = new ArrayList<>(d.planned());
    planned.add(
        new PlannedActivity("RCX", StoryData.JD_MARCH, ActivityType.OUTPATIENT, 9_000, PLANNED_AT));
    planned.add(
        new PlannedActivity("RGP", StoryData.JD_MARCH, ActivityType.OUTPATIENT, 6_000, PLANNED_AT));
    Dataset everySite =
        new Dataset(
            d.sites(),
            d.calendar(),
            d.participation(),
            d.counts(),
            d.statedTotals(),
            d.problems(),
            d.rejectedRows(),
            d.sources(),
            planned);
    Analysis analysis = ImpactAnalysis.analyse(everySite, StoryData.request());
    try (XSSFWorkbook wb = workbook(analysis)) {
      Row all = wb.getSheet(SummarySheet.NAME).getRow(4);
      assertEquals("SUM(M2:M4)", all.getCell(SummarySheet.PLANNED).getCellFormula());
      assertEquals(
          4726 / 55.0,
          evaluate(wb, all.getCell(SummarySheet.PER_THOUSAND_PLANNED)),
          TOLERANCE,
          "4,726 of 55,000 planned");
      assertEveryFormulaGivesItsCachedFigure(wb);
    }
  }

  @Test
  void the_projection_is_formulas_over_the_data_sheet_that_move_with_a_count() throws IOException {
    Analysis analysis = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    Projection p = analysis.projection().orElseThrow();
    try (XSSFWorkbook wb = workbook(analysis)) {
      XSSFSheet s = wb.getSheet(ProjectionSheet.NAME);
      Row nnOutpatient = s.getRow(1);
      assertEquals(
          "SUMIFS(Data_table[Count],Data_table[Action id],\"bma-jd-2023-03\","
              + "Data_table[Site (ODS code)],\"RM1\",Data_table[Activity type],\"Outpatient\")/72*$H2",
          nnOutpatient.getCell(ProjectionSheet.CENTRAL).getCellFormula());
      Row nnTotal = s.getRow(3);
      assertEquals("Total", text(nnTotal, 3));
      assertEquals(
          p.sites().getFirst().total().central(),
          evaluate(wb, nnTotal.getCell(ProjectionSheet.CENTRAL)),
          1e-9 * 5000);
      Row allTotal = s.getRow(s.getLastRowNum());
      assertEquals("All sites", text(allTotal, 0));
      assertEquals(
          "SUMIFS(Data_table[Count],Data_table[Action id],\"bma-jd-2023-03\")/72*$H"
              + (allTotal.getRowNum() + 1),
          allTotal.getCell(ProjectionSheet.CENTRAL).getCellFormula());
      assertEveryFormulaGivesItsCachedFigure(wb);

      // N&N's outpatient count for March, 2,976 on the Data sheet, becomes 3,076.
      Row count = dataRow(wb.getSheet(DataSheet.NAME), "RM1", StoryData.JD_MARCH, "Outpatient");
      count.getCell(DataSheet.COUNT).setCellValue(3076);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      assertEquals(
          3551 / 72.0 * 96, nnTotal.getCell(ProjectionSheet.CENTRAL).getNumericCellValue(), 1e-6);
      assertEquals(
          4826 / 72.0 * 96, allTotal.getCell(ProjectionSheet.CENTRAL).getNumericCellValue(), 1e-6);
      assertEquals(
          3551 / 72.0,
          nnTotal.getCell(ProjectionSheet.HOURS + 1).getNumericCellValue(),
          1e-6,
          "the rate an hour follows");
    }
  }

  @Test
  void a_projection_from_two_actions_gives_its_range_as_formulas_too() throws IOException {
    Analysis analysis = ImpactAnalysis.analyse(withMayNursingStrike(), focusOn(RCN_MAY));
    Projection p = analysis.projection().orElseThrow();
    assertEquals(2, p.comparables().size());
    Estimate nn = p.sites().getFirst().total();
    assertTrue(nn.hasRange());
    try (XSSFWorkbook wb = workbook(analysis)) {
      XSSFSheet s = wb.getSheet(ProjectionSheet.NAME);
      Row row = s.getRow(1);
      assertEquals("Total", text(row, 3), "a total-only return gives a total only");
      String rcnJan =
          "SUMIFS(Data_table[Count],Data_table[Action id],\"rcn-2023-01\",Data_table[Site (ODS code)],\"RM1\")";
      String rcnFeb = rcnJan.replace("rcn-2023-01", "rcn-2023-02");
      assertEquals(
          "(" + rcnJan + "+" + rcnFeb + ")/(24+24)*$H2",
          row.getCell(ProjectionSheet.CENTRAL).getCellFormula());
      assertEquals(
          "MIN(" + rcnJan + "/24," + rcnFeb + "/24)*$H2",
          row.getCell(ProjectionSheet.CENTRAL + 1).getCellFormula());
      assertEquals(nn.low(), evaluate(wb, row.getCell(ProjectionSheet.CENTRAL + 1)), 1e-6);
      assertEquals(nn.high(), evaluate(wb, row.getCell(ProjectionSheet.CENTRAL + 2)), 1e-6);
      assertEveryFormulaGivesItsCachedFigure(wb);

      double high = row.getCell(ProjectionSheet.CENTRAL + 2).getNumericCellValue();
      Row feb =
          dataRow(
              wb.getSheet(DataSheet.NAME), "RM1", StoryData.RCN_FEB, "Total only (no split given)");
      feb.getCell(DataSheet.COUNT)
          .setCellValue(feb.getCell(DataSheet.COUNT).getNumericCellValue() + 100);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      assertNotEquals(high, row.getCell(ProjectionSheet.CENTRAL + 2).getNumericCellValue());
      assertEquals(
          high + 100 / 24.0 * p.hours(),
          row.getCell(ProjectionSheet.CENTRAL + 2).getNumericCellValue(),
          1e-6,
          "February's rate, the highest, rises by 100 over its 24 hours");
    }
  }

  // --- fixtures and helpers ---

  private static Dataset withPlanned() {
    return StoryData.dataset()
        .withPlanned(
            List.of(
                new PlannedActivity(
                    "RM1", StoryData.JD_MARCH, ActivityType.OUTPATIENT, 40_000, PLANNED_AT),
                new PlannedActivity(
                    "RM1", StoryData.RCN_JAN, ActivityType.TOTAL_ONLY, 15_000, PLANNED_AT),
                new PlannedActivity(
                    "RM1", StoryData.RCN_FEB, ActivityType.TOTAL_ONLY, 15_000, PLANNED_AT)));
  }

  /** The story with a nursing strike announced for 1 and 2 May 2023 (24 hours), without returns. */
  private static Dataset withMayNursingStrike() {
    Dataset d = StoryData.dataset();
    List<IndustrialAction> actions = new ArrayList<>(d.calendar().actions());
    actions.add(
        new IndustrialAction(
            RCN_MAY,
            "RCN",
            Set.of(StaffGroup.NURSES),
            List.of(
                ActionPeriod.london(
                    LocalDateTime.parse("2023-05-01T08:00"),
                    LocalDateTime.parse("2023-05-01T20:00")),
                ActionPeriod.london(
                    LocalDateTime.parse("2023-05-02T08:00"),
                    LocalDateTime.parse("2023-05-02T20:00")))));
    return new Dataset(
        d.sites(),
        new StrikeCalendar(actions),
        d.participation(),
        d.counts(),
        d.statedTotals(),
        d.problems(),
        d.rejectedRows(),
        d.sources());
  }

  private static AnalysisRequest focusOn(String id) {
    return new AnalysisRequest(
        StoryData.request().settings(),
        Optional.of(id),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  private static void assertEveryFormulaGivesItsCachedFigure(XSSFWorkbook wb) {
    XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
    for (String name : List.of(SummarySheet.NAME, ComparisonSheet.NAME, ProjectionSheet.NAME)) {
      for (Row row : wb.getSheet(name)) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            double cached = cell.getNumericCellValue();
            assertEquals(
                cached,
                evaluator.evaluate(cell).getNumberValue(),
                1e-9 * Math.max(1, Math.abs(cached)),
                name + "!" + cell.getAddress() + " " + cell.getCellFormula());
          }
        }
      }
    }
  }

  private static double evaluate(XSSFWorkbook wb, Cell cell) {
    return wb.getCreationHelper().createFormulaEvaluator().evaluate(cell).getNumberValue();
  }

  private static Row plannedRow(XSSFSheet data, String actionId) {
    for (Row row : data) {
      Cell planned = row.getCell(DataSheet.PLANNED);
      if (row.getRowNum() > 0
          && planned != null
          && planned.getCellType() == CellType.NUMERIC
          && actionId.equals(text(row, 2))) {
        return row;
      }
    }
    throw new AssertionError("no planned row for " + actionId);
  }

  private static Row dataRow(XSSFSheet data, String site, String actionId, String type) {
    for (Row row : data) {
      if (site.equals(text(row, 0)) && actionId.equals(text(row, 2)) && type.equals(text(row, 4))) {
        return row;
      }
    }
    throw new AssertionError("no Data row for " + site + " " + actionId + " " + type);
  }

  private static String text(Row row, int column) {
    Cell c = row.getCell(column);
    return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
  }

  private static XSSFWorkbook workbook(Analysis analysis) throws IOException {
    return LiveWorkbookTest.readBack(LiveWorkbookTest.write(new BoardPackWorkbook(), analysis));
  }
}
