package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The workbook as analysts audit it: formulas over the Data table whose cached values are the
 * model's figures and which recalculate when a count changes; Excel tables; native charts drawn
 * from cells; cover, contents and notes; and text from the input that never becomes a formula.
 */
class LiveWorkbookTest {
  private static final double TOLERANCE = 1e-9;
  private static final List<String> LIVE_SHEETS =
      List.of("Summary", "Comparison", "History", "Projection");

  private XSSFWorkbook workbook;

  @BeforeEach
  void writeTheStory() throws IOException {
    workbook =
        readBack(
            write(
                new BoardPackWorkbook(),
                ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request())));
  }

  @AfterEach
  void close() throws IOException {
    workbook.close();
  }

  @Test
  void summary_counts_are_sumifs_over_the_data_table_with_the_models_figures_cached() {
    XSSFSheet s = workbook.getSheet("Summary");
    XSSFCell nnOutpatient = (XSSFCell) s.getRow(1).getCell(SummarySheet.OUTPATIENT);
    assertEquals(
        "SUMIFS(Data_table[Count],Data_table[Action id],\"bma-jd-2023-03\",Data_table[Site (ODS code)],$B2,"
            + "Data_table[Activity type],\"Outpatient\")",
        nnOutpatient.getCellFormula());
    assertEquals(2976, nnOutpatient.getNumericCellValue(), TOLERANCE);
    XSSFCell allSites = (XSSFCell) s.getRow(4).getCell(SummarySheet.TOTAL);
    assertEquals(
        "SUMIFS(Data_table[Count],Data_table[Action id],\"bma-jd-2023-03\")",
        allSites.getCellFormula());
    assertEquals(4726, allSites.getNumericCellValue(), TOLERANCE);
    assertEquals("G2/$G$5", s.getRow(1).getCell(SummarySheet.SHARE).getCellFormula());
    assertEquals("G2/I2", s.getRow(1).getCell(SummarySheet.PER_DAY).getCellFormula());
    assertEquals("G2/J2", s.getRow(1).getCell(SummarySheet.PER_HOUR).getCellFormula());
    assertEquals(3, s.getRow(1).getCell(SummarySheet.DAYS).getNumericCellValue(), TOLERANCE);
    assertEquals(72, s.getRow(1).getCell(SummarySheet.HOURS).getNumericCellValue(), TOLERANCE);
    assertEquals(
        3451 / 72.0, s.getRow(1).getCell(SummarySheet.PER_HOUR).getNumericCellValue(), TOLERANCE);
  }

  @Test
  void comparison_ratios_are_formulas_of_rates_and_like_for_like_adds_up_the_comparable_rows() {
    XSSFSheet s = workbook.getSheet("Comparison");
    Row nn = s.getRow(1);
    assertEquals("F2/K2", nn.getCell(ComparisonSheet.RATIO_PER_DAY).getCellFormula());
    assertEquals("G2/L2", nn.getCell(ComparisonSheet.RATIO_PER_HOUR).getCellFormula());
    assertEquals(
        (3451 / 3.0) / (1506 / 4.0),
        nn.getCell(ComparisonSheet.RATIO_PER_DAY).getNumericCellValue(),
        TOLERANCE);
    String baseline = nn.getCell(ComparisonSheet.BASELINE).getCellFormula();
    assertEquals(
        "SUMIFS(Data_table[Count],Data_table[Action id],\"rcn-2023-01\",Data_table[Site (ODS code)],\"RM1\")"
            + "+SUMIFS(Data_table[Count],Data_table[Action id],\"rcn-2023-02\",Data_table[Site (ODS code)],\"RM1\")",
        baseline);
    Row lfl = s.getRow(4);
    assertEquals("C2", lfl.getCell(ComparisonSheet.FOCUS).getCellFormula());
    assertEquals("H2", lfl.getCell(ComparisonSheet.BASELINE).getCellFormula());
    Row qeh = s.getRow(2);
    for (int c = ComparisonSheet.BASELINE; c <= ComparisonSheet.RATIO_PER_HOUR; c++) {
      assertEquals(CellType.STRING, qeh.getCell(c).getCellType(), "QEH column " + c);
      assertEquals("n/a", qeh.getCell(c).getStringCellValue());
    }
  }

  @Test
  void history_counts_each_action_from_the_data_and_runs_a_total() {
    XSSFSheet s = workbook.getSheet("History");
    assertEquals(
        List.of("rcn-2023-01", "rcn-2023-02", "bma-jd-2023-03"),
        List.of(text(s, 1, 0), text(s, 2, 0), text(s, 3, 0)));
    assertEquals(
        "SUMIFS(Data_table[Count],Data_table[Action id],$A4)",
        s.getRow(3).getCell(HistorySheet.ACUTE).getCellFormula());
    assertEquals("H2", s.getRow(1).getCell(HistorySheet.CUMULATIVE).getCellFormula());
    assertEquals("H4+I3", s.getRow(3).getCell(HistorySheet.CUMULATIVE).getCellFormula());
    assertEquals(
        752 + 754 + 4726,
        s.getRow(3).getCell(HistorySheet.CUMULATIVE).getNumericCellValue(),
        TOLERANCE);
    assertEquals("not split", text(s, 1, HistorySheet.OUTPATIENT));
  }

  @Test
  void evaluating_every_formula_gives_the_cached_model_figure() {
    XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    int formulas = 0;
    for (String name : LIVE_SHEETS) {
      for (Row row : workbook.getSheet(name)) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            formulas++;
            double cached = cell.getNumericCellValue();
            double evaluated = evaluator.evaluate(cell).getNumberValue();
            assertEquals(
                cached,
                evaluated,
                1e-9 * Math.max(1, Math.abs(cached)),
                name + "!" + cell.getAddress() + " " + cell.getCellFormula());
          }
        }
      }
    }
    assertTrue(formulas > 50, "only " + formulas + " formulas");
  }

  @Test
  void changing_a_count_on_the_data_sheet_updates_every_figure_that_rests_on_it() {
    XSSFSheet data = workbook.getSheet("Data");
    Row qehInpatient = findRow(data, r -> "qeh.csv".equals(text(r, 8)) && "D2".equals(text(r, 11)));
    qehInpatient.getCell(7).setCellValue(150); // was 50
    XSSFFormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
    evaluator.evaluateAll();
    XSSFSheet summary = workbook.getSheet("Summary");
    assertEquals(
        150, summary.getRow(2).getCell(SummarySheet.INPATIENT).getNumericCellValue(), TOLERANCE);
    assertEquals(
        1032, summary.getRow(2).getCell(SummarySheet.TOTAL).getNumericCellValue(), TOLERANCE);
    assertEquals(
        4826, summary.getRow(4).getCell(SummarySheet.TOTAL).getNumericCellValue(), TOLERANCE);
    assertEquals(
        4826 / 72.0,
        summary.getRow(4).getCell(SummarySheet.PER_HOUR).getNumericCellValue(),
        TOLERANCE);
    assertEquals(
        3451 / 4826.0,
        summary.getRow(1).getCell(SummarySheet.SHARE).getNumericCellValue(),
        TOLERANCE);
    assertEquals(
        752 + 754 + 4826,
        workbook
            .getSheet("History")
            .getRow(3)
            .getCell(HistorySheet.CUMULATIVE)
            .getNumericCellValue(),
        TOLERANCE);
    // QEH is not comparable, so the comparison is unchanged.
    assertEquals(
        3451,
        workbook
            .getSheet("Comparison")
            .getRow(4)
            .getCell(ComparisonSheet.FOCUS)
            .getNumericCellValue(),
        TOLERANCE);
  }

  @Test
  void each_table_is_an_excel_table_with_a_unique_name() {
    Map<String, String> tables = new TreeMap<>();
    for (var sheet : workbook) {
      for (XSSFTable t : ((XSSFSheet) sheet).getTables()) {
        assertEquals(
            null,
            tables.put(t.getName(), sheet.getSheetName()),
            "duplicate table name " + t.getName());
        assertEquals(t.getName(), t.getDisplayName());
      }
    }
    assertEquals(
        Map.of(
            "Contents_table",
            "Contents",
            "Notes_table",
            "Notes",
            "Summary_table",
            "Summary",
            "Comparison_table",
            "Comparison",
            "History_table",
            "History",
            "England_table",
            "England",
            "Projection_table",
            "Projection",
            "Data_table",
            "Data",
            "Data_quality_table",
            "Data quality",
            "Sources_table",
            "Sources"),
        tables);
    XSSFTable data = workbook.getSheet("Data").getTables().get(0);
    assertEquals("A1:L" + (StoryData.counts().size() + 1), data.getCTTable().getRef());
    assertEquals("Count", data.getColumns().get(7).getName());
  }

  @Test
  void charts_are_native_and_draw_from_the_table_cells() {
    XSSFChart summary = onlyChart("Summary", 1);
    assertEquals(List.of("Summary!$D$2:$D$4", "Summary!$E$2:$E$4"), valueRanges(summary));
    assertEquals(
        "Summary!$A$2:$A$4",
        summary.getChartSeries().get(0).getSeries(0).getCategoryData().getDataRangeReference());
    assertFalse(summary.getTitleText().getString().isBlank());
    String alt = altText(workbook.getSheet("Summary"));
    assertTrue(alt.startsWith("Stacked bar chart") && alt.contains("N&N 3,451"), alt);

    List<XSSFChart> comparison =
        workbook.getSheet("Comparison").createDrawingPatriarch().getCharts();
    assertEquals(2, comparison.size());
    assertEquals(List.of("Comparison!$F$5", "Comparison!$K$5"), valueRanges(comparison.get(0)));
    assertEquals(List.of("Comparison!$G$5", "Comparison!$L$5"), valueRanges(comparison.get(1)));
    assertEquals(
        "3.1 times as many a day as the nursing strikes",
        comparison.get(0).getTitleText().getString());
    assertEquals(
        "1.5 times as many an hour as the nursing strikes",
        comparison.get(1).getTitleText().getString());

    XSSFChart history = onlyChart("History", 1);
    assertEquals(List.of("History!$I$2:$I$4"), valueRanges(history));
    assertEquals(
        6232,
        history.getChartSeries().get(0).getSeries(0).getValuesData().getPointAt(2).doubleValue(),
        TOLERANCE);
  }

  @Test
  void cover_contents_and_notes_are_there_for_a_reader() {
    XSSFSheet cover = workbook.getSheet("Cover");
    assertEquals("Industrial action: activity rescheduled", text(cover, 0, 0));
    List<String> lines = new ArrayList<>();
    for (int r = 1; r <= cover.getLastRowNum(); r++) {
      lines.add(text(cover, r, 0));
    }
    assertTrue(
        lines.contains("Period: Junior doctors' strike, 13 to 15 March 2023, Norfolk and Waveney"),
        lines.toString());
    assertTrue(lines.contains("Made: 3 April 2023 (figures as at this date)"), lines.toString());
    assertTrue(
        lines.contains("Contact: " + io.strikeimpact.model.analysis.ReportSettings.DEFAULT_CONTACT),
        lines.toString());

    XSSFSheet contents = workbook.getSheet("Contents");
    assertEquals(BoardPackWorkbook.SHEETS.size(), contents.getLastRowNum());
    for (int r = 1; r <= contents.getLastRowNum(); r++) {
      XSSFHyperlink link = (XSSFHyperlink) contents.getRow(r).getCell(0).getHyperlink();
      String name = text(contents, r, 0);
      assertEquals(
          new org.apache.poi.ss.util.CellReference(name, 0, 0, false, false).formatAsString(),
          link.getAddress());
      assertTrue(workbook.getSheet(name) != null, name);
    }

    XSSFSheet notes = workbook.getSheet("Notes");
    assertEquals("[note 1]", text(notes, 1, 0));
    String all =
        String.join(
            " ",
            java.util.stream.IntStream.rangeClosed(1, notes.getLastRowNum())
                .mapToObj(r -> text(notes, r, 2))
                .toList());
    for (String expected :
        new String[] {
          "07:00 to 07:00",
          "Europe/London",
          "\"n/a\" means not applicable",
          "understate",
          "never split",
          "one row for each of the 10 counts",
          "Estimate"
        }) {
      assertTrue(all.contains(expected), "notes lack " + expected);
    }
  }

  @Test
  void projection_labels_its_figures_estimates_with_the_method() {
    XSSFSheet s = workbook.getSheet("Projection");
    assertTrue(text(s, 0, ProjectionSheet.CENTRAL).startsWith("Estimate: central"));
    Row last = s.getRow(s.getLastRowNum());
    assertEquals("All sites", text(last, 0));
    assertEquals("Total", text(last, 3));
    assertTrue(text(last, 9).startsWith("Estimate: the rate an hour of action"), text(last, 9));
    // One comparable action: the low and high say there is no range, as the PDF does.
    assertEquals(6301.33, last.getCell(ProjectionSheet.CENTRAL).getNumericCellValue(), 0.01);
    assertEquals(ProjectionSheet.NO_RANGE, text(last, ProjectionSheet.CENTRAL + 1));
    assertEquals(ProjectionSheet.NO_RANGE, text(last, ProjectionSheet.CENTRAL + 2));
  }

  @Test
  void a_hypothetical_projection_shows_no_dates_and_says_its_hours_were_given() throws IOException {
    Analysis a = StoryData.withFurtherStrikeOf(96);
    try (XSSFWorkbook wb = readBack(write(new BoardPackWorkbook(), a))) {
      XSSFSheet s = wb.getSheet("Projection");
      for (int r = 1; r <= s.getLastRowNum(); r++) {
        assertEquals(
            "A further junior doctors' strike (hours given)", text(s, r, 2), "row " + (r + 1));
      }
    }
  }

  @Test
  void text_that_looks_like_a_formula_stays_text_everywhere_cover_included() throws IOException {
    String evil = "=HYPERLINK(\"http://example.invalid\",\"x\")";
    List<Site> sites = new ArrayList<>(StoryData.sites());
    sites.set(0, new Site("RM1", "+cmd|' /C calc'!A0", "-N&N", "@official"));
    Dataset story = StoryData.dataset();
    List<DisruptionCount> counts = new ArrayList<>();
    for (DisruptionCount c : story.counts()) {
      counts.add(
          new DisruptionCount(
              c.odsCode(),
              c.actionId(),
              c.type(),
              c.date(),
              Optional.of(evil),
              c.count(),
              new Provenance("=file.csv", "@sha", "-sheet", "+C1")));
    }
    Dataset crafted =
        new Dataset(
            sites,
            story.calendar(),
            story.participation(),
            counts,
            story.statedTotals(),
            story.problems(),
            story.rejectedRows(),
            story.sources());
    io.strikeimpact.model.analysis.ReportSettings settings =
        new io.strikeimpact.model.analysis.ReportSettings(
            "=Title", "@Organisation", "-Area", StoryData.AS_OF, "+01603 000000");
    try (XSSFWorkbook wb =
        readBack(
            write(
                new BoardPackWorkbook(),
                ImpactAnalysis.analyse(
                    crafted, io.strikeimpact.model.analysis.AnalysisRequest.defaults(settings))))) {
      int textCells = 0;
      for (var sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              assertTrue(
                  LIVE_SHEETS.contains(sheet.getSheetName()),
                  sheet.getSheetName() + "!" + cell.getAddress());
              String f = cell.getCellFormula();
              assertFalse(
                  f.contains("HYPERLINK") || f.contains("cmd"), "input text in a formula: " + f);
            } else if (cell.getCellType() == CellType.STRING
                && Styles.looksLikeFormula(cell.getStringCellValue())) {
              textCells++;
              assertTrue(
                  ((XSSFCell) cell).getCellStyle().getQuotePrefixed(),
                  sheet.getSheetName()
                      + "!"
                      + cell.getAddress()
                      + " is not quote-prefixed: "
                      + cell.getStringCellValue());
            }
          }
        }
      }
      assertTrue(
          textCells >= 5 * counts.size(), "only " + textCells + " risky text cells were written");
      assertEquals("Contact: +01603 000000", text(wb.getSheet("Cover"), 4, 0));
      assertEquals("=Title", text(wb.getSheet("Cover"), 0, 0));
      assertTrue(
          ((XSSFCell) wb.getSheet("Cover").getRow(0).getCell(0)).getCellStyle().getQuotePrefixed(),
          "title not quote-prefixed");
      assertEquals("-N&N", text(wb.getSheet("Summary"), 1, 0));
    }
  }

  @Test
  void more_counts_than_a_sheet_holds_are_added_up_by_file_and_the_figures_still_agree()
      throws IOException {
    Dataset story = StoryData.dataset();
    List<DisruptionCount> twice = new ArrayList<>(story.counts());
    for (DisruptionCount c : story.counts()) {
      twice.add(
          new DisruptionCount(
              c.odsCode(),
              c.actionId(),
              c.type(),
              c.date(),
              c.specialty(),
              c.count(),
              c.provenance().at("Z" + c.provenance().cell())));
    }
    Dataset doubled =
        new Dataset(
            story.sites(),
            story.calendar(),
            story.participation(),
            twice,
            story.statedTotals(),
            story.problems(),
            story.rejectedRows(),
            story.sources());
    Analysis analysis = ImpactAnalysis.analyse(doubled, StoryData.request());
    // A sheet of 10 rows stands in for Excel's 1,048,575: the 20 counts are two of each line.
    try (XSSFWorkbook wb = readBack(write(new BoardPackWorkbook(10), analysis))) {
      XSSFSheet data = wb.getSheet("Data");
      assertEquals(10, data.getLastRowNum());
      assertEquals("A1:L11", data.getTables().get(0).getCTTable().getRef());
      assertEquals("2 counts added up", text(data, 1, 11));
      assertTrue(
          text(wb.getSheet("Notes"), Notes.DATA_ROWS.number(), 2)
              .contains(
                  "adds them up by site, action, activity type, date, specialty and source file"));
      XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      XSSFCell total = (XSSFCell) wb.getSheet("Summary").getRow(4).getCell(SummarySheet.TOTAL);
      assertEquals(2 * 4726, total.getNumericCellValue(), TOLERANCE);
      assertEquals(2 * 4726, evaluator.evaluate(total).getNumberValue(), TOLERANCE);
    }
    try (XSSFWorkbook wb = readBack(write(new BoardPackWorkbook(9), analysis))) {
      XSSFSheet data = wb.getSheet("Data");
      // By site, action and type: RM1 twice for March and once for each nursing strike, 2 each
      // elsewhere.
      assertEquals(8, data.getLastRowNum());
      assertTrue(
          text(wb.getSheet("Notes"), Notes.DATA_ROWS.number(), 2)
              .contains("by site, action and activity type"));
      XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      for (String name : LIVE_SHEETS) {
        for (Row row : wb.getSheet(name)) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
              assertEquals(
                  cell.getNumericCellValue(),
                  evaluator.evaluate(cell).getNumberValue(),
                  1e-9,
                  name + "!" + cell.getAddress());
            }
          }
        }
      }
    }
  }

  @Test
  void the_same_analysis_with_a_contact_gives_the_same_bytes() throws IOException {
    io.strikeimpact.model.analysis.ReportSettings settings =
        new io.strikeimpact.model.analysis.ReportSettings(
            "Pack", "ICB", "Norfolk", StoryData.AS_OF, "pi.team@example.nhs.uk");
    Analysis analysis =
        ImpactAnalysis.analyse(
            StoryData.dataset(), io.strikeimpact.model.analysis.AnalysisRequest.defaults(settings));
    BoardPackWorkbook writer = new BoardPackWorkbook();
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        write(writer, analysis), write(writer, analysis));
  }

  @Test
  void history_lists_actions_without_returns_in_the_same_table_with_their_status_as_text() {
    XSSFSheet s = workbook.getSheet("History");
    Row april = s.getRow(4);
    assertEquals("bma-jd-2023-04", text(april, 0));
    for (int c = HistorySheet.OUTPATIENT; c < HistorySheet.DAYS; c++) {
      assertEquals(CellType.STRING, april.getCell(c).getCellType(), "column " + c);
      assertEquals("announced; not yet started", april.getCell(c).getStringCellValue());
    }
    assertEquals(96, april.getCell(HistorySheet.HOURS).getNumericCellValue(), TOLERANCE);
    assertEquals("announced; not yet started", text(april, HistorySheet.HOURS + 1));
    assertEquals("announced; not yet started", text(april, HistorySheet.WORKED_OVER));
    assertEquals(HistorySheet.EVERY_DAY, text(s.getRow(3), HistorySheet.WORKED_OVER));
    assertEquals("announced; not yet started", text(april, HistorySheet.COVER));
    assertEquals(HistorySheet.EVERY_SITE, text(s.getRow(3), HistorySheet.COVER));
    assertEquals(
        "A1:P5",
        s.getTables().get(0).getCTTable().getRef(),
        "one table, every action, no blank row");
    assertEquals(List.of("History!$I$2:$I$4"), valueRanges(onlyChart("History", 1)));
    XSSFSheet notes = workbook.getSheet("Notes");
    assertTrue(
        java.util.stream.IntStream.rangeClosed(1, notes.getLastRowNum())
            .anyMatch(r -> text(notes, r, 1).equals("Actions without returns")));
  }

  @Test
  void
      an_action_without_returns_between_two_with_returns_leaves_the_running_total_and_chart_intact()
          throws IOException {
    Dataset d = StoryData.dataset();
    List<DisruptionCount> noFebruary =
        d.counts().stream().filter(c -> !c.actionId().equals(StoryData.RCN_FEB)).toList();
    Dataset data =
        new Dataset(
            d.sites(),
            d.calendar(),
            d.participation(),
            noFebruary,
            d.statedTotals(),
            d.problems(),
            d.rejectedRows(),
            d.sources());
    try (XSSFWorkbook wb =
        readBack(
            write(new BoardPackWorkbook(), ImpactAnalysis.analyse(data, StoryData.request())))) {
      XSSFSheet s = wb.getSheet("History");
      assertEquals("ended; no returns received", text(s, 2, HistorySheet.ACUTE));
      assertEquals("ended; no returns received", text(s, 2, HistorySheet.CUMULATIVE));
      // March adds to January's running total, skipping February's text.
      assertEquals("H4+I2", s.getRow(3).getCell(HistorySheet.CUMULATIVE).getCellFormula());
      assertEquals(
          752 + 4726,
          s.getRow(3).getCell(HistorySheet.CUMULATIVE).getNumericCellValue(),
          TOLERANCE);
      XSSFChart chart = wb.getSheet("History").createDrawingPatriarch().getCharts().get(0);
      assertEquals(List.of("(History!$I$2,History!$I$4)"), valueRanges(chart));
      XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
      for (Row row : s) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.FORMULA) {
            assertEquals(
                cell.getNumericCellValue(),
                evaluator.evaluate(cell).getNumberValue(),
                1e-9,
                cell.getAddress().toString());
          }
        }
      }
    }
  }

  @Test
  void rates_per_1000_planned_appear_only_when_a_return_gives_planned_activity()
      throws IOException {
    XSSFSheet story = workbook.getSheet("Summary");
    assertEquals(
        SummarySheet.PER_HOUR,
        story.getRow(0).getLastCellNum() - 1,
        "no planned column without planned data");
    assertEquals(
        ComparisonSheet.RATIO_PER_HOUR + 1,
        workbook.getSheet("Comparison").getRow(0).getLastCellNum() - 1);

    Provenance somewhere = new Provenance("planned.csv", "0".repeat(64), "", "A1");
    Dataset d = StoryData.dataset();
    Dataset data =
        new Dataset(
            d.sites(),
            d.calendar(),
            d.participation(),
            d.counts(),
            d.statedTotals(),
            d.problems(),
            d.rejectedRows(),
            d.sources(),
            List.of(
                new io.strikeimpact.model.PlannedActivity(
                    "RM1",
                    StoryData.JD_MARCH,
                    io.strikeimpact.model.ActivityType.OUTPATIENT,
                    40_000,
                    somewhere),
                new io.strikeimpact.model.PlannedActivity(
                    "RM1",
                    StoryData.RCN_JAN,
                    io.strikeimpact.model.ActivityType.TOTAL_ONLY,
                    15_000,
                    somewhere),
                new io.strikeimpact.model.PlannedActivity(
                    "RM1",
                    StoryData.RCN_FEB,
                    io.strikeimpact.model.ActivityType.TOTAL_ONLY,
                    15_000,
                    somewhere)));
    try (XSSFWorkbook wb =
        readBack(
            write(new BoardPackWorkbook(), ImpactAnalysis.analyse(data, StoryData.request())))) {
      XSSFSheet s = wb.getSheet("Summary");
      assertEquals(
          SummarySheet.PER_THOUSAND_PLANNED_HEADING, text(s, 0, SummarySheet.PER_THOUSAND_PLANNED));
      // N&N: 3,451 of 40,000 planned = 86.3 per 1,000; QEH gave none; all sites not every return
      // gave it.
      assertEquals(
          3451 / 40.0,
          s.getRow(1).getCell(SummarySheet.PER_THOUSAND_PLANNED).getNumericCellValue(),
          TOLERANCE);
      assertEquals("n/a", text(s, 2, SummarySheet.PER_THOUSAND_PLANNED));
      assertEquals("n/a", text(s, 4, SummarySheet.PER_THOUSAND_PLANNED));
      assertEquals("A1:N5", s.getTables().get(0).getCTTable().getRef(), "Planned, then the rate");

      XSSFSheet c = wb.getSheet("Comparison");
      assertTrue(
          text(c, 0, ComparisonSheet.RATIO_PER_THOUSAND_PLANNED)
              .startsWith("Ratio per 1,000 planned"),
          text(c, 0, 14));
      Row lfl = c.getRow(c.getLastRowNum());
      assertEquals(
          (3451 / 40.0) / (1506 / 30.0),
          lfl.getCell(ComparisonSheet.RATIO_PER_THOUSAND_PLANNED).getNumericCellValue(),
          TOLERANCE);
      assertEquals(
          "n/a", text(c, 2, ComparisonSheet.RATIO_PER_THOUSAND_PLANNED), "QEH is not comparable");
      assertEquals("Note", text(c, 0, ComparisonSheet.RATIO_PER_THOUSAND_PLANNED + 1));
    }
  }

  // --- helpers ---

  private XSSFChart onlyChart(String sheet, int expected) {
    List<XSSFChart> charts = workbook.getSheet(sheet).createDrawingPatriarch().getCharts();
    assertEquals(expected, charts.size(), sheet + " charts");
    return charts.get(0);
  }

  private static List<String> valueRanges(XSSFChart chart) {
    List<String> refs = new ArrayList<>();
    for (XDDFChartData data : chart.getChartSeries()) {
      for (int i = 0; i < data.getSeriesCount(); i++) {
        refs.add(data.getSeries(i).getValuesData().getDataRangeReference());
      }
    }
    return refs;
  }

  /** The alternative text of the first chart's frame on a sheet. */
  private static String altText(XSSFSheet sheet) {
    return sheet.createDrawingPatriarch().getShapes().stream()
        .filter(s -> s instanceof org.apache.poi.xssf.usermodel.XSSFGraphicFrame)
        .map(
            s ->
                ((org.apache.poi.xssf.usermodel.XSSFGraphicFrame) s)
                    .getCTGraphicalObjectFrame()
                    .getNvGraphicFramePr()
                    .getCNvPr()
                    .getDescr())
        .findFirst()
        .orElse("");
  }

  static byte[] write(BoardPackWorkbook writer, Analysis analysis) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(analysis, out);
    return out.toByteArray();
  }

  static XSSFWorkbook readBack(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static String text(XSSFSheet s, int row, int column) {
    return text(s.getRow(row), column);
  }

  private static String text(Row row, int column) {
    Cell c = row.getCell(column);
    return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
  }

  private static Row findRow(XSSFSheet s, java.util.function.Predicate<Row> match) {
    for (Row row : s) {
      if (row.getRowNum() > 0 && match.test(row)) {
        return row;
      }
    }
    throw new AssertionError("no matching row in " + s.getSheetName());
  }
}
