package io.strikeimpact.reports.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.strikeimpact.model.ActivityType;
import io.strikeimpact.model.DataProblem;
import io.strikeimpact.model.Dataset;
import io.strikeimpact.model.DisruptionCount;
import io.strikeimpact.model.Provenance;
import io.strikeimpact.model.RejectedRow;
import io.strikeimpact.model.Severity;
import io.strikeimpact.model.Site;
import io.strikeimpact.model.SourceFile;
import io.strikeimpact.model.analysis.Analysis;
import io.strikeimpact.model.analysis.ImpactAnalysis;
import io.strikeimpact.model.fixtures.StoryData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes the story's board pack, reads it back with POI and checks cells against DOMAIN.md. */
class BoardPackWorkbookTest {
  private static final double TOLERANCE = 1e-9;
  private static final List<String> LIVE_SHEETS =
      List.of("Summary", "Comparison", "History", "Projection");
  private static final String STATUS = "Status [note 4]";
  private static final String TOTAL = "Total [note 5]";
  private static final String TOTAL_ONLY = "Total only (no split given) [note 6]";
  private static final String PER_DAY = "Rescheduled a day of action [note 1]";
  private static final String PER_HOUR = "Rescheduled an hour of action [note 1]";

  private XSSFWorkbook workbook;

  @BeforeEach
  void writeTheStory() {
    workbook = readBack(write(ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request())));
  }

  @AfterEach
  void close() throws IOException {
    workbook.close();
  }

  @Test
  void has_the_eleven_sheets_in_order_with_the_cover_active_at_a1() {
    List<String> names =
        IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    assertEquals(
        List.of(
            "Cover",
            "Contents",
            "Notes",
            "Summary",
            "Comparison",
            "History",
            "England",
            "Projection",
            "Data",
            "Data quality",
            "Sources"),
        names);
    assertEquals(0, workbook.getActiveSheetIndex());
    assertEquals(0, workbook.getFirstVisibleTab());
    for (XSSFSheet s : allSheets()) {
      assertEquals(new CellAddress("A1"), s.getActiveCell(), s.getSheetName());
      assertEquals(
          s.getSheetName().equals("Cover"), s.isSelected(), s.getSheetName() + " selected");
    }
  }

  @Test
  void summary_headers_state_the_basis() {
    assertEquals(
        List.of(
            "Site",
            "ODS code",
            "Status [note 4]",
            "Outpatient",
            "Inpatient",
            "Total only (no split given) [note 6]",
            "Total [note 5]",
            "Share of total",
            "Days of action [note 2]",
            "Hours of action [note 3]",
            "Rescheduled a day of action [note 1]",
            "Rescheduled an hour of action [note 1]"),
        headers(sheet("Summary")));
  }

  @Test
  void summary_gives_the_story_figures_site_by_site() {
    XSSFSheet s = sheet("Summary");
    assertEquals(List.of("N&N", "QEH", "JPUH", "All sites"), columnText(s, "Site"));
    assertNumber(2976, s, "N&N", "Outpatient");
    assertNumber(475, s, "N&N", "Inpatient");
    assertNumber(3451, s, "N&N", TOTAL);
    assertNumber(882, s, "QEH", "Outpatient");
    assertNumber(50, s, "QEH", "Inpatient");
    assertNumber(932, s, "QEH", TOTAL);
    assertNumber(262, s, "JPUH", "Outpatient");
    assertNumber(81, s, "JPUH", "Inpatient");
    assertNumber(343, s, "JPUH", TOTAL);
    assertNumber(4120, s, "All sites", "Outpatient");
    assertNumber(606, s, "All sites", "Inpatient");
    assertNumber(4726, s, "All sites", TOTAL);
    assertNumber(3451 / 4726.0, s, "N&N", "Share of total");
    assertNumber(3451 / 3.0, s, "N&N", PER_DAY);
    assertNumber(3451 / 72.0, s, "N&N", PER_HOUR);
    assertText("RM1", s, "N&N", "ODS code");
    assertText("reported", s, "N&N", STATUS);
  }

  @Test
  void summary_writes_a_missing_total_only_figure_as_text_never_zero() {
    XSSFSheet s = sheet("Summary");
    for (String site : List.of("N&N", "QEH", "JPUH", "All sites")) {
      assertText("n/a", s, site, TOTAL_ONLY);
    }
  }

  @Test
  void summary_formats_counts_with_thousands_separators_and_rates_to_one_place() {
    XSSFSheet s = sheet("Summary");
    // Each figure format ends a digit's width short of the edge ("_0"), so a figure never runs
    // into the next column's text (issue 13).
    assertEquals("#,##0_0", cell(s, "All sites", TOTAL).getCellStyle().getDataFormatString());
    assertEquals("#,##0_0", cell(s, "N&N", "Outpatient").getCellStyle().getDataFormatString());
    assertEquals("#,##0.0_0", cell(s, "N&N", PER_DAY).getCellStyle().getDataFormatString());
    assertEquals("0%_0", cell(s, "N&N", "Share of total").getCellStyle().getDataFormatString());
    DataFormatter shown = shown();
    assertEquals("4,726", shown.formatCellValue(cell(s, "All sites", TOTAL)));
    assertEquals("1,150.3", shown.formatCellValue(cell(s, "N&N", PER_DAY)));
    assertEquals("73%", shown.formatCellValue(cell(s, "N&N", "Share of total")));
  }

  @Test
  void summary_sentences_follow_the_table_after_one_blank_row() {
    XSSFSheet s = sheet("Summary");
    int lastTableRow = 4; // header, three sites, all sites
    assertNull(s.getRow(lastTableRow + 1), "the row after the table is blank");
    Row heading = s.getRow(lastTableRow + 2);
    assertEquals("Summary", heading.getCell(0).getStringCellValue());
    assertTrue(((XSSFCell) heading.getCell(0)).getCellStyle().getFont().getBold());
    String first = s.getRow(lastTableRow + 3).getCell(0).getStringCellValue();
    assertTrue(first.startsWith("Hospitals in Norfolk and Waveney rescheduled 4,726"), first);
    List<String> all = new ArrayList<>();
    for (int r = lastTableRow + 3; r <= s.getLastRowNum(); r++) {
      all.add(s.getRow(r).getCell(0).getStringCellValue());
    }
    assertTrue(
        all.stream().anyMatch(t -> t.contains("4,736") && t.contains("4,726")), all.toString());
  }

  @Test
  void comparison_headers_name_the_groups_and_the_basis() {
    List<String> h = headers(sheet("Comparison"));
    assertEquals(15, h.size(), h.toString());
    assertEquals("Site", h.get(0));
    assertEquals("Status [note 4]", h.get(1));
    assertEquals("Junior doctors, March 2023: rescheduled", h.get(2));
    assertEquals("Junior doctors, March 2023: rescheduled a day of action [note 1]", h.get(5));
    assertEquals("Junior doctors, March 2023: days of action [note 2]", h.get(3));
    assertEquals("Junior doctors, March 2023: hours of action [note 3]", h.get(4));
    assertTrue(h.get(7).startsWith("Nurses, January"), h.get(7));
    assertTrue(h.get(7).endsWith(": rescheduled"), h.get(7));
    assertTrue(
        h.get(12).startsWith("Ratio a day of action (Junior doctors, March 2023 ÷ Nurses"),
        h.get(12));
    assertTrue(h.get(13).startsWith("Ratio an hour of action ("), h.get(13));
    assertEquals("Note", h.get(14));
  }

  @Test
  void comparison_gives_nn_ratios_a_day_and_an_hour_as_numbers() {
    XSSFSheet s = sheet("Comparison");
    List<String> h = headers(s);
    double perDay = (3451 / 3.0) / (1506 / 4.0);
    double perHour = (3451 / 72.0) / (1506 / 48.0);
    assertNumber(perDay, s, "N&N", h.get(12));
    assertNumber(perHour, s, "N&N", h.get(13));
    assertEquals(3.055, perDay, 0.001);
    assertEquals(1.528, perHour, 0.001);
    assertNumber(3451, s, "N&N", h.get(2));
    assertNumber(3, s, "N&N", h.get(3));
    assertNumber(72, s, "N&N", h.get(4));
    assertNumber(1506, s, "N&N", h.get(7));
    assertNumber(4, s, "N&N", h.get(8));
    assertNumber(48, s, "N&N", h.get(9));
    assertEquals("3.1 times", shown().formatCellValue(cell(s, "N&N", h.get(12))));
  }

  @Test
  void comparison_shows_sites_that_did_not_take_part_as_not_applicable_text_never_zero() {
    XSSFSheet s = sheet("Comparison");
    List<String> h = headers(s);
    for (String site : List.of("QEH", "JPUH")) {
      assertText("not applicable", s, site, h.get(1));
      for (int c = 7; c <= 13; c++) {
        assertText("n/a", s, site, h.get(c));
      }
      String note = cell(s, site, "Note").getStringCellValue();
      assertTrue(note.contains("did not take part in the nursing strikes"), site + ": " + note);
    }
    assertNumber(932, s, "QEH", h.get(2));
    assertNumber(343, s, "JPUH", h.get(2));
  }

  @Test
  void comparison_ends_with_the_like_for_like_row() {
    XSSFSheet s = sheet("Comparison");
    List<String> h = headers(s);
    Row last = s.getRow(s.getLastRowNum());
    assertEquals("Like for like: N&N", last.getCell(0).getStringCellValue());
    assertEquals("like for like", last.getCell(1).getStringCellValue());
    assertEquals((3451 / 3.0) / (1506 / 4.0), last.getCell(12).getNumericCellValue(), TOLERANCE);
    assertEquals(List.of("N&N", "QEH", "JPUH", "Like for like: N&N"), columnText(s, h.get(0)));
  }

  @Test
  void data_lists_every_count_with_its_provenance() {
    XSSFSheet s = sheet("Data");
    assertEquals(
        List.of(
            "Site (ODS code)",
            "Site name",
            "Action id",
            "Action",
            "Activity type",
            "Date",
            "Specialty",
            "Count",
            "Source file",
            "SHA-256",
            "Sheet",
            "Cell"),
        headers(s));
    assertEquals(StoryData.counts().size(), s.getLastRowNum());
    Row qehInpatient = findRow(s, r -> "qeh.csv".equals(text(r, 8)) && "D2".equals(text(r, 11)));
    assertEquals("RCX", text(qehInpatient, 0));
    assertEquals("Queen Elizabeth Hospital, King's Lynn", text(qehInpatient, 1));
    assertEquals(StoryData.JD_MARCH, text(qehInpatient, 2));
    assertEquals("Junior doctors' strike, 13 to 15 March 2023", text(qehInpatient, 3));
    assertEquals("Inpatient", text(qehInpatient, 4));
    assertEquals(50, qehInpatient.getCell(7).getNumericCellValue(), TOLERANCE);
    assertEquals(64, text(qehInpatient, 9).length());
    assertEquals("n/a (csv)", text(qehInpatient, 10));
    assertEquals("not given", text(qehInpatient, 5));

    Row nnOutpatient = findRow(s, r -> "nnuh.xlsx".equals(text(r, 8)) && "C2".equals(text(r, 11)));
    assertEquals(2976, nnOutpatient.getCell(7).getNumericCellValue(), TOLERANCE);
    assertEquals("Sheet1", text(nnOutpatient, 10));
  }

  @Test
  void data_writes_dates_as_real_date_cells() {
    XSSFSheet s = sheet("Data");
    Row nursing = findRow(s, r -> "nnuh-rcn.csv".equals(text(r, 8)) && "C2".equals(text(r, 11)));
    Cell date = nursing.getCell(5);
    assertEquals(CellType.NUMERIC, date.getCellType());
    assertTrue(DateUtil.isCellDateFormatted(date));
    assertEquals(LocalDate.of(2023, 1, 18), date.getLocalDateTimeCellValue().toLocalDate());
    assertEquals("d mmm yyyy", date.getCellStyle().getDataFormatString());
    assertEquals("18 Jan 2023", new DataFormatter(java.util.Locale.UK).formatCellValue(date));
    assertEquals(380, nursing.getCell(7).getNumericCellValue(), TOLERANCE);
  }

  @Test
  void data_quality_shows_the_icb_headline_against_the_sum_of_the_returns() {
    XSSFSheet s = sheet("Data quality");
    assertEquals(
        List.of(
            "Kind",
            "Severity",
            "Where",
            "Found",
            "Expected",
            "Fix or message",
            "Stated",
            "Summed",
            "Difference (stated minus summed)"),
        headers(s));
    Row icb =
        findRow(
            s,
            r -> "reconciliation".equals(text(r, 0)) && text(r, 2).startsWith("icb-summary.csv"));
    assertEquals("does not agree", text(icb, 1));
    assertEquals(4736, icb.getCell(6).getNumericCellValue(), TOLERANCE);
    assertEquals(4726, icb.getCell(7).getNumericCellValue(), TOLERANCE);
    assertEquals(10, icb.getCell(8).getNumericCellValue(), TOLERANCE);
    assertTrue(text(icb, 5).contains("a difference of 10"), text(icb, 5));
    assertEquals("#,##0_0", icb.getCell(8).getCellStyle().getDataFormatString());
  }

  @Test
  void sources_show_the_rows_a_line_level_filter_left_out_by_value() throws Exception {
    Dataset story = StoryData.dataset();
    SourceFile extract =
        new SourceFile(
            "extract.csv",
            "ab".repeat(32),
            1000,
            "activity return",
            "extract",
            383,
            343,
            0,
            new io.strikeimpact.model.RowsNotCounted(
                "Outcome", new java.util.LinkedHashMap<>(java.util.Map.of("2", 20))));
    Dataset crafted =
        new Dataset(
            story.sites(),
            story.calendar(),
            story.participation(),
            story.counts(),
            story.statedTotals(),
            story.problems(),
            story.rejectedRows(),
            List.of(extract));
    try (XSSFWorkbook wb = readBack(write(ImpactAnalysis.analyse(crafted, StoryData.request())))) {
      Row row = wb.getSheet("Sources").getRow(1);
      assertEquals("extract.csv", text(row, 0));
      assertEquals(343, row.getCell(6).getNumericCellValue(), TOLERANCE);
      assertEquals("20 not counted (Outcome 2: 20)", text(row, 8));
    }
  }

  @Test
  void sources_lists_each_file_with_its_rows() {
    XSSFSheet s = sheet("Sources");
    assertEquals(
        List.of(
            "File",
            "Role",
            "Profile",
            "Bytes",
            "SHA-256",
            "Rows read",
            "Rows used",
            "Rows rejected",
            "Rows not counted by the filter"),
        headers(s));
    assertEquals("nnuh.xlsx", text(s.getRow(1), 0));
    assertEquals("", text(s.getRow(1), 8));
    assertEquals("activity return", text(s.getRow(1), 1));
    assertEquals(1000, s.getRow(1).getCell(3).getNumericCellValue(), TOLERANCE);
    assertEquals(2, s.getRow(1).getCell(5).getNumericCellValue(), TOLERANCE);
    assertEquals(1, s.getLastRowNum());
  }

  @Test
  void
      every_sheet_but_the_cover_is_one_excel_table_from_a1_with_a_frozen_bold_filled_header_and_its_own_filter() {
    for (XSSFSheet s : allSheets()) {
      if (s.getSheetName().equals("Cover")) {
        assertEquals(0, s.getTables().size(), "the cover has no table");
        continue;
      }
      String name = s.getSheetName();
      PaneInformation pane = s.getPaneInformation();
      assertNotNull(pane, name + " has no pane");
      assertTrue(pane.isFreezePane(), name + " header is not frozen");
      assertEquals(1, pane.getHorizontalSplitPosition(), name + " freezes the wrong rows");
      assertEquals(0, pane.getVerticalSplitPosition(), name + " freezes columns");
      assertEquals(0, s.getNumMergedRegions(), name + " has merged cells");
      // A sheet-level filter over an Excel table makes Excel call the file damaged: the table's
      // own.
      assertFalse(s.getCTWorksheet().isSetAutoFilter(), name + " has a sheet-level auto filter");
      assertEquals(1, s.getTables().size(), name + " tables");
      org.apache.poi.xssf.usermodel.XSSFTable table = s.getTables().get(0);
      int columns = s.getRow(0).getLastCellNum();
      int lastTableRow = tableEnd(s);
      String expected = "A1:" + new CellAddress(lastTableRow, columns - 1).formatAsString();
      assertEquals(expected, table.getCTTable().getRef(), name + " table range");
      assertEquals(
          expected, table.getCTTable().getAutoFilter().getRef(), name + " table filter range");
      assertEquals(1, table.getCTTable().getHeaderRowCount(), name + " header rows");
      assertEquals(
          "TableStyleLight1",
          table.getCTTable().getTableStyleInfo().getName(),
          name + " table style");
      assertEquals(
          headers(s),
          table.getColumns().stream().map(c -> c.getName()).toList(),
          name + " table column names");
      for (Cell h : s.getRow(0)) {
        assertEquals(CellType.STRING, h.getCellType(), name + " header " + h.getAddress());
        assertTrue(
            ((XSSFCell) h).getCellStyle().getFont().getBold(),
            name + " header not bold " + h.getAddress());
        assertNotNull(
            ((XSSFCell) h).getCellStyle().getFillForegroundColorColor(),
            name + " header has no fill");
      }
      for (int r = 1; r <= lastTableRow; r++) {
        for (int c = 0; c < columns; c++) {
          Cell cell = s.getRow(r).getCell(c);
          assertNotNull(
              cell, name + " has an empty cell inside its table at " + new CellAddress(r, c));
          if (cell.getCellType() == CellType.FORMULA) {
            assertTrue(LIVE_SHEETS.contains(name), name + " has a formula at " + cell.getAddress());
            assertEquals(
                CellType.NUMERIC,
                cell.getCachedFormulaResultType(),
                name + " formula without a cached number at " + cell.getAddress());
          }
        }
      }
    }
  }

  @Test
  void sets_document_properties_dated_the_as_of_day() {
    var core = workbook.getProperties().getCoreProperties();
    assertEquals("Industrial action: activity rescheduled", core.getTitle());
    assertEquals("NHS Norfolk and Waveney Integrated Care Board", core.getCreator());
    assertEquals(
        "Junior doctors' strike, 13 to 15 March 2023, Norfolk and Waveney", core.getSubject());
    assertEquals(
        Date.from(StoryData.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant()), core.getCreated());
    assertEquals(
        "NHS Norfolk and Waveney Integrated Care Board",
        workbook.getProperties().getExtendedProperties().getCompany());
  }

  @Test
  void the_same_analysis_gives_the_same_bytes() throws IOException {
    Analysis analysis = ImpactAnalysis.analyse(StoryData.dataset(), StoryData.request());
    byte[] first = write(analysis);
    assertArrayEquals(first, write(analysis));
    // Two writes a moment apart usually share a zip time anyway (it has a 2-second resolution), so
    // check that no entry carries the time of writing.
    // java.util.zip.ZipInputStream stumbles on the data descriptors SXSSF writes; the central
    // directory, which Excel reads, is what ZipFile uses.
    java.nio.file.Path file = java.nio.file.Files.createTempFile("board-pack", ".xlsx");
    java.nio.file.Files.write(file, first);
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      int entries = 0;
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        entries++;
        Instant written = e.getLastModifiedTime().toInstant();
        assertTrue(
            written.isBefore(Instant.parse("1981-01-01T00:00:00Z")),
            e.getName() + " is stamped " + written + ", the time of writing");
      }
      assertTrue(entries > 5, "only " + entries + " zip entries");
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  @Test
  void a_site_name_that_is_a_formula_stays_inert_text() throws IOException {
    String hyperlink = "=HYPERLINK(\"http://example.invalid\",\"click\")";
    String abbreviation = "@SUM(1+1)";
    String problemText = "=1+2";
    String rejected = "-3";
    List<Site> sites = new ArrayList<>(StoryData.sites());
    sites.set(1, new Site("RCX", hyperlink, abbreviation, "The Queen Elizabeth Hospital"));
    Provenance where = new Provenance("+qeh.csv", "0".repeat(64), "", "C9");
    DataProblem problem =
        new DataProblem(Severity.WARNING, where, problemText, "a whole number", "=correct it");
    RejectedRow row =
        new RejectedRow(
            where.at("row 9"),
            List.of("RCX", rejected),
            List.of(
                new DataProblem(
                    Severity.ERROR,
                    where,
                    rejected,
                    "a whole number of 0 or more",
                    "send it again")));
    Dataset story = StoryData.dataset();
    Dataset crafted =
        new Dataset(
            sites,
            story.calendar(),
            story.participation(),
            story.counts(),
            story.statedTotals(),
            List.of(problem),
            List.of(row),
            story.sources());

    try (XSSFWorkbook wb = readBack(write(ImpactAnalysis.analyse(crafted, StoryData.request())))) {
      XSSFSheet data = wb.getSheet("Data");
      Row qeh = findRow(data, r -> "RCX".equals(text(r, 0)));
      assertInertText(hyperlink, (XSSFCell) qeh.getCell(1));

      XSSFSheet summary = wb.getSheet("Summary");
      assertInertText(abbreviation, summary.getRow(2).getCell(0));

      XSSFSheet quality = wb.getSheet("Data quality");
      Row p = findRow(quality, r -> "problem".equals(text(r, 0)));
      assertInertText(problemText, (XSSFCell) p.getCell(3));
      assertInertText("=correct it", (XSSFCell) p.getCell(5));
      assertTrue(text(p, 2).startsWith("+qeh.csv"));
      assertTrue(((XSSFCell) p.getCell(2)).getCellStyle().getQuotePrefixed());
      Row r = findRow(quality, x -> "rejected row".equals(text(x, 0)));
      assertEquals("error", text(r, 1));
      assertInertText("RCX | -3", (XSSFCell) r.getCell(3));
      assertFalse(
          ((XSSFCell) r.getCell(3)).getCellStyle().getQuotePrefixed(),
          "plain text needs no prefix");
    }
  }

  @Test
  void a_total_only_return_is_not_split_and_not_zero() throws IOException {
    Dataset story = StoryData.dataset();
    List<DisruptionCount> counts = new ArrayList<>();
    for (DisruptionCount c : story.counts()) {
      if (!(c.odsCode().equals("RCX") && c.actionId().equals(StoryData.JD_MARCH))) {
        counts.add(c);
      }
    }
    counts.add(
        new DisruptionCount(
            "RCX",
            StoryData.JD_MARCH,
            ActivityType.TOTAL_ONLY,
            Optional.empty(),
            Optional.empty(),
            932,
            new Provenance("qeh.csv", "0".repeat(64), "", "E2")));
    Dataset totalOnly =
        new Dataset(
            story.sites(),
            story.calendar(),
            story.participation(),
            counts,
            story.statedTotals(),
            story.problems(),
            story.rejectedRows(),
            story.sources());
    try (XSSFWorkbook wb =
        readBack(write(ImpactAnalysis.analyse(totalOnly, StoryData.request())))) {
      XSSFSheet s = wb.getSheet("Summary");
      assertText("not split", s, "QEH", "Outpatient");
      assertText("not split", s, "QEH", "Inpatient");
      assertNumber(932, s, "QEH", TOTAL_ONLY);
      assertNumber(932, s, "QEH", TOTAL);
      assertNumber(932, s, "All sites", TOTAL_ONLY);
      assertNumber(4726, s, "All sites", TOTAL);
    }
  }

  @Test
  void without_a_baseline_the_comparison_sheet_says_so_in_words() throws IOException {
    Dataset story = StoryData.dataset();
    List<DisruptionCount> marchOnly =
        story.counts().stream().filter(c -> c.actionId().equals(StoryData.JD_MARCH)).toList();
    Dataset noBaseline =
        new Dataset(
            story.sites(),
            story.calendar(),
            story.participation(),
            marchOnly,
            story.statedTotals(),
            story.problems(),
            story.rejectedRows(),
            story.sources());
    Analysis analysis = ImpactAnalysis.analyse(noBaseline, StoryData.request());
    assertTrue(analysis.comparison().isEmpty(), "the fixture should have no comparison");
    try (XSSFWorkbook wb = readBack(write(analysis))) {
      XSSFSheet s = wb.getSheet("Comparison");
      assertEquals(List.of("Note"), headers(s));
      String note = s.getRow(1).getCell(0).getStringCellValue();
      assertTrue(note.startsWith("No comparison"), note);
      assertTrue(s.getPaneInformation().isFreezePane());
      assertNumber(4726, wb.getSheet("Summary"), "All sites", TOTAL);
    }
  }

  @Test
  void rows_with_wrapped_text_are_tall_enough_to_show_it() {
    XSSFSheet s = sheet("Data quality");
    Row icb = findRow(s, r -> "reconciliation".equals(text(r, 0)));
    int lines = Table.linesFor(text(icb, 5), DataQualitySheet.COLUMNS.get(5).width());
    assertTrue(lines > 1, "the fixture's message should wrap");
    assertEquals(lines * 15f, icb.getHeightInPoints(), 0.01f);
    assertTrue(s.getRow(0).getHeightInPoints() >= 45f, "header of three lines");
  }

  // --- helpers ---

  private static void assertInertText(String expected, XSSFCell cell) {
    assertEquals(CellType.STRING, cell.getCellType(), cell.getAddress() + " is not a string cell");
    assertEquals(expected, cell.getStringCellValue(), cell.getAddress().toString());
    if (Styles.looksLikeFormula(expected)) {
      assertTrue(
          cell.getCellStyle().getQuotePrefixed(), cell.getAddress() + " is not quote-prefixed");
    }
  }

  private static byte[] write(Analysis analysis) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new BoardPackWorkbook().write(analysis, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static XSSFWorkbook readBack(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Shows cells as a program that does not calculate would: formulas by their cached values. */
  private static DataFormatter shown() {
    DataFormatter f = new DataFormatter(java.util.Locale.UK);
    f.setUseCachedValuesForFormulaCells(true);
    return f;
  }

  private List<XSSFSheet> allSheets() {
    List<XSSFSheet> all = new ArrayList<>();
    workbook.forEach(s -> all.add((XSSFSheet) s));
    return all;
  }

  private XSSFSheet sheet(String name) {
    XSSFSheet s = workbook.getSheet(name);
    assertNotNull(s, "no sheet " + name);
    return s;
  }

  private static List<String> headers(XSSFSheet s) {
    List<String> h = new ArrayList<>();
    for (Cell c : s.getRow(0)) {
      h.add(c.getStringCellValue());
    }
    return h;
  }

  /** The last row of the table: the row before the first blank row. */
  private static int tableEnd(XSSFSheet s) {
    int r = 1;
    while (s.getRow(r) != null) {
      r++;
    }
    return r - 1;
  }

  private static List<String> columnText(XSSFSheet s, String header) {
    int c = headers(s).indexOf(header);
    List<String> values = new ArrayList<>();
    for (int r = 1; r <= tableEnd(s); r++) {
      values.add(s.getRow(r).getCell(c).getStringCellValue());
    }
    return values;
  }

  private static XSSFCell cell(XSSFSheet s, String site, String header) {
    int c = headers(s).indexOf(header);
    if (c < 0) {
      fail(s.getSheetName() + " has no column \"" + header + "\"; it has " + headers(s));
    }
    Row row = findRow(s, r -> site.equals(text(r, 0)));
    return (XSSFCell) row.getCell(c);
  }

  /** A number, typed or the cached result of a formula. */
  private static void assertNumber(double expected, XSSFSheet s, String site, String header) {
    XSSFCell cell = cell(s, site, header);
    String where = s.getSheetName() + "!" + cell.getAddress() + " (" + site + ", " + header + ")";
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    assertEquals(CellType.NUMERIC, type, where + " is not a number: " + cell);
    assertEquals(expected, cell.getNumericCellValue(), TOLERANCE, where);
  }

  private static void assertText(String expected, XSSFSheet s, String site, String header) {
    XSSFCell cell = cell(s, site, header);
    String where = s.getSheetName() + "!" + cell.getAddress() + " (" + site + ", " + header + ")";
    assertEquals(CellType.STRING, cell.getCellType(), where + " is not text: " + cell);
    assertEquals(expected, cell.getStringCellValue(), where);
  }

  private static String text(Row row, int column) {
    Cell c = row.getCell(column);
    return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue();
  }

  private static Row findRow(XSSFSheet s, java.util.function.Predicate<Row> match) {
    for (int r = 1; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      if (row != null && match.test(row)) {
        return row;
      }
    }
    throw new AssertionError("no matching row in " + s.getSheetName());
  }

  private static void assertNull(Object o, String message) {
    org.junit.jupiter.api.Assertions.assertNull(o, message);
  }
}
